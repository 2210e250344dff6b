// Imputation of missing values in a units × indicators table.

extension Imputation {
    /// Fills the missing cells of `table` in place and lists them.
    ///
    /// Means and medians are R's (`mean()` with its correction pass, `median()`), over the
    /// observed values of the column (or of the unit's group). A unit without a group of the
    /// grouping keeps its missing values, as COINr's `i_mean_grp` skips it; a group with no
    /// observed value leaves its units missing too.
    /// - Parameters:
    ///   - units: the units of the table's rows, with their groups.
    ///   - earlier: for latest-earlier imputation, the earlier values prepared like `table`
    ///     (denominated and transformed), one row per row of `table`, with their years.
    func impute(
        _ table: inout ScoreTable, units: [Participant], earlier: (values: ScoreTable, years: [Int?])?
    ) throws(ScoringError) -> [ImputedCell] {
        let rows = table.rows.count
        var cells: [ImputedCell] = []
        switch self {
        case .none:
            return []
        case .mean, .median:
            let useMean = self == .mean
            for column in table.columns.indices {
                let base = column * rows
                var fill = Double.nan
                var computed = false
                for row in 0..<rows where table.values[base + row].isNaN {
                    if !computed {
                        fill = table.values[base ..< base + rows].withUnsafeBufferPointer {
                            useMean ? RStatistics.mean($0) : RStatistics.median($0)
                        }
                        computed = true
                    }
                    guard !fill.isNaN else { break }
                    table.values[base + row] = fill
                    cells.append(ImputedCell(unit: table.rows[row], indicator: table.columns[column], value: fill, source: useMean ? .mean : .median))
                }
            }
        case .groupMean(let grouping):
            var names: [String] = []
            let groupOf: [Int?] = units.map { unit in
                guard let group = unit.groups[grouping] else { return nil }
                if let index = names.firstIndex(of: group) { return index }
                names.append(group)
                return names.count - 1
            }
            guard !names.isEmpty else { throw .unknownGrouping(grouping) }
            var members: [Double] = []
            members.reserveCapacity(rows)
            var means = Array(repeating: Double.nan, count: names.count)
            for column in table.columns.indices {
                let base = column * rows
                guard table.values[base ..< base + rows].contains(where: \.isNaN) else { continue }
                for group in names.indices {
                    members.removeAll(keepingCapacity: true)
                    for row in 0..<rows where groupOf[row] == group { members.append(table.values[base + row]) }
                    means[group] = members.withUnsafeBufferPointer { RStatistics.mean($0) }
                }
                for row in 0..<rows where table.values[base + row].isNaN {
                    guard let group = groupOf[row], !means[group].isNaN else { continue }
                    table.values[base + row] = means[group]
                    cells.append(ImputedCell(
                        unit: table.rows[row], indicator: table.columns[column], value: means[group],
                        source: .groupMean(grouping: grouping, group: names[group])))
                }
            }
        case .latestEarlier:
            guard let earlier else { throw .missingEarlierValues }
            for cell in table.values.indices where table.values[cell].isNaN && !earlier.values.values[cell].isNaN {
                let value = earlier.values.values[cell]
                table.values[cell] = value
                cells.append(ImputedCell(
                    unit: table.rows[cell % rows], indicator: table.columns[cell / rows], value: value,
                    source: .earlier(year: earlier.years[cell])))
            }
        }
        return cells
    }
}
