// Fuzz target: VESTA's scores.json (the JSON parser with positions, then every check).

import AgileIO
import FuzzSupport

FuzzTarget.run { path in
    _ = try VestaScoresJSONReader.read(path: path)
}
