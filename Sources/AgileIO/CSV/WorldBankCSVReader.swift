// Reader of the World Bank bulk-download CSV (API_<code>_DS2_….csv): one row per country, one column per year.

import AgileCore

/// Reads a World Bank bulk download such as `API_IT.NET.USER.ZS_DS2_en_csv_v2_1234.csv`:
///
/// ```
/// "Data Source","World Development Indicators",
///
/// "Last Updated Date","2024-06-28",
///
/// "Country Name","Country Code","Indicator Name","Indicator Code","1960",…,"2023",
/// "Germany","DEU","Individuals using the Internet (% of population)","IT.NET.USER.ZS","",…,"92.5",
/// ```
///
/// Lines before the `"Country Name"` header are skipped, but for `"Last Updated Date"`, whose
/// date (YYYY-MM-DD) is the vintage of the file's values; every line ends with a comma, so the
/// last field is empty. The Indicator Code is mapped to the framework through its `worldbank`
/// source codes; an unmapped code is an error. Rows of aggregates (World, income groups, …) are
/// skipped and counted; country codes that are neither ISO 3166-1 nor aggregates (World Bank
/// specials such as `XKX` Kosovo, `CHI` Channel Islands) are skipped with a warning. Each
/// non-empty cell becomes an observation with the year of its column and the source
/// `World Bank <Indicator Code>`.
public struct WorldBankCSVReader: ObservationReader {
    /// The source-code system the framework maps World Bank codes in.
    public static let system = "worldbank"
    /// The first four columns of the header.
    public static let leadingColumns = ["Country Name", "Country Code", "Indicator Name", "Indicator Code"]
    /// The preamble line that dates the download: the vintage of its values.
    public static let lastUpdated = "Last Updated Date"

    /// Record size limits (1 MiB per record, 10,000 fields by default).
    public var limits: CSVLimits
    /// Bytes read from the file at a time.
    public var chunkSize: Int

    /// A reader with the given limits and chunk size.
    public init(limits: CSVLimits = CSVLimits(), chunkSize: Int = 1 << 20) {
        self.limits = limits
        self.chunkSize = chunkSize
    }

    static let expectedHeader = "expected a World Bank download with the header \"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"1960\",…"

    /// Reads `file`, checking every row with `check` and passing each observation
    /// to `consume`.
    /// - Throws: ``InputError`` at the first malformed row or bad value; errors of `consume`.
    public func read(
        file: InputFile, check: ObservationCheck, into consume: (Observation) throws -> Void
    ) throws -> ReadSummary {
        let scanner = CSVScanner(file: file, chunkSize: chunkSize, limits: limits)
        // Skip the preamble up to the header, reading its "Last Updated Date".
        var found = false
        var vintage: CalendarDate?
        while try scanner.nextRecord() {
            let first = Substring(scanner.string(0)).trimmingSpaces()
            if scanner.fieldCount >= 4, first == "Country Name" {
                found = true
                break
            }
            if first == Self.lastUpdated, vintage == nil {
                let text = scanner.fieldCount > 1 ? String(Substring(scanner.string(1)).trimmingSpaces()) : ""
                let location = scanner.fieldCount > 1 ? scanner.location(1) : scanner.location(0)
                vintage = try DeclaredVintage.date(text, field: Self.lastUpdated, at: location)
            }
        }
        guard found else {
            throw InputError(.structure, Provenance(file: file.path, line: 1), problem: "the file has no \"Country Name\" header", expected: Self.expectedHeader)
        }
        let header = CSVHeader(scanner: scanner)
        for (index, name) in Self.leadingColumns.enumerated() where header.names[index] != name {
            throw InputError(
                .structure, header.locations[index], value: header.names[index], problem: "is not the expected column",
                expected: "expected \"\(name)\" as column \(index + 1) of a World Bank download")
        }
        var years: [(column: Int, year: Int)] = []
        var firstEmpty: Int?
        for index in Self.leadingColumns.count..<header.count {
            if header.names[index].isEmpty {
                if firstEmpty == nil { firstEmpty = index }
                continue
            }
            if let firstEmpty {
                throw InputError(
                    .structure, header.locations[firstEmpty], field: "year", value: "", problem: "is an empty column before the last year",
                    expected: "expected a year in every column after \"Indicator Code\"; only the last column may be empty")
            }
            let field = RawField(header.names[index], name: "year", location: header.locations[index])
            years.append((index, try check.year(field)))
        }
        scanner.fieldNames = header.names

        var summary = ReadSummary()
        summary.vintage = vintage
        var mapped: (sourceCode: String, code: String)?
        var warned: Set<String> = []
        while try scanner.nextRow() {
            try header.checkWidth(of: scanner)
            let sourceCode = String(Substring(scanner.string(3)).trimmingSpaces())
            let code: String
            if let mapped, mapped.sourceCode == sourceCode {
                code = mapped.code
            } else {
                guard let found = check.framework.code(forSourceCode: sourceCode, system: Self.system) else {
                    throw InputError(
                        .unknownCode, scanner.location(3), field: "Indicator Code", value: sourceCode,
                        problem: "is not mapped to an indicator of framework '\(check.framework.id)'",
                        expected: "expected a registry mapping <code system=\"\(Self.system)\">\(sourceCode)</code> on the indicator or denominator it measures")
                }
                code = found
                mapped = (sourceCode, found)
            }
            let countryCode = String(Substring(scanner.string(1)).trimmingSpaces())
            if WorldBankAggregates.contains(countryCode) {
                summary.skippedAggregates[countryCode, default: 0] += 1
                continue
            }
            guard let country = check.countries[alpha3: countryCode] else {
                if countryCode.isEmpty {
                    _ = try check.country(scanner.rawField(1, name: "Country Code"))
                }
                if warned.insert(countryCode).inserted {
                    summary.warnings.append(
                        "\(scanner.location(1)): skipped \"\(InputError.printable(countryCode))\" (\(InputError.printable(scanner.string(0)))): "
                            + "a World Bank code that is neither an ISO 3166-1 country nor an aggregate")
                }
                continue
            }
            let source = "World Bank \(sourceCode)"
            for (column, year) in years {
                if scanner.isEmpty(column) {
                    summary.skippedMissing += 1
                    continue
                }
                let field = scanner.rawField(column, name: header.names[column])
                let value = try check.value(field, indicator: code)
                try consume(Observation(
                    country: country.alpha3, indicator: code, year: year, value: value, source: source,
                    provenance: field.location))
                summary.observations += 1
            }
        }
        return summary
    }
}
