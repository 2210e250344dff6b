// A run's input narrowed to some of its units (e.g. one country to assess).

extension ScoringInput {
    /// The input of the units at `rows` (positions in ``units``), with their years,
    /// denominators and earlier values.
    public func selecting(units rows: [Int]) -> ScoringInput {
        func years(_ years: [Int?], of table: ScoreTable) -> [Int?] {
            let count = table.rows.count
            return table.columns.indices.flatMap { column in rows.map { years[column * count + $0] } }
        }
        return ScoringInput(
            units: rows.map { units[$0] }, raw: raw.selecting(rows: rows), years: years(self.years, of: raw),
            denominators: denominators.selecting(rows: rows), earlier: earlier?.selecting(rows: rows),
            earlierYears: earlier.map { years(earlierYears, of: $0) })
    }
}
