// Python's repr() of a float: the shortest round-trip digits, in Python's layout.

/// Writes a `Double` as Python 3's `repr(float)` (and so `str`, `csv` and `json.dump`) does.
///
/// The digits are the shortest that read back as the same double (Swift's `description` finds
/// the same ones); the layout is Python's: positional with at least one fraction digit (`50.0`,
/// `0.3333`) when the decimal exponent is from -4 to 15, otherwise scientific with a signed
/// two-digit exponent at least (`1e-05`, `1.5e-05`, `1e+16`).
///
/// ```swift
/// PythonFloatRepr.string(50)      // "50.0"
/// PythonFloatRepr.string(0.00001) // "1e-05"
/// ```
public enum PythonFloatRepr {
    /// The text Python prints for `value`.
    public static func string(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let sign = value.sign == .minus ? "-" : ""
        if value == 0 { return sign + "0.0" }
        let (digits, exponent) = shortestDigits(abs(value))
        if exponent < -4 || exponent >= 16 {
            var mantissa = String(digits.first!)
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            let magnitude = abs(exponent)
            let exponentText = (magnitude < 10 ? "0" : "") + String(magnitude)
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exponentText
        }
        if exponent < 0 {
            return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
        }
        let integerCount = exponent + 1
        if digits.count <= integerCount {
            return sign + digits + String(repeating: "0", count: integerCount - digits.count) + ".0"
        }
        return sign + digits.prefix(integerCount) + "." + digits.dropFirst(integerCount)
    }

    /// The shortest round-trip significant digits of a positive finite `value` (no leading or
    /// trailing zeros) and the decimal exponent of the first one: 0.0325 → ("325", -2).
    static func shortestDigits(_ value: Double) -> (digits: String, exponent: Int) {
        let text = value.description  // "0.0325", "1e-05", "1.5e+16", "123.0"
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...].replacingPlus())!
        }
        let point = mantissa.firstIndex(of: ".")
        let integerPart = point.map { mantissa[..<$0] } ?? mantissa
        let fractionPart = point.map { mantissa[mantissa.index(after: $0)...] } ?? ""
        var all = Array(integerPart + fractionPart)
        // The position of the decimal point within `all` is integerPart.count.
        var pointPosition = integerPart.count
        while all.first == "0" {
            all.removeFirst()
            pointPosition -= 1
        }
        while all.last == "0" { all.removeLast() }
        return (String(all), exponent + pointPosition - 1)
    }
}

extension Substring {
    /// The text without a leading `+` (Int(_:) accepts one, but be explicit).
    fileprivate func replacingPlus() -> Substring { hasPrefix("+") ? dropFirst() : self }
}
