// Where a value came from: the file, line and column it was read at.

/// The place in an input file that a value, a node or an error refers to.
///
/// Lines and columns count from 1; a column of 0 means "the whole line", a line of 0 "the
/// whole file".
///
/// ```swift
/// let here = Provenance(file: "Data/sample.csv", line: 12, column: 5)
/// print(here) // Data/sample.csv:12:5
/// ```
public struct Provenance: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, or 0 when the place is a whole line.
    public var column: Int

    public init(file: String, line: Int, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, `file:line`, or just `file` when the place is the whole file (line 0);
    /// a file name with control or invisible characters is shown escaped (``Printable/name(_:)``).
    public var description: String {
        let file = Printable.name(self.file)
        if line <= 0 { return file }
        return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }
}
