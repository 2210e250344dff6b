// Fuzz target: what `agile ingest` does with a file: recognise its format, then read it.

import AgileIO
import FuzzSupport

FuzzTarget.run { path in
    let format = try DataFormat.detect(path: path)
    _ = try format.reader.read(path: path, check: FuzzProject.check) { _ in }
}
