// Two weightings of the same data side by side: score and rank change per unit.

/// The index scores and ranks of every unit under two runs that differ in their weights (or
/// method), with the units that move most first.
///
/// ```swift
/// let comparison = WeightComparison(first: declared, second: doubled)
/// comparison.rows.first // the biggest mover
/// ```
public struct WeightComparison: Sendable {
    /// One unit under both runs.
    public struct Row: Hashable, Sendable {
        public var unit: String
        public var firstScore: Double
        public var secondScore: Double
        public var firstRank: Double
        public var secondRank: Double

        /// Second score minus first.
        public var scoreChange: Double { secondScore - firstScore }
        /// Places gained: first rank minus second (positive = moves up).
        public var rankChange: Double { firstRank - secondRank }
    }

    /// Every unit scored by both runs, the largest |rank change| first, then the largest
    /// |score change|, then by code.
    public var rows: [Row]

    /// Compares the index of two runs on the same units (units only one run kept are left out).
    public init(first: Scores, second: Scores) {
        let secondRow = Dictionary(second.units.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let firstIndex = first.index, firstRanks = first.indexRanks
        let secondIndex = second.index, secondRanks = second.indexRanks
        var rows: [Row] = []
        for (row, unit) in first.units.enumerated() {
            guard let other = secondRow[unit] else { continue }
            rows.append(Row(unit: unit, firstScore: firstIndex[row], secondScore: secondIndex[other],
                            firstRank: firstRanks[row], secondRank: secondRanks[other]))
        }
        func key(_ value: Double) -> Double { value.isNaN ? -1 : abs(value) }
        self.rows = rows.sorted {
            (key($1.rankChange), key($1.scoreChange), $0.unit) < (key($0.rankChange), key($0.scoreChange), $1.unit)
        }
    }

    /// The mean |rank change| over the units ranked by both runs.
    public var meanAbsoluteRankChange: Double {
        let changes = rows.map(\.rankChange).filter { !$0.isNaN }
        return changes.isEmpty ? .nan : changes.map(abs).reduce(0, +) / Double(changes.count)
    }
}
