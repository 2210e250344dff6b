// Rates written as whole percentages the same way everywhere (summaries, tables, charts).

/// Formats a 0–1 rate as a percentage.
public enum Percent {
    /// `0.4125` → `"41 %"`; with `decimals`, `"41.3 %"`. Rounds half away from zero.
    public static func text(_ rate: Double, decimals: Int = 0) -> String {
        "\(number(rate, decimals: decimals)) %"
    }

    /// The number alone: `0.4125` → `"41"` (or `"41.3"` with one decimal).
    public static func number(_ rate: Double, decimals: Int = 0) -> String {
        FixedDecimal.text(rate * 100, decimals: decimals)
    }
}
