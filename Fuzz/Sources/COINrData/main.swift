// Fuzz target: the COINr iData reader, with the columns of COINr's ASEM iMeta.

import AgileIO
import FuzzSupport

FuzzTarget.run(chunkSizes: [1 << 20, 16]) { path, chunkSize in
    let reader = COINrDataReader(meta: FuzzProject.asemMeta, chunkSize: chunkSize)
    _ = try reader.read(path: path, check: FuzzProject.asemCheck) { _ in }
    _ = try reader.units(path: path, countries: FuzzProject.countries)
}
