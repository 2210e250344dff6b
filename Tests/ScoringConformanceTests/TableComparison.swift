// Cell-by-cell comparison of a computed table with COINr's, by unit and column code.

import AgileCore

/// How a computed table compares with a reference table.
struct TableComparison: CustomStringConvertible {
    /// Cells compared (every cell of the reference).
    var cells = 0
    /// Cells equal to the last bit (or both missing).
    var identical = 0
    /// The largest relative difference among cells away from zero.
    var largestRelative = 0.0
    /// Cells outside the tolerance, described.
    var mismatches: [String] = []

    /// Compares `computed` with `expected`: every reference cell must be found and agree to
    /// `relative` (or to `absolute` when both are near zero); missing must match missing.
    init(_ computed: ScoreTable, _ expected: ScoreTable, relative: Double = 1e-9, absolute: Double = 1e-12) {
        let rowIndex = Dictionary(uniqueKeysWithValues: computed.rows.enumerated().map { ($1, $0) })
        let columnIndex = Dictionary(uniqueKeysWithValues: computed.columns.enumerated().map { ($1, $0) })
        if computed.rows.count != expected.rows.count {
            mismatches.append("rows: \(computed.rows.count) computed, \(expected.rows.count) expected")
        }
        for (c, column) in expected.columns.enumerated() {
            guard let cc = columnIndex[column] else {
                mismatches.append("column \(column) is missing")
                continue
            }
            for (r, row) in expected.rows.enumerated() {
                guard let rr = rowIndex[row] else {
                    if c == 0 { mismatches.append("row \(row) is missing") }
                    continue
                }
                cells += 1
                let a = computed[rr, cc], b = expected[r, c]
                if a.isNaN || b.isNaN {
                    if a.isNaN && b.isNaN { identical += 1 } else { mismatches.append("\(row) \(column): \(a) vs \(b)") }
                    continue
                }
                if a == b {
                    identical += 1
                    continue
                }
                let difference = abs(a - b), scale = max(abs(a), abs(b))
                if scale > absolute { largestRelative = max(largestRelative, difference / scale) }
                if difference > relative * scale && difference > absolute {
                    mismatches.append("\(row) \(column): \(a) vs \(b)")
                }
            }
        }
    }

    var description: String {
        "\(cells) cells, \(identical) identical, largest relative difference \(largestRelative)"
            + (mismatches.isEmpty ? "" : "; \(mismatches.count) off: \(mismatches.prefix(5).joined(separator: "; "))")
    }
}
