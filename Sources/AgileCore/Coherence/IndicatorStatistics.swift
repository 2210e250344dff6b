// Descriptive statistics of one indicator column, as COINr's get_stats computes them.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The thresholds of the flags of ``IndicatorStatistics`` (COINr's `get_stats` defaults).
public struct StatisticsThresholds: Hashable, Sendable {
    /// |skew| above this AND kurtosis above ``kurtosis`` flags outliers.
    public var skew: Double = 2
    public var kurtosis: Double = 3.5
    /// Share of units with a value below this is flagged low availability.
    public var availability: Double = 0.65
    /// Non-zero values as a share of all units below this is flagged.
    public var nonZero: Double = 0.5
    /// Distinct values as a share of all units below this is flagged.
    public var unique: Double = 0.5

    public init() {}
}

/// One indicator's descriptive statistics over the units of a data set (COINr's `get_stats`
/// columns), with COINr's flags.
///
/// Missing values (NaN) are left out of every statistic. The definitions, over the n observed
/// values of N units:
/// - mean and sd (n − 1) as R computes them (``RStatistics``); median R's;
/// - skew `√n·Σd³/(Σd²)^1.5 · √(n(n−1))/(n−2)` (NaN under 3 values) and excess kurtosis
///   `((n+1)(r−3)+6)(n−1)/((n−2)(n−3))`, `r = n·Σd⁴/(Σd²)²` (NaN under 4), d = x − mean — the
///   e1071 "type 2" estimators COINr copies;
/// - non-zero: values ≠ 0; unique: distinct values; same: the most values sharing one value
///   (R's `max(table(x))`; R compares through 15-significant-digit text, this exactly — the
///   two differ only for values equal to 15 digits but not to 17);
/// - fractions: available over N, the others over n;
/// - flags: availability `LOW` under 0.65 of N; non-zero `LOW` when non-zero values are under
///   0.5 of N; unique `LOW` when distinct values are under 0.5 of N; `OUT` (outliers) when
///   |skew| > 2 and kurtosis > 3.5 (COINr's rule: both, unlike the treatment's either).
public struct IndicatorStatistics: Hashable, Sendable {
    public var code: String
    public var minimum: Double
    public var maximum: Double
    public var mean: Double
    public var median: Double
    public var standardDeviation: Double
    public var skew: Double
    public var kurtosis: Double
    /// Units with a value.
    public var available: Int
    public var nonZero: Int
    public var unique: Int
    /// The most units sharing one value.
    public var same: Int
    /// Units in the data set.
    public var units: Int
    /// Available over units.
    public var availableFraction: Double { Double(available) / Double(units) }
    /// Non-zero, unique and same over the available values (COINr's `Frc.*`).
    public var nonZeroFraction: Double { Double(nonZero) / Double(available) }
    public var uniqueFraction: Double { Double(unique) / Double(available) }
    public var sameFraction: Double { Double(same) / Double(available) }
    /// The flags as COINr words them (`ok`, `LOW`, `OUT`).
    public var lowAvailability: Bool
    public var fewNonZero: Bool
    public var fewUnique: Bool
    public var outliers: Bool
    /// Pearson's r with its parent aggregate (pairwise complete), when asked for.
    public var parentCorrelation: Double?

    /// The statistics of `values` (one per unit, NaN missing), judged by `thresholds`.
    public init(code: String, values: [Double], thresholds: StatisticsThresholds = StatisticsThresholds(), parentCorrelation: Double? = nil) {
        self.code = code
        self.parentCorrelation = parentCorrelation
        let observed = values.filter { !$0.isNaN }
        units = values.count
        available = observed.count
        minimum = observed.min() ?? .nan
        maximum = observed.max() ?? .nan
        (mean, standardDeviation, median) = values.withUnsafeBufferPointer { x in
            (RStatistics.mean(x), RStatistics.standardDeviation(x), RStatistics.median(x))
        }
        (skew, kurtosis) = Self.moments(observed)
        nonZero = observed.filter { $0 != 0 }.count
        unique = Set(observed.map { $0 == 0 ? 0 : $0 }).count
        var counts: [Double: Int] = [:]
        for x in observed { counts[x == 0 ? 0 : x, default: 0] += 1 }
        same = counts.values.max() ?? 0
        let n = Double(units)
        lowAvailability = !(Double(available) / n >= thresholds.availability)
        fewNonZero = !(Double(nonZero) / n >= thresholds.nonZero)
        fewUnique = !(Double(unique) / n >= thresholds.unique)
        outliers = abs(skew) > thresholds.skew && kurtosis > thresholds.kurtosis
    }

    /// Skew and kurtosis of the observed values (NaN when too few or all equal).
    static func moments(_ observed: [Double]) -> (skew: Double, kurtosis: Double) {
        let count = observed.count
        guard count >= 3 else { return (.nan, .nan) }
        let mean = observed.withUnsafeBufferPointer { RStatistics.longMean($0) }
        var s2: LongDouble = 0, s3: LongDouble = 0, s4: LongDouble = 0
        for x in observed {
            let d = LongDouble(x) - mean
            s2 += d * d
            s3 += d * d * d
            s4 += d * d * d * d
        }
        let n = Double(count)
        let squares = Double(s2), cubes = Double(s3), fourths = Double(s4)
        let skew = n.squareRoot() * cubes / pow(squares, 1.5) * (n * (n - 1)).squareRoot() / (n - 2)
        guard count >= 4 else { return (skew, .nan) }
        let r = n * fourths / (squares * squares)
        return (skew, ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3)))
    }
}
