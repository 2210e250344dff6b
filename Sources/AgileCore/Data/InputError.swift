// The one error type for bad input: it says where, which field, what value and what was expected.

/// An error in an input file, reported the way a compiler reports one.
///
/// ```
/// Data/sample.csv:12:17: field 'value': "abc" is not a number (indicator I14 expects a percent 0–100)
/// ```
///
/// Its ``kind`` says what sort of problem it is (``Kind/notANumber`` here), for callers and tests
/// to match on; the message is for people. Only bad input is an `InputError`: a store that cannot
/// be used is a `StoreError`, an output that cannot be written an `OutputError` or a
/// `SiteFolderError` (AgileIO).
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What sort of problem this is.
    public var kind: Kind
    /// Where the problem is.
    public var location: Provenance
    /// The field (column name, attribute or element) that holds the bad value, if any.
    public var field: String?
    /// The offending value as it was read, if any.
    public var value: String?
    /// What is wrong, e.g. `is not a number`.
    public var problem: String
    /// What was expected, e.g. `indicator I14 expects a percent 0–100`.
    public var expected: String?

    public init(
        _ kind: Kind, _ location: Provenance, field: String? = nil, value: String? = nil,
        problem: String, expected: String? = nil
    ) {
        self.kind = kind
        self.location = location
        self.field = field
        self.value = value
        self.problem = problem
        self.expected = expected
    }

    public var description: String {
        var text = "\(location): "
        if let field { text += "field '\(field)': " }
        if let value { text += "\"\(InputError.printable(value))\" " }
        text += problem
        if let expected { text += " (\(expected))" }
        return text
    }

    /// A value made safe to print on one line: control and invisible characters escaped, long
    /// values cut (see ``Printable/value(_:limit:)``).
    public static func printable(_ value: String, limit: Int = 80) -> String {
        Printable.value(value, limit: limit)
    }
}
