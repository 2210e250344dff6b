// Sample skewness and excess kurtosis of a column, as COINr's check_SkewKurt computes them.

/// The skewness and kurtosis of one indicator's observed values, and whether they pass a rule.
///
/// Both are the "type 2" (spreadsheet `SKEW` / `KURT`) estimators COINr uses, with
/// d = x − mean over the n observed values:
///
/// - skewness `sqrt(n)·Σd³ / (Σd²)^1.5 · sqrt(n(n−1)) / (n−2)`
/// - kurtosis `r = n·Σd⁴/(Σd²)²`, `((n+1)(r−3)+6)(n−1) / ((n−2)(n−3))`
///
/// They are evaluated at every winsorising step, so the sums run in `Double` over four lanes
/// (a fixed order: the same bits on every run). R sums in long double, so the statistics agree
/// with COINr's to about 1e-15 relative rather than to the last bit; only the pass/fail
/// decision uses them, and the treated values themselves are COINr's exactly.
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
    public static func of(_ values: UnsafeBufferPointer<Double>, rule: SkewKurtosisRule) -> SkewKurtosis? {
        let count = values.count
        let lanes = count / 4 * 4
        let raw = UnsafeRawPointer(values.baseAddress)
        var sum = SIMD4<Double>(), observed = SIMD4<Double>()
        let zero = SIMD4<Double>(), one = SIMD4<Double>(repeating: 1)
        var index = 0
        while index < lanes {
            let x = raw!.loadUnaligned(fromByteOffset: index * 8, as: SIMD4<Double>.self)
            let present = x .== x
            sum += zero.replacing(with: x, where: present)
            observed += zero.replacing(with: one, where: present)
            index += 4
        }
        var total = sum.sum(), n = observed.sum()
        while index < count {
            let x = values[index]
            if !x.isNaN {
                total += x
                n += 1
            }
            index += 1
        }
        guard n >= 4 else { return nil }
        let mean = total / n
        var s2 = SIMD4<Double>(), s3 = SIMD4<Double>(), s4 = SIMD4<Double>()
        let centre = SIMD4<Double>(repeating: mean)
        index = 0
        while index < lanes {
            let x = raw!.loadUnaligned(fromByteOffset: index * 8, as: SIMD4<Double>.self)
            let d = zero.replacing(with: x - centre, where: x .== x)
            let square = d * d
            s2 += square
            s3 += square * d
            s4 += square * square
            index += 4
        }
        var sumSquares = s2.sum(), sumCubes = s3.sum(), sumFourths = s4.sum()
        while index < count {
            let x = values[index]
            if !x.isNaN {
                let d = x - mean, square = d * d
                sumSquares += square
                sumCubes += square * d
                sumFourths += square * square
            }
            index += 1
        }
        guard sumSquares > 0 else { return nil }
        let skew = n.squareRoot() * sumCubes / (sumSquares * sumSquares.squareRoot())
            * (n * (n - 1)).squareRoot() / (n - 2)
        let r = n * sumFourths / (sumSquares * sumSquares)
        let kurtosis = ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3))
        return SkewKurtosis(skew: skew, kurtosis: kurtosis, passes: abs(skew) < rule.skew || kurtosis < rule.kurtosis)
    }
}
