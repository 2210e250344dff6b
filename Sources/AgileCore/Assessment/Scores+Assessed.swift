// A run's scores with one assessed country's row added, for a page that shows the country
// among the run's countries without changing any of theirs.

extension Scores {
    /// The run's scores with `assessed` added as the last row: its raw, treated and normalised
    /// values, every node's score and would-be rank (``Placement``), its tier, match,
    /// coverage, imputations and treated points. The run's own rows, ranks and parameters are
    /// unchanged; the stages the assessment does not keep (denominated, transformed, imputed,
    /// screened) and the years of its raw values are missing in the added row.
    public func adding(_ assessed: AssessedUnit) -> Scores {
        var scores = self
        let row = units.count
        let nodes = Dictionary(assessed.nodes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func value(_ values: [Double]) -> (String) -> Double {
            { code in nodes[code].flatMap { $0 < values.count ? values[$0] : nil } ?? .nan }
        }
        let ranks = assessed.placements.map { $0.rank.map(Double.init) ?? .nan }
        scores.units.append(assessed.unit)
        // Laid out like raw.values, column by column: the added row's years are not known here.
        scores.years = raw.columns.indices.flatMap { column in
            Array(years[column * raw.rows.count ..< (column + 1) * raw.rows.count]) + [nil]
        }
        scores.raw = raw.appending(assessed.unit, value(assessed.raw))
        scores.treated = treated.appending(assessed.unit, value(assessed.treated))
        scores.normalised = normalised.appending(assessed.unit, value(assessed.scores))
        scores.aggregated = aggregated.appending(assessed.unit, value(assessed.scores))
        scores.ranks = self.ranks.appending(assessed.unit, value(ranks))
        let missing: (String) -> Double = { _ in .nan }
        scores.denominated = denominated.appending(assessed.unit, missing)
        scores.transformed = transformed.appending(assessed.unit, missing)
        scores.imputed = imputed.appending(assessed.unit, missing)
        scores.screened = screened.appending(assessed.unit, missing)
        scores.unitCoverage.append(assessed.coverage)
        scores.imputations += assessed.imputations
        scores.pointChanges += assessed.treatedPoints.compactMap { point in
            treated.columns.firstIndex(of: point.indicator).map {
                PointChange(row: row, column: $0, before: point.before, after: point.after, winsorised: point.winsorised,
                            logTransformed: point.logTransformed)
            }
        }
        scores.tiers.append(assessed.tier)
        if let match = assessed.match { scores.match?.append(match) }
        return scores
    }
}

extension ScoreTable {
    /// The table with a row for `unit` added at the bottom, each column's value from `value`.
    func appending(_ unit: String, _ value: (String) -> Double) -> ScoreTable {
        var values: [Double] = []
        values.reserveCapacity(self.values.count + columns.count)
        for (index, column) in columns.enumerated() {
            values += self.column(index)
            values.append(value(column))
        }
        return ScoreTable(rows: rows + [unit], columns: columns, values: values)
    }
}
