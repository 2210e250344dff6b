// Full-precision numbers as plain decimal text: the shortest digits that read back, no exponent.

/// The text of a `Double` for files other programs read back (CSV, JSON, a run's record): the
/// shortest decimal digits that read back as the same `Double` (Swift's own shortest
/// round-trip digits), written out in positional notation, without an exponent, digit grouping
/// or a trailing `.0`.
///
/// ```swift
/// PlainDecimal.text(2.0)        // "2"
/// PlainDecimal.text(0.1 + 0.2)  // "0.30000000000000004"
/// PlainDecimal.text(1e-5)       // "0.00001"    (Swift writes "1e-05")
/// PlainDecimal.text(1.5e16)     // "15000000000000000"
/// PlainDecimal.text(-0.0)       // "0"
/// ```
///
/// A value that is not finite is written as Swift writes it (`nan`, `inf`); callers write
/// missing values their own way before they get here.
public enum PlainDecimal {
    /// `value` as plain decimal text.
    public static func text(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        guard value != 0 else { return "0" }
        var shortest = Substring("\(value.magnitude)")
        var exponent = 0
        if let e = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(shortest[shortest.index(after: e)...]) ?? 0
            shortest = shortest[..<e]
        }
        let parts = shortest.split(separator: ".", omittingEmptySubsequences: false)
        var digits = Array(parts[0] + (parts.count > 1 ? parts[1] : ""))
        // The decimal point stands after `point` digits.
        var point = parts[0].count + exponent
        while digits.count > 1, digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        let text: String
        if point <= 0 {
            text = "0." + String(repeating: "0", count: -point) + String(digits)
        } else if point >= digits.count {
            text = String(digits) + String(repeating: "0", count: point - digits.count)
        } else {
            text = String(digits[..<point]) + "." + String(digits[point...])
        }
        return (value < 0 ? "-" : "") + text
    }
}
