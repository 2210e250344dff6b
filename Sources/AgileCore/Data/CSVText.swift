// Text cells of the CSV files we write: RFC 4180 quoting, and no cell a spreadsheet runs as a formula.

/// How a text cell (a code, a name, a method) of a CSV export of ours is written
/// (`agile score --format csv`, `agile audit … --format csv`, `--export`).
///
/// A spreadsheet that opens a CSV file runs a cell starting with `=`, `+`, `-` or `@` (some also
/// one starting with a tab or a carriage return) as a formula, so a code or a name taken from an
/// input file could make it do what a formula can ("CSV injection"). As OWASP recommends, such a
/// cell gets a single quote in front, inside double quotes: `=HYPERLINK(…)` is written
/// `"'=HYPERLINK(…)"` and shows as the text it is. Only text goes through here: numbers are
/// written as they are, so `-1.5` stays a number.
///
/// ```swift
/// CSVText.cell("=1+2")      // "\"'=1+2\""
/// CSVText.cell("a,b")       // "\"a,b\""
/// CSVText.cell("Physical")  // "Physical"
/// ```
public enum CSVText {
    /// `text` as a CSV cell: neutralised when a spreadsheet would take it for a formula, and in
    /// quotes (quotes doubled) when it holds a comma, a quote, a carriage return or a line feed.
    public static func cell(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return quoted(text) }
        return "\"'" + text.replacingQuotes() + "\""
    }

    /// `text` with RFC 4180 minimal quoting only, as Python's `csv` module writes it: in quotes,
    /// with quotes doubled, when it holds a comma, a quote, a carriage return or a line feed
    /// (looked for scalar by scalar, so a CRLF inside a field counts too). For files that must
    /// be another tool's bytes exactly; it does not neutralise formulas.
    public static func quoted(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingQuotes() + "\""
    }

    /// The first characters that make a spreadsheet read a cell as a formula (OWASP's list).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}

extension String {
    /// The text with every double quote doubled, scalar by scalar.
    fileprivate func replacingQuotes() -> String {
        var out = ""
        for scalar in unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
