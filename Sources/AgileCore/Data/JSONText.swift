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
        string(text, insideScript: false)
    }

    /// `text` in double quotes, escaped; `insideScript` also makes it safe inside an HTML
    /// `<script>` element: `<`, `>` and `&` are written `\u003c`, `\u003e`, `\u0026` (so neither
    /// `</script>` nor `<!--` can occur), U+2028 and U+2029 as `\u2028` and `\u2029` (line
    /// terminators in older JavaScript), and every control character, U+007F included, as `\u00XX`.
    ///
    /// ```swift
    /// JSONText.string("</script>", insideScript: true) // "\"\\u003c/script\\u003e\""
    /// ```
    public static func string(_ text: String, insideScript: Bool) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n" where !insideScript: out += "\\n"
            case "\r" where !insideScript: out += "\\r"
            case "\t" where !insideScript: out += "\\t"
            case "\u{08}" where !insideScript: out += "\\b"
            case "\u{0C}" where !insideScript: out += "\\f"
            case "<" where insideScript: out += "\\u003c"
            case ">" where insideScript: out += "\\u003e"
            case "&" where insideScript: out += "\\u0026"
            case "\u{2028}" where insideScript: out += "\\u2028"
            case "\u{2029}" where insideScript: out += "\\u2029"
            default:
                if scalar.value < 0x20 || (insideScript && scalar.value == 0x7F) {
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
