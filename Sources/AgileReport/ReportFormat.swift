// How numbers read in reports: fixed decimals, no locale, never "nan" or "-0", and the true
// minus sign (U+2212), never a hyphen.

import AgileCore

/// Number formatting for reports. Deterministic: the same Double always gives the same text.
public enum ReportFormat {
    /// The minus sign of the pages: U+2212, not the hyphen-minus.
    public static let minus = "\u{2212}"

    /// A score with one decimal (`57.9`), or `–` when missing.
    public static func score(_ value: Double) -> String {
        fixed(value, decimals: 1)
    }

    /// `value` with a fixed number of decimals, `–` when not finite; a negative value starts
    /// with `−` (U+2212).
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        guard (abs(value) * scale).rounded() < 9.0e15 else { return String(value) }
        return FixedDecimal.text(value, decimals: decimals, minus: .sign)
    }

    /// A raw value as its unit reads: whole numbers without decimals and with thousands
    /// separators (`12 345`), others with up to 3 decimals and no trailing zero (`0.88`, `35.1`).
    public static func raw(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        if value.rounded() == value, abs(value) < 1e15 {
            return grouped(Int64(value))
        }
        let magnitude = abs(value)
        let decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3
        var text = fixed(value, decimals: decimals)
        while text.hasSuffix("0"), text.contains(".") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A share as a percentage with one decimal: `94.9 %`.
    public static func percent(_ share: Double) -> String {
        fixed(share * 100, decimals: 1) + " %"
    }

    /// A rank (`3`), or `–`.
    public static func rank(_ value: Double) -> String {
        value.isFinite ? String(Int(value)) : "–"
    }

    static func grouped(_ value: Int64) -> String {
        (value < 0 ? minus : "") + DigitGroups.text(value.magnitude, separator: "\u{2009}")
    }
}
