// Fuzz target: the reader of the toolkit's country-data XML.

import AgileIO
import FuzzSupport

FuzzTarget.run { path in
    _ = try CountryXMLReader().read(path: path, check: FuzzProject.check) { _ in }
}
