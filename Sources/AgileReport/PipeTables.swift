// Pipe tables for cmark's HTML: plain CommonMark (libcmark) has no tables, so the paragraphs
// that are pipe tables become <table> elements after rendering.

/// Turns paragraphs of cmark's HTML that hold a pipe table into HTML tables.
///
/// A table is a paragraph whose first line starts with `|` and whose second line is a
/// delimiter row (`|---|---:|`); `:` on the right aligns a column right. Cell content is the
/// inline HTML cmark already made (escaped text, emphasis, links). A `|` that came from data
/// is ``Escaping/dataPipe`` at this point, so it never splits a cell; it becomes `&#124;`.
enum PipeTables {
    static func convert(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstRange(ofBytes: "<p>|") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstRange(ofBytes: "</p>") else { break }
            let inner = rest[rest.index(open.lowerBound, offsetBy: 3)..<close.lowerBound]
            if let table = table(from: inner) {
                out += table
            } else {
                out += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        out += rest
        return out.replacingBytes(String(Escaping.dataPipe), with: "&#124;")
    }

    /// The cells of a table line, split on `|` and trimmed of spaces, on bytes (the delimiters
    /// are ASCII; splitting by `Character` costs more than the rest of the page).
    private static func cells(_ line: Substring.UTF8View) -> [Substring] {
        let bar = UInt8(ascii: "|")
        var text = trimmed(line)
        if text.first == bar { text = text.dropFirst() }
        if text.last == bar { text = text.dropLast() }
        return text.split(separator: bar, omittingEmptySubsequences: false).map { Substring(trimmed($0)) }
    }

    private static func trimmed(_ bytes: Substring.UTF8View) -> Substring.UTF8View {
        let space = UInt8(ascii: " ")
        var text = bytes
        while text.first == space { text = text.dropFirst() }
        while text.last == space { text = text.dropLast() }
        return text
    }

    private static func table(from paragraph: Substring) -> String? {
        let lines = paragraph.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        guard lines.count >= 2 else { return nil }
        let header = cells(lines[0])
        let delimiters = cells(lines[1])
        guard delimiters.count == header.count,
              delimiters.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") } && $0.utf8.contains(UInt8(ascii: "-")) }) else {
            return nil
        }
        let alignments = delimiters.map { $0.utf8.last == UInt8(ascii: ":") ? " style=\"text-align: right\"" : "" }
        var html = "<table>\n<thead>\n<tr>"
        html.reserveCapacity(paragraph.utf8.count * 2)
        for (index, cell) in header.enumerated() {
            html += "<th"
            html += alignments[index]
            html += ">"
            html += cell
            html += "</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for line in lines.dropFirst(2) {
            let row = cells(line)
            html += "<tr>"
            for index in header.indices {
                html += "<td"
                html += alignments[index]
                html += ">"
                if index < row.count { html += row[index] }
                html += "</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>"
    }
}
