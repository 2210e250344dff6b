// Escaping strings that come from data, for HTML and for Markdown that cmark will render.

/// Escaping of text taken from data (country names, notes, sources) before it enters a page.
public enum Escaping {
    /// Text safe inside HTML element content and double- or single-quoted attributes.
    ///
    /// ```swift
    /// Escaping.html("<script>\"x\" & 'y'") // "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;"
    /// ```
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// Text that reads as itself in Markdown: every character with a Markdown or HTML meaning
    /// is backslash-escaped, line breaks become spaces (a value never starts a new block), so
    /// the Markdown file reads well and cmark's HTML shows the text, never markup.
    ///
    /// ```swift
    /// Escaping.markdown("*bold* <b>|x|") // "\\*bold\\* \\<b\\>\\|x\\|"
    /// ```
    public static func markdown(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "|", "<", ">", "&", "~", "\"", "'", "=":
                out += "\\"
                out.unicodeScalars.append(character)
            case "\n", "\r", "\t":
                out += " "
            default:
                out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
