// The header row of a CSV table: column names, their positions, and checks on rows' widths.

import AgileCore

/// The header row of a CSV table as read from a ``CSVScanner``.
///
/// ```swift
/// let header = try CSVHeader.read(from: scanner, expected: "expected the header country,indicator,year,value")
/// header.index(of: "Year") // 2 (names compare without case and surrounding spaces)
/// ```
public struct CSVHeader: Sendable {
    /// The file the header belongs to.
    public let file: String
    /// The 1-based line of the header.
    public let line: Int
    /// Column names as written, without surrounding spaces and tabs.
    public let names: [String]
    /// Where each column's name stands.
    public let locations: [Provenance]

    /// The header made of the scanner's current record.
    public init(scanner: CSVScanner) {
        file = scanner.path
        line = scanner.line
        names = (0..<scanner.fieldCount).map { String(Substring(scanner.string($0)).trimmingSpaces()) }
        locations = (0..<scanner.fieldCount).map { scanner.location($0) }
    }

    /// Skips blank lines and comments, and reads the first record as the header.
    /// - Parameter expected: what the header should look like, for the error on an empty file.
    public static func read(from scanner: CSVScanner, expected: String) throws(InputError) -> CSVHeader {
        repeat {
            guard try scanner.nextRecord() else {
                throw InputError(.structure, Provenance(file: scanner.path, line: 1), problem: "the file has no header", expected: expected)
            }
        } while scanner.isBlank
        return CSVHeader(scanner: scanner)
    }

    /// The number of columns.
    public var count: Int { names.count }

    /// The position of the column named `name`, compared without case.
    public func index(of name: String) -> Int? {
        let key = Self.key(name)
        return names.firstIndex { Self.key($0) == key }
    }

    /// The form names are compared in: lower case.
    public static func key(_ name: String) -> String { name.lowercased() }

    /// Throws when the scanner's current record does not have one field per column.
    public func checkWidth(of scanner: CSVScanner) throws(InputError) {
        guard scanner.fieldCount != count else { return }
        let fields = scanner.fieldCount == 1 ? "1 field" : "\(scanner.fieldCount) fields"
        throw InputError(
            .structure, Provenance(file: file, line: scanner.line), problem: "the row has \(fields)",
            expected: "expected \(count), one per column of the header on line \(line)")
    }

    /// Throws at the second occurrence of a column name (compared without case).
    public func checkUnique() throws(InputError) {
        var first: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            if let earlier = first[Self.key(name)] {
                throw InputError(
                    .duplicate, locations[index], value: name, problem: "is a duplicated column",
                    expected: "expected each column once; it is already column \(earlier + 1) of the header")
            }
            first[Self.key(name)] = index
        }
    }

    /// Checks a header that must hold exactly `columns` (in any order, each once) and returns
    /// their positions, in the order of `columns`.
    /// - Parameters:
    ///   - format: what the file is, for the error on an unknown column (`the model registry`).
    ///   - expected: what the header should look like.
    public func positions(of columns: [String], in format: String, expected: String) throws(InputError) -> [Int] {
        for (index, name) in names.enumerated() where !columns.contains(Self.key(name)) {
            throw InputError(.structure, locations[index], value: name, problem: "is not a column of \(format)", expected: expected)
        }
        try checkUnique()
        var positions: [Int] = []
        for column in columns {
            guard let index = index(of: column) else { throw missing(column, expected: expected) }
            positions.append(index)
        }
        return positions
    }

    /// The error for a required column the header lacks.
    public func missing(_ column: String, expected: String) -> InputError {
        InputError(.structure, Provenance(file: file, line: line), problem: "the header has no column '\(column)'", expected: expected)
    }
}
