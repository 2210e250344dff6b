// `agile audit compare`: two weightings side by side, the countries that move most first.

import AgileCore
import AgileReport
import AgileUseCases
import ArgumentParser

struct AuditCompare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare the index under two weightings: score and rank change per country.",
        discussion: """
            Each --weights is a weight set of the registry, 'declared', 'equal' or a weights file (.json or .csv). The countries \
            that move most come first.

            Examples:
              agile audit compare --weights declared --weights development-double
              agile audit compare --weights declared --weights my-weights.json --format csv
              agile audit compare --coinr iData.csv iMeta.csv --weights declared --weights equal
            """)

    @Option(name: .customLong("weights"), help: ArgumentHelp("A weighting to compare (give two): declared, equal, a weight set or a weights file.", valueName: "name|file"))
    var weightings: [String] = []

    @OptionGroup var format: FormatOption
    @OptionGroup var source: AuditSource

    func validate() throws {
        guard weightings.count == 2 else { throw ValidationError("give two weightings: --weights A --weights B") }
    }

    func run() throws {
        let data = try source.data()
        let (first, second) = (try data.model(weights: WeightRequest(weights: weightings[0])), try data.model(weights: WeightRequest(weights: weightings[1])))
        let comparison = WeightComparison(first: first.nominal, second: second.nominal)
        format.print(TabularOutput(
            heading: ["Index under '\(Printable.name(weightings[0]))' (A) and '\(Printable.name(weightings[1]))' (B); mean absolute rank change \(AuditUncertainty.fixed(comparison.meanAbsoluteRankChange, 2))."],
            cautions: data.vintagesLine.map { [$0] } ?? [],
            table: AuditTables.comparison(comparison.rows, names: data.countryNames(first.units))))
    }

    /// The rows of a comparison as an aligned table: country, scores, change, ranks, places gained.
    static func table(_ rows: [WeightComparison.Row], names: CountryNames) -> String {
        AuditTables.comparison(rows, names: names).text
    }
}
