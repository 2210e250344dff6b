// Numbers written with a fixed number of decimals the same way everywhere: no locale, no "-0".

/// Fixed-decimal text of a number, for reports, charts, tables and summaries.
///
/// ```swift
/// FixedDecimal.text(52.25, decimals: 1)                  // "52.3"  (half away from zero)
/// FixedDecimal.text(-0.04, decimals: 1)                  // "0.0"   (never "-0.0")
/// FixedDecimal.text(-1.5, decimals: 1, minus: .sign)     // "−1.5"  (U+2212, for reports)
/// FixedDecimal.signed(0.25, decimals: 1)                 // "+0.3"
/// FixedDecimal.percent(-0.055, decimals: 1)              // "-5.5"  (a share as a percentage)
/// ```
///
/// The sign is that of the rounded number: what rounds to zero is written without one.
public enum FixedDecimal {
    /// How a negative number is marked.
    public enum Minus: Sendable {
        /// `-`, the hyphen-minus of ASCII (tables, CSV, anything read back as a number).
        case hyphen
        /// `−` (U+2212), the typographic minus sign (text for people to read).
        case sign

        var text: String {
            switch self {
            case .hyphen: "-"
            case .sign: "−"
            }
        }
    }

    /// `value` rounded half away from zero to `decimals` places (0–6); magnitudes beyond 10¹⁵
    /// are written as 10¹⁵, and a value that is not finite as Swift writes it (`nan`, `inf`).
    public static func text(_ value: Double, decimals: Int, minus: Minus = .hyphen) -> String {
        guard value.isFinite else { return "\(value)" }
        let (negative, digits) = rounded(value, decimals: decimals, shift: 0)
        return (negative ? minus.text : "") + digits
    }

    /// As ``text(_:decimals:minus:)`` with the trailing zeros of the decimals dropped, and the
    /// point with them: `12.50` → `12.5`, `3.00` → `3`, `-0.001` → `0` (never `-0`).
    ///
    /// ```swift
    /// FixedDecimal.trimmed(1.0 / 3.0, decimals: 2) // "0.33"
    /// FixedDecimal.trimmed(-12.5, decimals: 2)    // "-12.5"
    /// ```
    public static func trimmed(_ value: Double, decimals: Int, minus: Minus = .hyphen) -> String {
        guard value.isFinite else { return "\(value)" }
        let (negative, magnitude, scale, places) = scaled(value, decimals: decimals, shift: 0)
        var fraction = magnitude % scale, kept = places
        while kept > 0 && fraction % 10 == 0 {
            fraction /= 10
            kept -= 1
        }
        let whole = String(magnitude / scale)
        let sign = negative && magnitude != 0 ? minus.text : ""
        guard kept > 0 else { return sign + whole }
        let digits = String(fraction)
        return sign + whole + "." + String(repeating: "0", count: kept - digits.count) + digits
    }

    /// As ``text(_:decimals:minus:)``, with `+` in front of a number that rounds above zero.
    public static func signed(_ value: Double, decimals: Int, minus: Minus = .sign) -> String {
        guard value.isFinite else { return "\(value)" }
        let (negative, digits) = rounded(value, decimals: decimals, shift: 0)
        let zero = digits.allSatisfy { $0 == "0" || $0 == "." }
        return (negative ? minus.text : zero ? "" : "+") + digits
    }

    /// The share `share` (1 = 100 %) as a percentage with `decimals` places, without the `%`:
    /// `share` × 10^(decimals + 2) is rounded in one step, so 0.9555 gives `95.6`.
    public static func percent(_ share: Double, decimals: Int, minus: Minus = .hyphen) -> String {
        guard share.isFinite else { return "\(share)" }
        let (negative, digits) = rounded(share, decimals: decimals, shift: 2)
        return (negative ? minus.text : "") + digits
    }

    /// The digits of |`value`| × 10^`shift` with `decimals` places (0–6), and whether the
    /// rounded number is below zero.
    private static func rounded(_ value: Double, decimals: Int, shift: Int) -> (negative: Bool, digits: String) {
        let (negative, magnitude, scale, places) = scaled(value, decimals: decimals, shift: shift)
        var digits = String(magnitude / scale)
        if places > 0 {
            let text = String(magnitude % scale)
            digits += "." + String(repeating: "0", count: places - text.count) + text
        }
        return (negative, digits)
    }

    /// |`value`| × 10^(`shift` + `decimals`) rounded half away from zero (at most 10^15), the
    /// scale 10^`decimals` that splits it into whole and fraction, the places (0–6), and whether
    /// the rounded number is below zero.
    private static func scaled(_ value: Double, decimals: Int, shift: Int) -> (negative: Bool, magnitude: UInt, scale: UInt, places: Int) {
        let decimals = min(max(decimals, 0), 6)
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        var factor = Double(scale)
        for _ in 0..<shift { factor *= 10 }
        let limit = 1e15
        let scaled = min(max((value * factor).rounded(.toNearestOrAwayFromZero), -limit), limit)
        let integer = Int(scaled)
        return (integer < 0, integer.magnitude, UInt(scale), decimals)
    }
}
