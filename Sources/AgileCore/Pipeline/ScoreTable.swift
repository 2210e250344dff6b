// A dense table of scores: units × columns, stored column by column, NaN for missing.

/// A units × columns table of numbers, stored column-major in one contiguous array.
///
/// Each column (an indicator or an aggregate) is contiguous, because treatment, normalisation
/// and ranking work column by column. A missing value is NaN.
///
/// ```swift
/// let table = ScoreTable(rows: ["AUT", "BEL"], columns: ["LPI"], values: [4.1, 4.0])
/// table[row: "BEL", column: "LPI"] // 4.0
/// ```
public struct ScoreTable: Hashable, Sendable {
    /// Unit (country) codes, one per row.
    public var rows: [String]
    /// Indicator or aggregate codes, one per column.
    public var columns: [String]
    /// `values[column * rows.count + row]`.
    public var values: [Double]

    /// A table with the given values (`rows.count × columns.count`, column-major).
    public init(rows: [String], columns: [String], values: [Double]) {
        precondition(values.count == rows.count * columns.count, "a \(rows.count) × \(columns.count) table needs \(rows.count * columns.count) values, not \(values.count)")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// A table with every value missing.
    public init(rows: [String], columns: [String]) {
        self.init(rows: rows, columns: columns, values: Array(repeating: .nan, count: rows.count * columns.count))
    }

    /// The value at a row and column position.
    @inlinable
    public subscript(row: Int, column: Int) -> Double {
        get { values[column * rows.count + row] }
        set { values[column * rows.count + row] = newValue }
    }

    /// The value of a unit and a column by their codes; `nil` when either is not in the table.
    public subscript(row row: String, column column: String) -> Double? {
        guard let r = rows.firstIndex(of: row), let c = columns.firstIndex(of: column) else { return nil }
        return self[r, c]
    }

    /// The values of one column, top to bottom.
    public func column(_ index: Int) -> [Double] {
        Array(values[index * rows.count ..< (index + 1) * rows.count])
    }

    /// The values of the column with this code, or `nil` when there is none.
    public func column(named code: String) -> [Double]? {
        columns.firstIndex(of: code).map(column)
    }

    /// The number of missing values.
    public var missingCount: Int {
        values.reduce(0) { $0 + ($1.isNaN ? 1 : 0) }
    }

    /// The table restricted to some rows (given by position, in that order).
    public func selecting(rows selected: [Int]) -> ScoreTable {
        var out: [Double] = []
        out.reserveCapacity(selected.count * columns.count)
        for column in columns.indices {
            let base = column * rows.count
            for row in selected { out.append(values[base + row]) }
        }
        return ScoreTable(rows: selected.map { rows[$0] }, columns: columns, values: out)
    }

    /// The table restricted to some columns (given by position, in that order).
    public func selecting(columns selected: [Int]) -> ScoreTable {
        var out: [Double] = []
        out.reserveCapacity(rows.count * selected.count)
        for column in selected { out.append(contentsOf: values[column * rows.count ..< (column + 1) * rows.count]) }
        return ScoreTable(rows: rows, columns: selected.map { columns[$0] }, values: out)
    }
}
