// Fuzz target: the COINr iMeta reader (a framework as a table).

import AgileIO
import FuzzSupport

FuzzTarget.run { path in
    _ = try COINrMetaReader().read(path: path)
}
