// Rates written as whole percentages the same way everywhere (summaries, tables, charts).

/// Formats a 0–1 rate as a percentage.
public enum Percent {
    /// `0.4125` → `"41 %"`; with `decimals`, `"41.3 %"`. Rounds half away from zero.
    public static func text(_ rate: Double, decimals: Int = 0) -> String {
        "\(number(rate, decimals: decimals)) %"
    }

    /// The number alone: `0.4125` → `"41"` (or `"41.3"` with one decimal).
    public static func number(_ rate: Double, decimals: Int = 0) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (rate * 100 * scale).rounded(.toNearestOrAwayFromZero)
        if decimals == 0 { return String(Int(scaled)) }
        let whole = Int(scaled) / Int(scale)
        let fraction = abs(Int(scaled)) % Int(scale)
        let sign = scaled < 0 && whole == 0 ? "-" : ""
        let digits = String(fraction)
        return "\(sign)\(whole).\(String(repeating: "0", count: decimals - digits.count))\(digits)"
    }
}
