// `agile audit compare`: two weightings side by side, the countries that move most first.

import AgileCore
import AgileUseCases
import ArgumentParser

struct AuditCompare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare the index under two weightings: score and rank change per country.",
        discussion: """
            Each --weights is a weight set of the registry, 'declared' or 'equal'. The countries \
            that move most come first.

            Examples:
              agile audit compare --weights declared --weights development-double
              agile audit compare --coinr iData.csv iMeta.csv --weights declared --weights equal
            """)

    @Option(name: .customLong("weights"), help: ArgumentHelp("A weighting to compare (give two).", valueName: "name"))
    var weightings: [String] = []

    @OptionGroup var source: AuditSource

    func validate() throws {
        guard weightings.count == 2 else { throw ValidationError("give two weightings: --weights A --weights B") }
    }

    func run() throws {
        let data = try source.data()
        let (first, second) = (try data.model(weights: WeightChoice(name: weightings[0])), try data.model(weights: WeightChoice(name: weightings[1])))
        let comparison = WeightComparison(first: first.nominal, second: second.nominal)
        print("Index under '\(weightings[0])' (A) and '\(weightings[1])' (B); mean absolute rank change \(AuditUncertainty.fixed(comparison.meanAbsoluteRankChange, 2)).")
        if let line = data.vintagesLine { print(line) }
        print(AuditCompare.table(comparison.rows, names: data.countryNames(first.units)))
    }

    /// The rows of a comparison as an aligned table: country, scores, change, ranks, places gained.
    static func table(_ rows: [WeightComparison.Row], names: CountryNames) -> String {
        let cells = rows.map { row in
            [row.unit, AuditUncertainty.name(row.unit, names), AuditUncertainty.fixed(row.firstScore, 2), AuditUncertainty.fixed(row.secondScore, 2), signed(row.scoreChange, 2),
             rank(row.firstRank), rank(row.secondRank), signed(row.rankChange, 0)]
        }
        return AuditUncertainty.aligned(header: ["Country", "", "Score A", "Score B", "Change", "Rank A", "Rank B", "Places"], rows: cells, leftColumns: [0, 1])
    }

    private static func rank(_ value: Double) -> String { value.isNaN ? "–" : String(Int(value)) }

    private static func signed(_ value: Double, _ digits: Int) -> String {
        value.isNaN ? "–" : FixedDecimal.signed(value, decimals: digits)
    }
}
