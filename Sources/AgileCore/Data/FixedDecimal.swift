// Numbers written with a fixed number of decimals the same way everywhere: no locale, no "-0".

/// Fixed-decimal text of a number, for reports, charts and summaries.
///
/// ```swift
/// FixedDecimal.text(52.25, decimals: 1) // "52.3"  (half away from zero)
/// FixedDecimal.text(-0.04, decimals: 1) // "0.0"   (never "-0.0")
/// ```
public enum FixedDecimal {
    /// `value` rounded half away from zero to `decimals` places (0–6); magnitudes beyond 10¹⁵
    /// are written as 10¹⁵, and a value that is not finite as Swift writes it (`nan`, `inf`).
    public static func text(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "\(value)" }
        let decimals = min(max(decimals, 0), 6)
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let limit = 1e15
        let scaled = min(max((value * Double(scale)).rounded(.toNearestOrAwayFromZero), -limit), limit)
        let integer = Int(scaled)
        let magnitude = integer.magnitude
        let whole = magnitude / UInt(scale), fraction = magnitude % UInt(scale)
        var out = integer < 0 ? "-" : ""
        out += String(whole)
        if decimals > 0 {
            let digits = String(fraction)
            out += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return out
    }
}
