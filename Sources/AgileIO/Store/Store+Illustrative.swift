// Whether the values a run used came from files marked illustrative.

import AgileCore
import GRDB

extension Store {
    /// Whether any of `inputs` (the values a run scored, current or recorded with a past run)
    /// came from an ingest marked illustrative.
    ///
    /// A value is found by its key (country, indicator, year, source), its value and where it was
    /// read (file and line), whether it is still current or history; values the store did not
    /// read from a file (derived from evidence) are not found and count as not illustrative.
    public func isIllustrative(inputs: [Observation]) throws -> Bool {
        try queue.read { db in
            let illustrative = try db.makeStatement(sql: """
                SELECT EXISTS (
                    SELECT 1 FROM observations o JOIN ingests i ON i.id = o.ingest
                    WHERE o.country = ? AND o.indicator = ? AND o.year = ? AND o.source = ?
                      AND o.line = ? AND o."column" = ? AND o.value IS ? AND i.file = ? AND i.illustrative = 1)
                """)
            for input in inputs {
                let arguments: StatementArguments = [
                    input.country, input.indicator, input.year, input.source, input.provenance.line,
                    input.provenance.column, input.value, input.provenance.file,
                ]
                if try Bool.fetchOne(illustrative, arguments: arguments) == true { return true }
            }
            return false
        }
    }
}
