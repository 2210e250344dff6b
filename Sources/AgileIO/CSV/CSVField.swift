// One field of a CSV record as a plain value: its text and where it starts.

import AgileCore

/// A field copied out of a ``CSVScanner``, for callers that keep records around (tests, small
/// files). Readers that stream large files use the scanner's accessors instead.
public struct CSVField: Hashable, Sendable, CustomStringConvertible {
    /// The field's text, quotes removed and doubled quotes undone.
    public var text: String
    /// The 1-based line the field starts on.
    public var line: Int
    /// The 1-based column the field starts at (its opening quote, if quoted), counted in
    /// characters (Unicode scalars) from the start of the line.
    public var column: Int
    /// Whether the field was written in quotes.
    public var quoted: Bool

    public init(text: String, line: Int, column: Int, quoted: Bool = false) {
        self.text = text
        self.line = line
        self.column = column
        self.quoted = quoted
    }

    public var description: String { "\(line):\(column) \"\(InputError.printable(text))\"" }
}
