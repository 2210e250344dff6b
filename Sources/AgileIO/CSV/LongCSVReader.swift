// Reader of the long CSV format: one observation per row (country, indicator, year, value).

import AgileCore

/// Reads country data in the long CSV format:
///
/// ```
/// # illustrative: made-up values
/// country,indicator,year,value,source,note
/// USA,I14,2023,91.8,ITU,
/// DE,I14,2023,,ITU,not yet published
/// ```
///
/// Columns are found by name in any order (without case, surrounding spaces ignored);
/// `country`, `indicator`, `year` and `value` are required, `source` and `note` optional, and any
/// other column is an error. An empty value is an explicitly missing value (`value` nil).
/// Countries may be alpha-3 or alpha-2 codes. `#` lines before the header are comments;
/// `# illustrative` marks the file as illustrative data, `# vintage: YYYY-MM-DD` declares the date of its values. Blank lines may end the file.
public struct LongCSVReader: ObservationReader {
    /// The columns every long file has.
    public static let requiredColumns = ["country", "indicator", "year", "value"]
    /// The columns a long file may add.
    public static let optionalColumns = ["source", "note"]

    /// Record size limits (1 MiB per record, 10,000 fields by default).
    public var limits: CSVLimits
    /// Bytes read from the file at a time.
    public var chunkSize: Int

    /// A reader with the given limits and chunk size.
    public init(limits: CSVLimits = CSVLimits(), chunkSize: Int = 1 << 20) {
        self.limits = limits
        self.chunkSize = chunkSize
    }

    static let expectedHeader = "expected the columns country, indicator, year, value and optionally source, note"

    /// Reads `file`, checking every row with `check` and passing each observation
    /// to `consume`.
    /// - Throws: ``InputError`` at the first malformed row or bad value; errors of `consume`.
    public func read(
        file: InputFile, check: ObservationCheck, into consume: (Observation) throws -> Void
    ) throws -> ReadSummary {
        let scanner = CSVScanner(file: file, chunkSize: chunkSize, limits: limits, allowsComments: true)
        let header = try CSVHeader.read(from: scanner, expected: Self.expectedHeader)
        for (index, name) in header.names.enumerated() {
            let key = CSVHeader.key(name)
            if !Self.requiredColumns.contains(key), !Self.optionalColumns.contains(key) {
                throw InputError(
                    .structure, header.locations[index], value: name, problem: "is not a column of the long CSV format",
                    expected: Self.expectedHeader)
            }
        }
        try header.checkUnique()
        var required: [Int] = []
        for column in Self.requiredColumns {
            guard let index = header.index(of: column) else { throw header.missing(column, expected: Self.expectedHeader) }
            required.append(index)
        }
        let (countryColumn, indicatorColumn, yearColumn, valueColumn) = (required[0], required[1], required[2], required[3])
        let sourceColumn = header.index(of: "source")
        let noteColumn = header.index(of: "note")
        scanner.fieldNames = header.names

        var summary = ReadSummary()
        summary.illustrative = scanner.illustrative
        summary.vintage = scanner.vintage
        let names = header.names
        // Rows go through the byte-level checks; a row they do not accept is checked again field
        // by field, which gives the result or the precise error.
        var fast = ObservationByteCheck(check)
        var sources = RecentString(), notes = RecentString()
        while try scanner.nextRow() {
            try header.checkWidth(of: scanner)
            let source = sourceColumn.map { sources.string(scanner.bytes($0).trimmingSpaces()) } ?? ""
            let note = noteColumn.map { notes.string(scanner.bytes($0).trimmingSpaces()) } ?? ""
            let passed = try fast.country(scanner.bytes(countryColumn)).map { country in
                try fast.observation(
                    country: country, indicator: scanner.bytes(indicatorColumn), year: scanner.bytes(yearColumn),
                    value: scanner.bytes(valueColumn), source: source, note: note, provenance: scanner.location(valueColumn),
                    into: consume)
            } ?? false
            if !passed {
                try consume(try check.observation(
                    country: scanner.rawField(countryColumn, name: names[countryColumn]),
                    indicator: scanner.rawField(indicatorColumn, name: names[indicatorColumn]),
                    year: scanner.rawField(yearColumn, name: names[yearColumn]),
                    value: scanner.rawField(valueColumn, name: names[valueColumn]),
                    source: source, note: note))
            }
            summary.observations += 1
        }
        return summary
    }
}
