// Reader of the wide CSV format: one row per country and year, one column per indicator.

import AgileCore

/// Reads country data in the wide CSV format:
///
/// ```
/// country,year,I14,I16,I19
/// USA,2023,91.8,3,1
/// DE,2023,,2,1
/// ```
///
/// `country` and `year` are found by name (without case); every other column must be an
/// indicator or denominator code of the framework, checked at the header. An empty cell is
/// skipped (no observation). Countries may be alpha-3 or alpha-2 codes. `#` lines before the
/// header are comments; `# illustrative` marks the file as illustrative data, `# vintage: YYYY-MM-DD` declares the date of its values.
public struct WideCSVReader: ObservationReader {
    /// Record size limits (1 MiB per record, 10,000 fields by default).
    public var limits: CSVLimits
    /// Bytes read from the file at a time.
    public var chunkSize: Int

    /// A reader with the given limits and chunk size.
    public init(limits: CSVLimits = CSVLimits(), chunkSize: Int = 1 << 20) {
        self.limits = limits
        self.chunkSize = chunkSize
    }

    static let expectedHeader = "expected the columns country, year and one column per indicator code"

    /// Reads `file`, checking every row with `check` and passing each observation
    /// to `consume`.
    /// - Throws: ``InputError`` at the first malformed row or bad value; errors of `consume`.
    public func read(
        file: InputFile, check: ObservationCheck, into consume: (Observation) throws -> Void
    ) throws -> ReadSummary {
        let scanner = CSVScanner(file: file, chunkSize: chunkSize, limits: limits, allowsComments: true)
        let header = try CSVHeader.read(from: scanner, expected: Self.expectedHeader)
        try header.checkUnique()
        guard let countryColumn = header.index(of: "country") else { throw header.missing("country", expected: Self.expectedHeader) }
        guard let yearColumn = header.index(of: "year") else { throw header.missing("year", expected: Self.expectedHeader) }
        var codes: [(column: Int, code: String)] = []
        for (index, name) in header.names.enumerated() where index != countryColumn && index != yearColumn {
            let code = try check.indicatorCode(RawField(name, name: "indicator", location: header.locations[index]))
            codes.append((index, code))
        }
        scanner.fieldNames = header.names

        var summary = ReadSummary()
        summary.illustrative = scanner.illustrative
        summary.vintage = scanner.vintage
        let names = header.names
        while try scanner.nextRow() {
            try header.checkWidth(of: scanner)
            let country = try check.country(scanner.rawField(countryColumn, name: names[countryColumn]))
            let year = try check.year(scanner.rawField(yearColumn, name: names[yearColumn]))
            for (column, code) in codes {
                if scanner.isEmpty(column) {
                    summary.skippedMissing += 1
                    continue
                }
                let field = scanner.rawField(column, name: code)
                let value = try check.value(field, indicator: code)
                try consume(Observation(country: country, indicator: code, year: year, value: value, provenance: field.location))
                summary.observations += 1
            }
        }
        return summary
    }
}
