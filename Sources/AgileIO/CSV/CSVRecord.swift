// One CSV record as a plain value: its fields and the line it starts on.

/// A record copied out of a ``CSVScanner`` (see ``CSVScanner/record``).
public struct CSVRecord: Hashable, Sendable {
    /// The 1-based line the record starts on.
    public var line: Int
    public var fields: [CSVField]

    public init(line: Int, fields: [CSVField]) {
        self.line = line
        self.fields = fields
    }

    /// The texts of the fields.
    public var texts: [String] { fields.map(\.text) }
}
