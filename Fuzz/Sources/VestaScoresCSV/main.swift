// Fuzz target: VESTA's scores.csv as its scorer writes it (byte-order mark, CRLF), with every check.

import AgileIO
import FuzzSupport

FuzzTarget.run { path in
    _ = try VestaScoresCSVReader.read(path: path)
}
