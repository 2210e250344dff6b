// Fuzz target: the benchmark registry loader (XSD validation, then the duplicate checks).

import AgileIO
import FuzzSupport

FuzzTarget.run { path in
    _ = try BenchmarkRegistryLoader(schemaPath: FuzzProject.path("Indicators/benchmarks.xsd")).load(path: path)
}
