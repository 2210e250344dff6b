// `agile data`: what is stored — coverage per country and indicator, the missing cells.

import AgileCore
import AgileReport
import AgileUseCases
import ArgumentParser

struct DataCoverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Show what is stored: coverage per country and indicator, and the missing cells.",
        discussion: """
            Coverage counts, for the edition's countries and indicators, the latest value inside \
            the registry's year window. Shares below the registry's thresholds are flagged (!). \
            With --format csv or json, the value of each country and indicator instead, as \
            stored, with the names, the year and the file and line it came from (one country's \
            with --country); a missing cell has no value.

            --history lists the values a later ingest superseded (the store keeps them), each \
            with its ingest, file and line, beside the values that replaced them.

            Examples:
              agile data --country KEN
              agile data --format csv
              agile data --history --country KEN --indicator I14
            """)

    @Option(help: ArgumentHelp("Show one country's values (alpha-3 or alpha-2 code); with --history, its history.", valueName: "code"))
    var country: String?

    @OptionGroup var format: FormatOption
    @OptionGroup var vintages: VintageOption
    @Flag(help: "Show the values superseded by later ingests, and what superseded them.")
    var history = false

    @Option(help: ArgumentHelp("With --history: only this indicator (or denominator).", valueName: "code"))
    var indicator: String?

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if indicator != nil && !history { throw ValidationError("--indicator goes with --history") }
    }

    func run() throws {
        if history { return try printHistory() }
        let data = try EditionCoverage(options.storedEdition(vintages: vintages.request))
        let (framework, coverage, counts) = (data.framework, data.coverage, data.counts)
        if format.format != .table {
            let countries = try country.map { [try data.country($0).alpha3] } ?? coverage.countries.map(\.country)
            let table = DataTables.values(framework: framework, selection: data.selection, countries: countries, catalog: data.edition.workspace.countries)
            let notes = data.illustrative ? [framework.publication.illustrativeDataNote] : []
            return format.print(TabularOutput(cautions: notes, table: table))
        }
        print("Store \(Printable.name(options.db)): \(counts.current) current values (\(counts.observations - counts.current) superseded, kept as history) from \(counts.ingests) ingests")
        if data.illustrative { print(framework.publication.illustrativeDataNote) }
        print("Vintages: \(data.edition.vintages.label).")
        let cells = coverage.countries.count * framework.indicators.count
        print("Edition \(framework.edition) (years \(framework.years.lowerBound)–\(framework.years.upperBound)): \(coverage.countries.count) countries × \(framework.indicators.count) indicators, \(cells - coverage.missingCells) of \(cells) cells observed\n")
        if let code = country {
            return printValues(of: try data.country(code), framework: framework, selection: data.selection)
        }
        print("Country  Observed  Share    Missing indicators")
        for row in coverage.countries { print(line(row.country, 8, row.observed, row.total, row.share, row.flagged, row.missing)) }
        print("\nIndicator  Observed  Share    Missing countries")
        for row in coverage.indicators { print(line(row.indicator, 10, row.observed, row.total, row.share, row.flagged, row.missing)) }
        let flaggedCountries = coverage.countries.filter(\.flagged).map(\.country)
        let flaggedIndicators = coverage.indicators.filter(\.flagged).map(\.indicator)
        print("\nBelow the coverage thresholds (\(Terminal.percent(framework.method.coverage.countryMinimum)) / \(Terminal.percent(framework.method.coverage.indicatorMinimum))): countries \(flaggedCountries.isEmpty ? "none" : flaggedCountries.joined(separator: " ")); indicators \(flaggedIndicators.isEmpty ? "none" : flaggedIndicators.joined(separator: " "))")
    }

    /// A coverage row: the code, observed of total, the share (flagged `!` below the threshold), what is missing.
    private func line(_ code: String, _ width: Int, _ observed: Int, _ total: Int, _ share: Double, _ flagged: Bool, _ missing: [String]) -> String {
        "\(Terminal.pad(code, width)) \(Terminal.pad("\(observed)/\(total)", 8, right: true))  \(Terminal.pad(Terminal.percent(share), 7, right: true))\(flagged ? " !" : "")  \(missing.joined(separator: " "))"
    }

    /// The superseded values, grouped by country, indicator and year, each beside the value
    /// that replaced it.
    private func printHistory() throws {
        let history = try DataHistory(options.storedEdition(), country: country, indicator: indicator)
        let scope = [history.country, history.indicator].compactMap { $0.map(Printable.name) }.joined(separator: " ")
        let store = Printable.name(options.db)
        let count = history.supersededCount
        guard count > 0 else {
            return print("No value \(scope.isEmpty ? "" : "of \(scope) ")in \(store) has been superseded.")
        }
        print("\(count) \(count == 1 ? "value" : "values") \(scope.isEmpty ? "" : "of \(scope) ")superseded in \(store) (kept as history):")
        var start = 0
        while start < history.rows.count {
            let first = history.rows[start]
            var end = start + 1
            while end < history.rows.count, history.rows[end].key == first.key { end += 1 }
            let rows = history.rows[start..<end]
            print("\(first.country) \(first.indicator) \(first.year)" + (first.source.isEmpty ? "" : " [\(Printable.name(first.source))]"))
            let values = rows.map { $0.value.map(Scale.format) ?? "missing" }
            let places = rows.map { "ingest #\($0.ingest)  \(Provenance(file: $0.provenance.file, line: $0.provenance.line))" }
            let (valueWidth, placeWidth) = (values.map(\.count).max() ?? 0, places.map(\.count).max() ?? 0)
            for (offset, row) in rows.enumerated() {
                let status: String
                if row.current {
                    status = "current"
                } else {
                    status = "superseded by ingest #\(row.supersededBy.map(String.init) ?? "?")"
                        + (row.replacement.map { " (\(Provenance(file: $0.file, line: $0.line)))" } ?? "")
                }
                let note = row.note.isEmpty ? "" : "; note \"\(Printable.value(row.note))\""
                print("  \(Terminal.pad(values[offset], valueWidth, right: true))  \(Terminal.pad(places[offset], placeWidth))  \(status)\(note)")
            }
            start = end
        }
    }

    private func printValues(of country: Country, framework: Framework, selection: EditionSelection) {
        print("\(country.alpha3)  \(country.name)")
        for indicator in framework.indicators {
            let line: String
            if let observation = selection[country: country.alpha3, indicator: indicator.id], let value = observation.value {
                line = "\(Terminal.pad(Scale.format(value), 12, right: true)) \(indicator.unit) (\(observation.year))  \(observation.provenance)"
            } else {
                line = "     missing"
            }
            print("  \(Terminal.pad(indicator.id, 5)) \(Terminal.pad(String(indicator.name.prefix(48)), 48)) \(line)")
        }
    }
}
