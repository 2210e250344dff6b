// The regularised incomplete beta function I_x(a, b), by its continued fraction.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The regularised incomplete beta function, the distribution function behind Student's t
/// (``StudentT``).
public enum IncompleteBeta {
    /// I_x(a, b) = B(x; a, b) / B(a, b) for 0 ≤ x ≤ 1 and a, b > 0, with `complement` = 1 − x
    /// given separately so that x close to 1 loses no digits (pass it when it is known exactly,
    /// e.g. t²/(ν + t²) beside ν/(ν + t²)).
    ///
    /// The method is the continued fraction of Numerical Recipes (Press et al., 3rd ed., §6.4,
    /// eq. 6.4.5):
    /// `I_x(a, b) = x^a (1−x)^b / (a·B(a, b)) · 1/(1+ d₁/(1+ d₂/(1+ …)))`, with
    /// `d₂ₘ₊₁ = −(a+m)(a+b+m)x / ((a+2m)(a+2m+1))` and `d₂ₘ = m(b−m)x / ((a+2m−1)(a+2m))`,
    /// evaluated forward by the modified Lentz method (Lentz 1976; Thompson & Barnett 1986)
    /// until a step changes the value by less than 1e-15 relatively. It converges quickly for
    /// x < (a+1)/(a+b+2); above that the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) is used.
    /// ln B(a, b) as R's `lbeta` (``logBeta(_:_:)``). Against a 40-digit evaluation, for the
    /// a = ν/2, b = ½ of a t-test: within 2e-14 relatively up to ν = 500, 2e-13 at ν = 2000.
    /// NaN for arguments out of range.
    public static func regularised(_ x: Double, a: Double, b: Double, complement: Double? = nil) -> Double {
        let y = complement ?? 1 - x
        guard a > 0, b > 0, x >= 0, y >= 0, x <= 1, y <= 1 else { return .nan }
        if x == 0 { return 0 }
        if y == 0 { return 1 }
        if x < (a + 1) / (a + b + 2) {
            return front(x, y, a, b) * continuedFraction(x, a, b) / a
        }
        return 1 - front(x, y, a, b) * continuedFraction(y, b, a) / b
    }

    /// x^a (1−x)^b / B(a, b), through logarithms (ln of the value near 1 as ln1p of the other).
    private static func front(_ x: Double, _ y: Double, _ a: Double, _ b: Double) -> Double {
        let logX = y < 0.5 ? log1p(-y) : log(x)
        let logY = x < 0.5 ? log1p(-x) : log(y)
        return exp(a * logX + b * logY - logBeta(a, b))
    }

    /// ln B(a, b) as R's `lbeta`: with q ≥ p, once q ≥ 10 the large gammas' Stirling terms
    /// cancel in closed form and only their corrections (``stirlingCorrection(_:)``) are summed,
    /// so no digits are lost subtracting lgamma values of hundreds; below, lgamma directly.
    public static func logBeta(_ a: Double, _ b: Double) -> Double {
        let p = min(a, b), q = max(a, b)
        let share = p / (p + q)
        if p >= 10 {
            let corrections = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q)
            return -0.5 * log(q) + 0.5 * log(2 * Double.pi) + corrections + (p - 0.5) * log(share) + q * log1p(-share)
        }
        if q >= 10 {
            let corrections = stirlingCorrection(q) - stirlingCorrection(p + q)
            return lgamma(p) + corrections + p - p * log(p + q) + (q - 0.5) * log1p(-share)
        }
        return lgamma(p) + lgamma(q) - lgamma(p + q)
    }

    /// ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π] for x ≥ 10: the Stirling series
    /// Σ B₂ₖ / (2k(2k−1) x^(2k−1)) to k = 8, its next term under 1e-18 there.
    private static func stirlingCorrection(_ x: Double) -> Double {
        let coefficients: [Double] = [1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360_360, 1.0 / 156, -3617.0 / 122_400]
        let inverseSquare = 1 / (x * x)
        return coefficients.reversed().reduce(0) { $0 * inverseSquare + $1 } / x
    }

    /// 1/(1+ d₁/(1+ d₂/(1+ …))) by the modified Lentz method.
    private static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300, tolerance = 1e-15
        /// Lentz's guard: a zero denominator is replaced by a tiny one.
        func guarded(_ value: Double) -> Double { abs(value) < tiny ? tiny : value }
        var c = 1.0
        var d = 1 / guarded(1 - (a + b) * x / (a + 1))
        var value = d
        for step in 1...10_000 {
            let m = Double(step), twice = 2 * Double(step)
            let even = m * (b - m) * x / ((a + twice - 1) * (a + twice))
            d = 1 / guarded(1 + even * d)
            c = guarded(1 + even / c)
            value *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + twice) * (a + twice + 1))
            d = 1 / guarded(1 + odd * d)
            c = guarded(1 + odd / c)
            let change = d * c
            value *= change
            if abs(change - 1) < tolerance { break }
        }
        return value
    }
}
