// What a command prints around its table: the heading, cautions and reading, in each format.

/// A command's output: lines before the table (`heading`), `cautions`, the ``ResultTable`` and
/// the `reading` after it; rendered as the command prints it in each ``TableFormat``.
///
/// - `table`: the heading and cautions, a blank line when there are cautions, the table (or
///   `text`, a layout of the command's own, such as several blocks), then a blank line and the
///   reading.
/// - `csv`: the table alone; the cautions are for standard error (``standardError(_:)``), as
///   a CSV file has no room for them.
/// - `json`: the table with the heading, cautions and reading as its notes.
public struct TabularOutput: Sendable {
    public var heading: [String]
    public var cautions: [String]
    public var table: ResultTable
    public var reading: [String]
    /// The text to print instead of the aligned table, when the command lays it out otherwise.
    public var text: String?

    public init(heading: [String] = [], cautions: [String] = [], table: ResultTable, reading: [String] = [], text: String? = nil) {
        self.heading = heading
        self.cautions = cautions
        self.table = table
        self.reading = reading
        self.text = text
    }

    /// What goes to standard output in `format`.
    public func standardOutput(_ format: TableFormat) -> String {
        switch format {
        case .table:
            var lines = heading + cautions
            if !cautions.isEmpty { lines.append("") }
            lines.append(text ?? table.text)
            if !reading.isEmpty { lines += [""] + reading }
            return lines.joined(separator: "\n") + "\n"
        case .csv:
            return table.csv
        case .json:
            return table.json(notes: heading + cautions + reading)
        }
    }

    /// What goes to standard error in `format`: the cautions with CSV, each as a `note:` line.
    public func standardError(_ format: TableFormat) -> [String] {
        format == .csv ? cautions.map { "note: \($0)" } : []
    }
}
