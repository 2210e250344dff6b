// Whole numbers with their digits grouped by three, for limits in messages (`1,000,000,000`).

/// A whole number written with its digits in groups of three.
///
/// ```swift
/// DigitGroups.text(1_000_000_000)          // "1,000,000,000"
/// DigitGroups.text(-12345, separator: " ")  // "-12 345"
/// ```
public enum DigitGroups {
    public static func text<Number: BinaryInteger>(_ value: Number, separator: String = ",") -> String {
        let digits = String(value.magnitude)
        var out = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += separator }
            out.append(digit)
        }
        return out
    }
}
