// Escaping strings that come from data, for HTML and for Markdown that cmark will render.

/// Escaping of text taken from data (country names, notes, sources) before it enters a page.
public enum Escaping {
    /// Text safe inside HTML or XML (SVG) element content and double- or single-quoted
    /// attributes. The five markup characters become entities; characters that XML does not
    /// allow or that a terminal would act on (see ``isDisallowed(_:)``) become U+FFFD, so a
    /// stray control character from data can neither break an SVG nor reach a reader's screen.
    ///
    /// ```swift
    /// Escaping.html("<script>\"x\" & 'y'") // "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;"
    /// Escaping.html("a\u{1B}[31mb")         // "a\u{FFFD}[31mb"
    /// ```
    public static func html(_ text: String) -> String {
        // Most texts (numbers, codes, plain words) are printable ASCII with nothing to escape.
        let plain = text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte < 0x7F && byte != 0x26 && byte != 0x3C && byte != 0x3E && byte != 0x22 && byte != 0x27
        }
        if plain { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if isDisallowed(character) {
                    out.unicodeScalars.append(replacement)
                } else {
                    out.unicodeScalars.append(character)
                }
            }
        }
        return out
    }

    /// The character that stands for a disallowed one.
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// The control-character policy of every page: C0 controls other than tab, line feed and
    /// carriage return, DEL, the C1 controls (U+0080–U+009F) and the non-characters U+FFFE and
    /// U+FFFF are never written.
    static func isDisallowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
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
        isPlainMarkdown(text) ? text : escapedMarkdown(text, pipe: pipe)
    }

    /// The escaping itself, character by character (``markdown(_:)`` skips it for plain text).
    static func escapedMarkdown(_ text: String, pipe: String) -> String {
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
                if isDisallowed(character) {
                    out.unicodeScalars.append(replacement)
                    continue
                }
                if listNumber { out += "\\" }
                out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// Whether ``markdown(_:)`` leaves `text` as it is, decided on its bytes without copying it
    /// (most values are numbers, codes and plain words): no character with an inline meaning, no
    /// block marker at the start, no ordered-list number ("1." or "1)" then a space or the end),
    /// no line break, tab or disallowed character.
    static func isPlainMarkdown(_ text: String) -> Bool {
        let bytes = text.utf8
        var digitsOnly = true
        var nonASCII = false
        var index = bytes.startIndex
        var position = 0
        while index != bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            switch byte {
            case 0x30...0x39:
                break
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                // An ordered-list number: digits, then the marker, then a space or the end.
                if position > 0 && digitsOnly && (next == bytes.endIndex || bytes[next] == UInt8(ascii: " ")) { return false }
            case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
                if position == 0 { return false }
            case UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                 UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "~"):
                return false
            case 0x00..<0x20, 0x7F:
                return false
            case 0x80...:
                nonASCII = true
            default:
                break
            }
            if byte < 0x30 || byte > 0x39 { digitsOnly = false }
            index = next
            position += 1
        }
        return !nonASCII || !text.unicodeScalars.contains(where: isDisallowed)
    }
}
