// Reader of COINr's iData table: one row per unit (and Time), one column per indicator.

import AgileCore

/// Reads a COINr `iData` table:
///
/// ```
/// "uName","uCode","GDP_group","EurAsia_group","Time","Area","LPI","Flights",…
/// "Austria","AUT","L","Europe",2018,83871,4.0979850000000004,29.017250000000001,…
/// ```
///
/// `uCode` (an ISO 3166-1 code) is required; `uName` and `Time` are optional, as in COINr, and
/// without a `Time` column every value takes the reader's fixed ``year`` (one time point).
/// Columns are found by name, in any order. `NA` or an empty cell is a missing value: it is
/// skipped and counted in ``ReadSummary/skippedMissing``.
///
/// With the iMeta table (``init(meta:year:limits:chunkSize:)``), the columns follow COINr's
/// `new_coin`: every column but `uCode`, `uName` and `Time` is a code of iMeta (an indicator, a
/// denominator, a group or an `Other` column, which holds no data), none is an aggregate, and
/// every code of iMeta but the aggregates is a column. Without it, columns named like COINr
/// group columns (`…_group`) or listed in ``groupColumns`` / ``otherColumns`` hold no data and
/// every other column must be an indicator or denominator code of the framework.
public struct COINrDataReader: ObservationReader {
    /// The year of every value when the table has no `Time` column.
    public var year: Int?
    /// Columns that group units (COINr `Group` rows of iMeta).
    public var groupColumns: Set<String>
    /// Columns that hold neither data nor groups (COINr `Other` rows of iMeta).
    public var otherColumns: Set<String>
    /// The iMeta table the columns are checked against, as COINr checks them.
    public var meta: COINrMeta?
    /// Record size limits (1 MiB per record, 10,000 fields by default).
    public var limits: CSVLimits
    /// Bytes read from the file at a time.
    public var chunkSize: Int

    /// COINr's marker of a missing value.
    public static let missingMarker = "NA"

    /// A reader with a fixed year (used when the table has no `Time` column) and the columns
    /// that hold no data.
    public init(
        year: Int? = nil, groupColumns: Set<String> = [], otherColumns: Set<String> = [],
        limits: CSVLimits = CSVLimits(), chunkSize: Int = 1 << 20
    ) {
        self.year = year
        self.groupColumns = groupColumns
        self.otherColumns = otherColumns
        self.limits = limits
        self.chunkSize = chunkSize
    }

    /// A reader that checks the columns against an iMeta table, as COINr's `new_coin` does.
    public init(meta: COINrMeta, year: Int? = nil, limits: CSVLimits = CSVLimits(), chunkSize: Int = 1 << 20) {
        self.init(
            year: year, groupColumns: Set(meta.groupColumns), otherColumns: Set(meta.otherColumns),
            limits: limits, chunkSize: chunkSize)
        self.meta = meta
    }

    static let expectedHeader = "expected the iData columns uName, uCode, group columns, Time and one column per indicator or denominator"

    /// Where the columns of a table stand.
    private struct Layout {
        var code: Int
        var time: Int?
        var name: Int?
        var groups: [Int] = []
        var data: [(column: Int, code: String)] = []
    }

    /// Sorts the header's columns; with an iMeta table, by COINr's rules (``layout(of:meta:)``);
    /// else, with a framework, a column that is not data, group or other is an error.
    private func layout(of header: CSVHeader, framework: Framework?) throws(InputError) -> Layout {
        try header.checkUnique()
        guard let code = header.index(of: "uCode") else { throw header.missing("uCode", expected: Self.expectedHeader) }
        var layout = Layout(code: code, time: header.index(of: "Time"), name: header.index(of: "uName"))
        if let meta { return try self.layout(layout, of: header, meta: meta) }
        let dataCodes = framework?.dataCodes ?? []
        for (index, name) in header.names.enumerated() where index != layout.code && index != layout.time && index != layout.name {
            if groupColumns.contains(name) || name.hasSuffix("_group") {
                layout.groups.append(index)
            } else if otherColumns.contains(name) {
                continue
            } else if dataCodes.contains(name) {
                layout.data.append((index, name))
            } else if let framework {
                throw InputError(
                    .structure, header.locations[index], value: name, problem: "is not a column of this iData table",
                    expected: "expected uName, uCode, Time, a group column (…_group) or an indicator or denominator of framework '\(framework.id)'")
            }
        }
        return layout
    }

    /// COINr's checks of iData's columns against iMeta (`new_coin`, COINr 1.1): each column is
    /// a code of iMeta and not an aggregate, and each code of iMeta but the aggregates is a
    /// column. COINr's own error is quoted in ours.
    private func layout(_ start: Layout, of header: CSVHeader, meta: COINrMeta) throws(InputError) -> Layout {
        var layout = start
        let framework = meta.framework
        let dataCodes = framework.dataCodes
        let declared = "uCode, uName, Time or a code of the iMeta table (an Indicator, Denominator, Group or Other row)"
        for (index, name) in header.names.enumerated() where index != layout.code && index != layout.time && index != layout.name {
            if groupColumns.contains(name) {
                layout.groups.append(index)
            } else if otherColumns.contains(name) {
                continue
            } else if dataCodes.contains(name) {
                layout.data.append((index, name))
            } else if framework.aggregate(name) != nil {
                throw InputError(
                    .structure, header.locations[index], value: name, problem: "is an Aggregate of the iMeta table, not a column of iData",
                    expected: "expected \(declared); COINr computes aggregates and refuses them in iData: \"You have included columns specified as aggregates in your iData.\"")
            } else {
                throw InputError(
                    .unknownCode, header.locations[index], value: name, problem: "is not a code of the iMeta table",
                    expected: "expected \(declared); COINr refuses it too: \"Column names from iData not found in iMeta (excluding special columns).\"")
            }
        }
        let codes = framework.indicators.map(\.id) + framework.denominators.map(\.id) + meta.groupColumns + meta.otherColumns
        for code in codes where header.index(of: code) == nil {
            throw InputError(
                .structure, Provenance(file: header.file, line: header.line), problem: "the table has no column '\(code)', which the iMeta table declares",
                expected: "expected a column for every Indicator, Denominator, Group and Other row of iMeta; COINr refuses it too: \"Entries in iMeta$iCode not found in colnames(iData).\"")
        }
        return layout
    }

    /// Reads `file`, checking every value with `check` and passing each observation to
    /// `consume`; `NA` and empty cells are skipped.
    /// - Throws: ``InputError`` at the first malformed row or bad value; errors of `consume`.
    public func read(
        file: InputFile, check: ObservationCheck, into consume: (Observation) throws -> Void
    ) throws -> ReadSummary {
        let scanner = CSVScanner(file: file, chunkSize: chunkSize, limits: limits)
        let header = try CSVHeader.read(from: scanner, expected: Self.expectedHeader)
        let layout = try layout(of: header, framework: check.framework)
        if layout.time == nil, year == nil {
            throw InputError(
                .structure, Provenance(file: file.path, line: header.line), problem: "the table has no column 'Time'",
                expected: "expected a Time column, or a year given to the reader")
        }
        scanner.fieldNames = header.names
        let names = header.names
        let markers: Set<String> = [Self.missingMarker]

        var summary = ReadSummary()
        // The line of each unit's row per year: COINr refuses a unit twice in a time point.
        var rowLines: [Int: [String: Int]] = [:]
        while try scanner.nextRow() {
            try header.checkWidth(of: scanner)
            let codeField = scanner.rawField(layout.code, name: names[layout.code])
            let country = try check.country(codeField)
            let year: Int
            if let time = layout.time {
                year = try check.year(scanner.rawField(time, name: names[time]))
            } else {
                year = self.year!
            }
            try Self.checkOnce(country, field: codeField, year: layout.time == nil ? nil : year, lines: &rowLines[year, default: [:]])
            for (column, code) in layout.data {
                let field = scanner.rawField(column, name: code)
                guard let value = try check.value(field, indicator: code, missingMarkers: markers) else {
                    summary.skippedMissing += 1
                    continue
                }
                try consume(Observation(country: country, indicator: code, year: year, value: value, provenance: field.location))
                summary.observations += 1
            }
        }
        return summary
    }

    /// The units of the table at `path` as participants, with their group columns.
    /// - Parameter countries: the catalog `uCode`s are checked against (alpha-2 is mapped).
    public func units(path: String, countries: CountryCatalog) throws(InputError) -> COINrUnits {
        let scanner = try CSVScanner(path: path, chunkSize: chunkSize, limits: limits)
        let header = try CSVHeader.read(from: scanner, expected: Self.expectedHeader)
        let layout = try layout(of: header, framework: nil)
        scanner.fieldNames = header.names
        var participants: [Participant] = []
        var seen: Set<String> = []
        var names: [String: String] = [:]
        var years: Set<Int> = []
        var unitsByYear: [Int: [String]] = [:]
        while try scanner.nextRow() {
            try header.checkWidth(of: scanner)
            let field = scanner.rawField(layout.code, name: header.names[layout.code])
            let text = field.text.trimmingSpaces()
            guard let country = countries.resolve(String(text)) else {
                throw InputError(text.isEmpty ? .missingValue : .unknownCode, field.location, field: field.name, value: String(field.text),
                                 problem: text.isEmpty ? "is empty" : "is not an ISO 3166-1 country code",
                                 expected: "expected alpha-3 such as DEU, or alpha-2 such as DE")
            }
            if let time = layout.time {
                let timeField = scanner.rawField(time, name: header.names[time])
                let timeText = timeField.text.trimmingSpaces()
                guard let year = Int(timeText), (1900...2100).contains(year) else {
                    throw InputError(ObservationCheck.yearKind(timeText), timeField.location, field: timeField.name, value: String(timeField.text),
                                     problem: "is not a year", expected: "expected a four-digit year 1900–2100")
                }
                years.insert(year)
                unitsByYear[year, default: []].append(country.alpha3)
            }
            guard seen.insert(country.alpha3).inserted else { continue }
            var groups: [String: String] = [:]
            for column in layout.groups {
                let value = Substring(scanner.string(column)).trimmingSpaces()
                if !value.isEmpty, value != Self.missingMarker { groups[header.names[column]] = String(value) }
            }
            participants.append(Participant(code: country.alpha3, groups: groups))
            if let name = layout.name { names[country.alpha3] = String(Substring(scanner.string(name)).trimmingSpaces()) }
        }
        return COINrUnits(participants: participants, names: names, years: years.sorted(), unitsByYear: unitsByYear)
    }

    /// Refuses a unit's second row in one time point (`year`; `nil` without a Time column), as
    /// COINr's `new_coin` refuses it.
    private static func checkOnce(_ code: String, field: RawField, year: Int?, lines: inout [String: Int]) throws(InputError) {
        let line = field.location.line
        guard let first = lines.updateValue(line, forKey: code) else { return }
        lines[code] = first
        let point = year.map { " for Time \($0)" } ?? ""
        let coinr = year == nil ? "Duplicates detected in iData$uCode." : "Duplicate uCode/Time pairs found."
        throw InputError(.duplicate, field.location, field: field.name, value: String(field.text),
                         problem: "is a second row of unit \(code)\(point)",
                         expected: "expected one row per unit\(year == nil ? "" : " and Time"); it is already on line \(first); COINr refuses it too: \"\(coinr)\"")
    }
}
