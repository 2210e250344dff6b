// Fuzz target: what `agile ingest` does with a file: open it once, recognise its format from its
// head, then read the same stream with the format's reader.

import AgileIO
import FuzzSupport

FuzzTarget.run { path in
    let file = try InputFile(path: path)
    let format = try DataFormat.detect(head: file.head(), file: file.path)
    _ = try format.reader.read(file: file, check: FuzzProject.check) { _ in }
}
