// Correlations between the scores of two lists of nodes of one run (e.g. dimensions against pillars and index).

/// Pearson's r (pairwise complete) between the scores of `rows` and of `columns`, nodes of one
/// run, over its units.
///
/// ```swift
/// let table = CorrelationTable(scores: scores, rows: ["D1", "D2"], columns: ["P1", "AGILE"])
/// table.matrix[0][1] // r of D1 with the index
/// ```
public struct CorrelationTable: Hashable, Sendable {
    /// The node codes of the rows and of the columns (those the run scores).
    public var rows: [String]
    public var columns: [String]
    /// `matrix[i][j]`: r between `rows[i]` and `columns[j]` (NaN when either is constant or
    /// fewer than two units have both).
    public var matrix: [[Double]]

    /// The table of `scores`' aggregated (and indicator) scores; codes the run lacks are left out.
    public init(scores: Scores, rows: [String], columns: [String]) {
        let table = scores.aggregated
        let rows = rows.filter { table.column(named: $0) != nil }
        let columns = columns.filter { table.column(named: $0) != nil }
        let rowValues = rows.map { table.column(named: $0)! }
        let columnValues = columns.map { table.column(named: $0)! }
        self.rows = rows
        self.columns = columns
        matrix = rowValues.map { x in columnValues.map { y in Correlation.pearson(x, y) } }
    }
}
