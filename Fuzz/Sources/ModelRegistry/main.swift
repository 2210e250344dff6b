// Fuzz target: the model registry loader (Indicators/models.csv).

import AgileIO
import FuzzSupport

FuzzTarget.run { path in
    _ = try ModelRegistryLoader(countries: FuzzProject.countries).load(path: path)
}
