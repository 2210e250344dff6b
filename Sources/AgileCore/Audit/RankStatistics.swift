// Per-unit statistics of the ranks an uncertainty analysis produced.

/// How one unit's index rank spreads over the replications of an uncertainty analysis.
///
/// Percentiles are R's `quantile(type = 7)` (linear interpolation between order statistics),
/// the mean is R's `mean()`, so the figures are COINr's `get_sensitivity` rank statistics.
public struct RankStatistics: Hashable, Sendable {
    /// The unit's code.
    public var unit: String
    /// Its rank in the nominal run.
    public var nominal: Double
    /// Mean, median, 5th and 95th percentile of its ranks over the replications.
    public var mean: Double
    public var median: Double
    public var percentile5: Double
    public var percentile95: Double
    /// Mean of |rank − nominal rank| over the replications.
    public var meanAbsoluteShift: Double

    public init(unit: String, nominal: Double, mean: Double, median: Double, percentile5: Double, percentile95: Double, meanAbsoluteShift: Double) {
        self.unit = unit
        self.nominal = nominal
        self.mean = mean
        self.median = median
        self.percentile5 = percentile5
        self.percentile95 = percentile95
        self.meanAbsoluteShift = meanAbsoluteShift
    }

    /// The statistics of every unit.
    /// - Parameters:
    ///   - units: the unit codes.
    ///   - nominal: each unit's nominal rank.
    ///   - ranks: per replication, each unit's rank (in the order of `units`); NaN is skipped.
    public static func of(units: [String], nominal: [Double], ranks: [[Double]]) -> [RankStatistics] {
        units.indices.map { unit in of(code: units[unit], nominal: nominal[unit], ranks: ranks.map { $0[unit] }, units: units.count) }
    }

    /// The statistics of one unit from its rank in every replication. Ranks are whole numbers
    /// from 1 to the number of units, so the order statistics come from a count of each rank
    /// rather than a sort (the same values).
    static func of(code: String, nominal: Double, ranks: [Double], units: Int) -> RankStatistics {
        var column: [Double] = []
        column.reserveCapacity(ranks.count)
        var shift = 0.0
        var shifts = 0
        var whole = true
        let limit = Double(max(units, 1))
        for rank in ranks {
            guard !rank.isNaN else { continue }
            column.append(rank)
            if !(rank >= 1 && rank <= limit && rank == rank.rounded()) { whole = false }
            if !nominal.isNaN {
                shift += abs(rank - nominal)
                shifts += 1
            }
        }
        let mean = column.withUnsafeBufferPointer(RStatistics.mean)
        let quantiles: [Double]
        if whole {
            var counts = [Int](repeating: 0, count: Int(limit) + 1)
            for rank in column { counts[Int(rank)] += 1 }
            quantiles = [0.5, 0.05, 0.95].map { quantile(counts: counts, total: column.count, $0) }
        } else {
            let sorted = column.sorted()
            quantiles = [0.5, 0.05, 0.95].map { quantile(sorted: sorted, $0) }
        }
        return RankStatistics(
            unit: code, nominal: nominal, mean: mean, median: quantiles[0], percentile5: quantiles[1],
            percentile95: quantiles[2], meanAbsoluteShift: shifts == 0 ? .nan : shift / Double(shifts))
    }

    /// ``quantile(sorted:_:)`` of whole numbers given as a count of each value.
    static func quantile(counts: [Int], total: Int, _ p: Double) -> Double {
        guard total > 0 else { return .nan }
        /// The k-th smallest value (1-based).
        func order(_ k: Int) -> Double {
            var seen = 0
            for (value, count) in counts.enumerated() {
                seen += count
                if seen >= k { return Double(value) }
            }
            return .nan
        }
        let index = 1 + Double(total - 1) * p
        let low = index.rounded(.down), high = index.rounded(.up)
        let lower = order(Int(low)), upper = order(Int(high))
        guard index > low && upper != lower else { return lower }
        let h = index - low
        return (1 - h) * lower + h * upper
    }

    /// R's `quantile(x, p, type = 7)` of sorted values: `(1 − h)·x[lo] + h·x[hi]` at the
    /// 1-based position `1 + (n − 1)·p`. NaN when there are no values.
    public static func quantile(sorted x: [Double], _ p: Double) -> Double {
        guard !x.isEmpty else { return .nan }
        let index = 1 + Double(x.count - 1) * p
        let low = index.rounded(.down), high = index.rounded(.up)
        let lower = x[Int(low) - 1], upper = x[Int(high) - 1]
        guard index > low && upper != lower else { return lower }
        let h = index - low
        return (1 - h) * lower + h * upper
    }
}
