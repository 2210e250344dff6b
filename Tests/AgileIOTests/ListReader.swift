// A reader that hands on a fixed list of observations, to feed the store what no file reader would.

import AgileCore
import AgileIO

/// Passes `observations` on unchecked, in order, whatever the file holds.
struct ListReader: ObservationReader {
    var observations: [Observation]

    func read(file: InputFile, check: ObservationCheck, into consume: (Observation) throws -> Void) throws -> ReadSummary {
        var summary = ReadSummary()
        for observation in observations {
            try consume(observation)
            summary.observations += 1
        }
        return summary
    }
}
