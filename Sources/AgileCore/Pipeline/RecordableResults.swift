// What a run may record: every score finite or missing, every rank a place among the units.

extension ScoreTable {
    /// Checks that a run's scores and ranks (tables of the same units and nodes) can be
    /// recorded: every score is finite or missing (NaN), every rank missing or a whole number
    /// from 1 to the number of units.
    ///
    /// ```swift
    /// try ScoreTable.checkRecordable(scores: scores.aggregated, ranks: scores.ranks)
    /// ```
    /// - Throws: ``ScoringError/unrecordable(node:unit:quantity:)`` at the first value that is not.
    public static func checkRecordable(scores: ScoreTable, ranks: ScoreTable) throws(ScoringError) {
        guard scores.rows == ranks.rows, scores.columns == ranks.columns else {
            throw .input("the ranks must have the scores' units and nodes")
        }
        let units = scores.rows.count
        for column in scores.columns.indices {
            for row in 0..<units {
                let score = scores[row, column], rank = ranks[row, column]
                if score.isInfinite {
                    throw .unrecordable(node: scores.columns[column], unit: scores.rows[row], quantity: "the score \(score)")
                }
                if !rank.isNaN, !(rank >= 1 && rank <= Double(units) && rank == rank.rounded()) {
                    throw .unrecordable(node: scores.columns[column], unit: scores.rows[row], quantity: "the rank \(rank)")
                }
            }
        }
    }
}
