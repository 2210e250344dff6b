// Fuzz target: the wide CSV reader (country,year,<indicator codes>…).

import AgileIO
import FuzzSupport

FuzzTarget.run(chunkSizes: [1 << 20, 16]) { path, chunkSize in
    _ = try WideCSVReader(chunkSize: chunkSize).read(path: path, check: FuzzProject.check) { _ in }
}
