// The formats a command's table is printed in: aligned text, CSV or JSON.

/// How a command prints its table (`--format table|csv|json`); see ``ResultTable``.
public enum TableFormat: String, CaseIterable, Hashable, Sendable {
    /// Aligned columns for reading, with the notes and the reading around them.
    case table
    /// RFC 4180 CSV of the table alone: the numbers the table shows, missing cells empty.
    case csv
    /// A JSON document of the table and its notes, numbers in full precision.
    case json
}
