// Small frameworks and inputs for the scoring tests, written out in full.

import AgileCore

/// Builders of small frameworks (indicators → dimensions → one index) and their inputs.
enum ScoringFixtures {
    /// An indicator of type `index` on an unbounded scale.
    static func indicator(
        _ id: String, in parent: String, polarity: Polarity = .positive, weight: Double = 1,
        overrides: MethodOverrides = MethodOverrides()
    ) -> Indicator {
        Indicator(id: id, name: id, parent: parent, type: .index, scale: Scale(), polarity: polarity, weight: weight, overrides: overrides)
    }

    /// A framework of `indicators` under the given dimensions (level 2) under the index `IDX`
    /// (level 3); `dimensionWeights` gives weights other than 1.
    static func framework(
        _ indicators: [Indicator], dimensions: [String], dimensionWeights: [String: Double] = [:],
        method: Method = Method(treatment: .none), weightSets: [WeightSet] = []
    ) -> Framework {
        Framework(
            id: "test", name: "Test", edition: 2024, years: 2020...2024,
            levelNames: ["Indicator", "Dimension", "Index"], indicators: indicators,
            aggregates: dimensions.map { Aggregate(id: $0, name: $0, level: 2, parent: "IDX", weight: dimensionWeights[$0] ?? 1) }
                + [Aggregate(id: "IDX", name: "Index", level: 3, parent: nil)],
            weightSets: weightSets, method: method)
    }

    /// An input from rows written unit by unit (one value per indicator, NaN for missing).
    static func input(units: [String], indicators: [String], rows: [[Double]], groups: [[String: String]]? = nil) -> ScoringInput {
        var table = ScoreTable(rows: units, columns: indicators)
        for (row, values) in rows.enumerated() {
            for (column, value) in values.enumerated() { table[row, column] = value }
        }
        let participants = units.indices.map { Participant(code: units[$0], groups: groups?[$0] ?? [:]) }
        return ScoringInput(units: participants, raw: table)
    }

    /// `a` and `b` agree to 1e-12 relative (or both are NaN).
    static func close(_ a: Double, _ b: Double, tolerance: Double = 1e-12) -> Bool {
        if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
        return abs(a - b) <= tolerance * max(1, abs(a), abs(b))
    }
}
