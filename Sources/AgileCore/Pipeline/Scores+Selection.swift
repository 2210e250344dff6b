// A run's results narrowed to some of its units (e.g. one country).

extension Scores {
    /// The results of the units at `rows` (positions in ``units``), for the final tables: the
    /// aggregated scores, ranks, tiers and match. Ranks stay those of the whole run.
    public func selecting(units rows: [Int]) -> Scores {
        var selected = self
        selected.units = rows.map { units[$0] }
        selected.aggregated = aggregated.selecting(rows: rows)
        selected.ranks = ranks.selecting(rows: rows)
        selected.tiers = rows.map { tiers[$0] }
        let kept = Set(selected.units)
        selected.match = match?.filter { kept.contains($0.unit) }
        return selected
    }
}
