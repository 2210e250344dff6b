// Text as a JSON string literal (RFC 8259): quotes, backslashes and control characters escaped.

/// JSON string literals for the JSON we write (tables, weights files, VESTA's scores).
///
/// ```swift
/// JSONText.string("a \"b\"\n")   // "\"a \\\"b\\\"\\n\""
/// JSONText.string("Côte d’Ivoire") // written as it is, UTF-8
/// ```
///
/// `"` and `\` are escaped, and every control character below U+0020 (`\n`, `\r`, `\t`, `\b`,
/// `\f`, else `\u00XX`); everything else is written as it is (as Python's `json` does with
/// `ensure_ascii=False`).
public enum JSONText {
    /// `text` in double quotes, escaped.
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
