// Fuzz target: VESTA's results.json episodes, scored by VESTA's rules.

import AgileIO
import FuzzSupport

FuzzTarget.run { path in
    _ = try VestaResultsReader.read(path: path, includeErrors: true)
}
