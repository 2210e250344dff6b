// `agile compare --editions 2024 2025`: what moved each country between two editions, split into
// the data, the framework and the field of countries.

import AgileCore
import AgileIO
import AgileReport
import AgileUseCases
import ArgumentParser

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two editions: each country's change, decomposed into data, framework and field effects.",
        discussion: """
            The registries are agile-YEAR.xml in the folder of --framework (default Indicators/). The later \
            edition is scored on its values (as published by default; --as-of or --revised), the earlier as \
            it was published; the earlier values are also scored under the later framework, for the later \
            and for the earlier countries. total = data_effect + framework_effect + field_effect, for the \
            scores and for the ranks (places gained among the countries common to both editions, + = up). \
            To compare two weightings of one edition, see `agile audit compare`.

            Examples:
              agile compare --editions 2024 2025
              agile compare --editions 2024 2025 --country IND --level all
              agile compare --editions 2024 2025 --format csv
            """)

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("The earlier and the later edition.", valueName: "year year"))
    var editions: [Int] = []

    @Option(help: ArgumentHelp("Show this country only (ISO 3166-1 alpha-3).", valueName: "code"))
    var country: String?

    @Option(help: ArgumentHelp("The index, the pillars, or both (default: index).", valueName: "index|pillar|all"))
    var level: EditionChangeTable.Level = .index

    @OptionGroup var vintage: VintageOption
    @OptionGroup var format: FormatOption
    @OptionGroup var options: CommonOptions

    func validate() throws {
        guard editions.count == 2 else { throw ValidationError("give two editions: --editions EARLIER LATER") }
        guard editions[0] < editions[1] else { throw ValidationError("--editions \(editions[0]) \(editions[1]): the earlier edition comes first") }
    }

    func run() throws {
        let folder = EditionRegistry.folder(of: options.framework)
        let workspaces = try editions.map { try EditionRegistry.workspace($0, in: folder, countries: options.countries) }
        let comparison = try EditionComparison(earlier: workspaces[0], later: workspaces[1], store: options.db, laterVintages: vintage.given ? vintage.request : .asPublished)
        let result = try comparison.run()
        if let country, !result.change.rows.contains(where: { $0.country == country }) {
            throw RunError.notScored(code: country)
        }
        format.print(EditionChangeTable.output(
            result.change, level: level, country: country, names: result.names,
            vintages: (result.earlierVintages, result.laterVintages),
            windows: (result.earlierFramework.years, result.laterFramework.years), method: result.laterFramework.method,
            illustrativeNote: result.illustrative ? result.laterFramework.publication.illustrativeResultsNote : nil))
    }
}

extension EditionChangeTable.Level: ExpressibleByArgument {}
