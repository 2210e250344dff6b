// Fuzz target: the long CSV reader (country,indicator,year,value[,source,note]).

import AgileIO
import FuzzSupport

FuzzTarget.run(chunkSizes: [1 << 20, 16]) { path, chunkSize in
    _ = try LongCSVReader(chunkSize: chunkSize).read(path: path, check: FuzzProject.check) { _ in }
}
