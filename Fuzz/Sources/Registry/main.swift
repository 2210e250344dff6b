// Fuzz target: the registry loader (framework XML: schema validation, then the semantic checks).

import AgileIO
import FuzzSupport

FuzzTarget.run { path in
    let loader = RegistryLoader(countries: FuzzProject.countries, schemaPath: FuzzProject.path("Indicators/framework.xsd"))
    _ = try loader.load(path: path)
}
