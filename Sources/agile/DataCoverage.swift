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
            """)

    @Option(help: ArgumentHelp("Show one country's values (alpha-3 or alpha-2 code).", valueName: "code"))
    var country: String?

    @OptionGroup var format: FormatOption
    @OptionGroup var vintages: VintageOption
    @OptionGroup var options: CommonOptions

    func run() throws {
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
