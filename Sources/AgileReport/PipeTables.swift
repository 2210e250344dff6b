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
            if let table = table(from: String(inner)) {
                out += table
            } else {
                out += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        out += rest
        return out.replacingBytes(String(Escaping.dataPipe), with: "&#124;")
    }

    private static func cells(_ line: Substring) -> [String] {
        var text = line.trimmingCharacters(" ")
        if text.hasPrefix("|") { text.removeFirst() }
        if text.hasSuffix("|") { text.removeLast() }
        return text.split(separator: "|", omittingEmptySubsequences: false).map { String($0.trimmingCharacters(" ")) }
    }

    private static func table(from paragraph: String) -> String? {
        let lines = paragraph.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.count >= 2 else { return nil }
        let header = cells(lines[0])
        let delimiters = cells(lines[1])
        guard delimiters.count == header.count,
              delimiters.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" } && $0.contains("-") }) else {
            return nil
        }
        let alignments = delimiters.map { $0.hasSuffix(":") ? " style=\"text-align: right\"" : "" }
        var html = "<table>\n<thead>\n<tr>"
        for (index, cell) in header.enumerated() { html += "<th\(alignments[index])>\(cell)</th>" }
        html += "</tr>\n</thead>\n<tbody>\n"
        for line in lines.dropFirst(2) {
            var row = cells(line)
            if row.count < header.count { row += Array(repeating: "", count: header.count - row.count) }
            html += "<tr>"
            for index in header.indices { html += "<td\(alignments[index])>\(row[index])</td>" }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>"
    }
}

extension Substring {
    func trimmingCharacters(_ character: Character) -> Substring {
        var text = self
        while text.first == character { text.removeFirst() }
        while text.last == character { text.removeLast() }
        return text
    }
}
