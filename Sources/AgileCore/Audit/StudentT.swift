// Student's t distribution: its distribution function and the two-sided p-value of a t-test.

/// Student's t distribution with ν degrees of freedom.
///
/// ```swift
/// StudentT.cdf(2.0, freedom: 10)            // 0.9633062… (R: pt(2, 10))
/// StudentT.twoSidedP(2.0, freedom: 10)      // 0.0733876…
/// ```
public enum StudentT {
    /// P(T ≤ t) for T Student-distributed with `freedom` (ν > 0, not necessarily whole) degrees
    /// of freedom (R's `pt(t, ν)`): with x = ν/(ν + t²), P(T ≤ −|t|) = ½·I_x(ν/2, ½), the
    /// regularised incomplete beta function (``IncompleteBeta``), and P(T ≤ |t|) its
    /// complement. ±∞ give 1 and 0; NaN for NaN or ν ≤ 0.
    public static func cdf(_ t: Double, freedom: Double) -> Double {
        guard !t.isNaN, freedom > 0 else { return .nan }
        let lower = lowerTail(abs(t), freedom: freedom)
        return t < 0 ? lower : 1 - lower
    }

    /// The two-sided p-value of an observed t: P(|T| ≥ |t|) = I_x(ν/2, ½), R's
    /// `2 * min(pt(t, ν), pt(t, ν, lower.tail = FALSE))` (as `cor.test` reports it).
    public static func twoSidedP(_ t: Double, freedom: Double) -> Double {
        guard !t.isNaN, freedom > 0 else { return .nan }
        return 2 * lowerTail(abs(t), freedom: freedom)
    }

    /// P(T ≤ −t) for t ≥ 0, x and 1 − x both computed directly so that neither loses digits.
    private static func lowerTail(_ t: Double, freedom: Double) -> Double {
        if t.isInfinite { return 0 }
        let square = t * t
        let x = freedom / (freedom + square), complement = square / (freedom + square)
        return IncompleteBeta.regularised(x, a: freedom / 2, b: 0.5, complement: complement) / 2
    }
}
