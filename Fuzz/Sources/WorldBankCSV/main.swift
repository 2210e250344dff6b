// Fuzz target: the World Bank bulk-download CSV reader.

import AgileIO
import FuzzSupport

FuzzTarget.run(chunkSizes: [1 << 20, 16]) { path, chunkSize in
    _ = try WorldBankCSVReader(chunkSize: chunkSize).read(path: path, check: FuzzProject.check) { _ in }
}
