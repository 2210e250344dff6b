// Python's round(x, n) for doubles: the exact binary value rounded half to even, in decimal.

/// Rounds a `Double` to decimal places exactly as Python 3's `round(x, n)` does.
///
/// Python rounds the exact value of the double (not its shortest decimal form) to `n` places,
/// ties to even, and returns the double nearest to that decimal. So `round(0.125, 2)` is `0.12`
/// (0.125 is exact, a tie, and 2 is even) while `round(2.675, 2)` is `2.67` (the double written
/// 2.675 is 2.67499999999999982236…, below the tie) and `round(0.675, 2)` is `0.68` (that double
/// is 0.67500000000000004441…, above it).
///
/// ```swift
/// PythonRounding.round(2.0 / 3.0, places: 4) // 0.6667
/// PythonRounding.round(0.125, places: 2)     // 0.12
/// ```
public enum PythonRounding {
    /// `x` rounded to `places` decimal places (0…19), as Python's `round(x, places)`.
    public static func round(_ x: Double, places: Int) -> Double {
        precondition((0...19).contains(places), "places must be 0…19")
        guard x.isFinite, x != 0 else { return x }
        // x = significand × 2^exponent with an integer significand below 2^53.
        let magnitude = abs(x)
        let exponent = Int(magnitude.exponent) - 52
        guard exponent < 0 else { return x }  // an integer: nothing to round
        let significand = magnitude.significandBitPattern | (magnitude.isNormal ? 1 << 52 : 0)
        let shift = magnitude.isNormal ? -exponent : 1074
        // x × 10^places = significand × 10^places / 2^shift, with a 128-bit numerator.
        var power: UInt64 = 1
        for _ in 0..<places { power *= 10 }
        let (high, low) = significand.multipliedFullWidth(by: power)
        guard shift < 128 else {
            // Below 2^(53 + 64 - 128): the scaled value is under 1/2 ulp of the last place … or zero.
            return x < 0 ? -0.0 : 0.0
        }
        let (quotientHigh, quotient, remainderHigh, remainder) = split(high: high, low: low, shift: shift)
        guard quotientHigh == 0 else { return x }  // ≥ 2^64 after scaling: finer than x's own ulp
        // Compare the remainder (below 2^shift) with half of 2^shift.
        let half: (UInt64, UInt64) = shift - 1 >= 64 ? (1 << UInt64(shift - 1 - 64), 0) : (0, 1 << UInt64(shift - 1))
        let comparison = compare((remainderHigh, remainder), half)
        var rounded = quotient
        if comparison > 0 || (comparison == 0 && quotient & 1 == 1) {
            if rounded == .max { return x }
            rounded += 1
        }
        let value = decimal(rounded, places: places)
        return x < 0 ? -value : value
    }

    /// The double nearest to `digits` × 10^-places (correctly rounded, as Python's strtod).
    private static func decimal(_ digits: UInt64, places: Int) -> Double {
        if digits < 1 << 53 { return Double(digits) / exactPowers[places] }
        return Double("\(digits)e-\(places)")!
    }

    /// 10^0 … 10^19, each exact in a double.
    private static let exactPowers: [Double] = (0...19).map { n in (0..<n).reduce(1.0) { value, _ in value * 10 } }

    /// The 128-bit number (high, low) split at bit `shift` (1…127): quotient and remainder.
    private static func split(high: UInt64, low: UInt64, shift: Int) -> (UInt64, UInt64, UInt64, UInt64) {
        if shift >= 64 {
            let s = UInt64(shift - 64)
            let quotient = s == 0 ? high : high >> s
            let remainderHigh = s == 0 ? 0 : high & ((1 << s) - 1)
            return (0, quotient, remainderHigh, low)
        }
        let s = UInt64(shift)
        let quotient = (low >> s) | (high << (64 - s))
        return (high >> s, quotient, 0, low & ((1 << s) - 1))
    }

    private static func compare(_ a: (UInt64, UInt64), _ b: (UInt64, UInt64)) -> Int {
        if a.0 != b.0 { return a.0 < b.0 ? -1 : 1 }
        if a.1 != b.1 { return a.1 < b.1 ? -1 : 1 }
        return 0
    }
}
