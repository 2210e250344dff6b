// How the toolkit writes one CSV field: RFC 4180 minimal quoting, as Python's csv module does.

/// Writing side of the CSV formats.
enum CSVQuoting {
    /// `text` as a CSV field: in quotes, with quotes doubled, when it holds a comma, a quote, a
    /// carriage return or a line feed (looked for scalar by scalar, so a CRLF inside a field
    /// counts too); as it is otherwise.
    static func field(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }
}
