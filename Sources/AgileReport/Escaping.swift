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

    /// Text that reads as itself in Markdown: characters with an inline Markdown or HTML
    /// meaning are backslash-escaped, a leading character that could open a block (heading,
    /// list, quote, ordered list) too, and line breaks become spaces (a value never starts a new
    /// block). Numbers and ordinary punctuation stay as they are, so the Markdown file reads
    /// well, and cmark's HTML shows the text, never markup.
    ///
    /// ```swift
    /// Escaping.markdown("*bold* <b>|x|") // "\\*bold\\* \\<b\\>\\|x\\|"
    /// Escaping.markdown("57.9")          // "57.9"
    /// ```
    public static func markdown(_ text: String) -> String {
        markdown(text, pipe: "\\|")
    }

    /// Stands for a `|` that came from data in Markdown bound for HTML: cmark renders `\\|` as a
    /// plain `|`, which the table conversion would take for a cell border; this private-use
    /// character passes cmark untouched and becomes `&#124;` once the tables are built.
    static let dataPipe: Character = "\u{E000}"

    /// Markdown escaping for the HTML pipeline (see ``dataPipe``).
    static func markdownForHTML(_ text: String) -> String {
        markdown(text, pipe: String(dataPipe))
    }

    private static func markdown(_ text: String, pipe: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (index, character) in scalars.enumerated() {
            let leading = index == 0
            // "1." or "1)" then a space or the end opens an ordered list.
            let listNumber = (character == "." || character == ")") && index > 0
                && scalars[..<index].allSatisfy { ("0"..."9").contains($0) }
                && (index + 1 == scalars.count || scalars[index + 1] == " ")
            switch character {
            case "|":
                out += pipe
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "~":
                out += "\\"
                out.unicodeScalars.append(character)
            case "#", "-", "+", "=":
                // Only a block marker at the start: "# x", "- x", "+ x", or a line of "=".
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                let marker = character == "=" ? scalars.allSatisfy { $0 == "=" } : next == " " || (character == "#" && next == "#")
                if leading && marker { out += "\\" }
                out.unicodeScalars.append(character)
            case "\n", "\r", "\t":
                out += " "
            default:
                if listNumber { out += "\\" }
                out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
