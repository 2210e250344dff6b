// Fuzz target: the World Bank API XML reader.

import AgileIO
import FuzzSupport

FuzzTarget.run { path in
    _ = try WorldBankXMLReader().read(path: path, check: FuzzProject.check) { _ in }
}
