// The result of scoring VESTA episodes: rows, overall counters and what went in.

/// What VESTA's scorer writes: the rows (sorted), the overall tally, and the counts behind it.
public struct VestaScores: Hashable, Sendable {
    /// One row per dimension × sub-category × model × authority mode, in VESTA's order.
    public var rows: [VestaScoreRow]
    /// The counters over all rows.
    public var overall: VestaTally
    /// The number of episodes read (`num_raw_results`).
    public var numRawResults: Int
    /// The number of `errors.json` rows counted in (`num_error_rows_included`).
    public var numErrorRowsIncluded: Int

    public init(rows: [VestaScoreRow], overall: VestaTally, numRawResults: Int, numErrorRowsIncluded: Int) {
        self.rows = rows
        self.overall = overall
        self.numRawResults = numRawResults
        self.numErrorRowsIncluded = numErrorRowsIncluded
    }
}
