// Text made safe to print: the one escaping of everything a message shows that came from input.

/// Escapes what a terminal or a reader cannot see in text the toolkit prints.
///
/// Control characters (C0, DEL, C1) would move the cursor, ring the bell or recolour a terminal
/// (`ESC [31m`); invisible characters (byte-order mark, zero-width space, bidirectional
/// controls, the line and paragraph separators) make two different values look the same. Each
/// is written as a Swift escape instead: `\u{1b}`, `\u{feff}`, `\u{200b}`; line feed, carriage
/// return and tab as `\n`, `\r`, `\t`.
///
/// ```swift
/// Printable.value("USA\u{200B}")        // USA\u{200b}
/// Printable.message("bad \u{1B}[31m\n") // bad \u{1b}[31m + a line break
/// ```
public enum Printable {
    /// A value quoted in a message: everything not shown escaped, `"` as `\"`, on one line, cut
    /// after `limit` characters (Unicode scalars; an escape counts as one) with `…`.
    public static func value(_ text: String, limit: Int = 80) -> String {
        escaped(text, quotes: true, lineBreaks: false, limit: limit)
    }

    /// A name in a message (a file's path, a command-line argument): everything not shown
    /// escaped, on one line, nothing cut.
    public static func name(_ text: String) -> String {
        escaped(text, quotes: false, lineBreaks: false, limit: nil)
    }

    /// A whole message of one or more lines: everything not shown escaped except line feeds
    /// and tabs, which lay the message out.
    public static func message(_ text: String) -> String {
        escaped(text, quotes: false, lineBreaks: true, limit: nil)
    }

    /// The escaping behind ``value(_:limit:)``, ``name(_:)`` and ``message(_:)``.
    /// - Parameters:
    ///   - quotes: whether `"` becomes `\"` (inside a quoted value).
    ///   - lineBreaks: whether line feeds and tabs are kept as they are.
    ///   - limit: the most characters written before `…`; `nil` for all.
    public static func escaped(_ text: String, quotes: Bool, lineBreaks: Bool, limit: Int?) -> String {
        // Plain printable ASCII within the limit, the common case, comes back as it is.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && (!quotes || $0 != 0x22) }),
           limit.map({ text.utf8.count <= $0 }) ?? true {
            return text
        }
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if let limit, count == limit {
                out += "…"
                break
            }
            count += 1
            switch scalar {
            case "\n" where lineBreaks, "\t" where lineBreaks: out.unicodeScalars.append(scalar)
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\"" where quotes: out += "\\\""
            default:
                if isShown(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                }
            }
        }
        return out
    }

    /// Whether a character is printed as itself: not a control character (C0, DEL, C1), not a
    /// format or otherwise invisible character (byte-order mark, zero-width space and joiners,
    /// bidirectional controls, variation selectors), not a line or paragraph separator, not a
    /// private-use, unassigned or non-character code point. Spaces, letters, marks, symbols and
    /// punctuation are shown.
    public static func isShown(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 }
        if value <= 0x9F { return false }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned:
            return false
        default:
            return !properties.isDefaultIgnorableCodePoint && !properties.isNoncharacterCodePoint
        }
    }
}
