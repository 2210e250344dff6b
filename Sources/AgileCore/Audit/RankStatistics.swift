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
        var column = [Double](repeating: 0, count: ranks.count)
        var shifts = column
        return units.indices.map { unit in
            var count = 0
            var shiftCount = 0
            for replication in ranks where !replication[unit].isNaN {
                column[count] = replication[unit]
                count += 1
                if !nominal[unit].isNaN {
                    shifts[shiftCount] = abs(replication[unit] - nominal[unit])
                    shiftCount += 1
                }
            }
            let observed = column[0..<count].sorted()
            let mean = observed.withUnsafeBufferPointer(RStatistics.mean)
            let shift = shifts[0..<shiftCount].withUnsafeBufferPointer(RStatistics.mean)
            return RankStatistics(
                unit: units[unit], nominal: nominal[unit], mean: mean,
                median: quantile(sorted: observed, 0.5), percentile5: quantile(sorted: observed, 0.05),
                percentile95: quantile(sorted: observed, 0.95), meanAbsoluteShift: shift)
        }
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
