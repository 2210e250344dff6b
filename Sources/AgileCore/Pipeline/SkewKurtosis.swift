// Sample skewness and excess kurtosis of a column, as COINr's check_SkewKurt computes them.

/// The skewness and kurtosis of one indicator's observed values, and whether they pass a rule.
///
/// Both are the "type 2" (spreadsheet `SKEW` / `KURT`) estimators COINr uses, with
/// d = x − mean over the n observed values:
///
/// - skewness `sqrt(n)·Σd³ / (Σd²)^1.5 · sqrt(n(n−1)) / (n−2)`
/// - kurtosis `r = n·Σd⁴/(Σd²)²`, `((n+1)(r−3)+6)(n−1) / ((n−2)(n−3))`
///
/// Sums run in extended precision and the powers are rounded as R rounds them.
public struct SkewKurtosis: Hashable, Sendable {
    public var skew: Double
    public var kurtosis: Double
    /// Whether the column passes: |skew| < the rule's skew OR kurtosis < the rule's kurtosis.
    public var passes: Bool

    public init(skew: Double, kurtosis: Double, passes: Bool) {
        self.skew = skew
        self.kurtosis = kurtosis
        self.passes = passes
    }

    /// The statistics of `values` (NaN skipped), judged by `rule`. `nil` when fewer than four
    /// values are observed (kurtosis is undefined) or when the observed values are all equal.
    @inlinable
    public static func of(_ values: UnsafeBufferPointer<Double>, rule: SkewKurtosisRule) -> SkewKurtosis? {
        let mean = RStatistics.mean(values)
        var s2: LongDouble = 0, s3: LongDouble = 0, s4: LongDouble = 0
        var count = 0
        for x in values where !x.isNaN {
            let d = x - mean
            s2 += LongDouble(d * d)
            s3 += LongDouble(RStatistics.cube(d))
            s4 += LongDouble(RStatistics.fourthPower(d))
            count += 1
        }
        let sumSquares = Double(s2)
        guard count >= 4, sumSquares > 0 else { return nil }
        let n = Double(count)
        let skew = n.squareRoot() * Double(s3) / RStatistics.powerOneAndHalf(sumSquares)
            * (n * (n - 1)).squareRoot() / (n - 2)
        let r = n * Double(s4) / (sumSquares * sumSquares)
        let kurtosis = ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3))
        return SkewKurtosis(skew: skew, kurtosis: kurtosis, passes: abs(skew) < rule.skew || kurtosis < rule.kurtosis)
    }
}
