// `agile audit remove`: leave each indicator, dimension or pillar out in turn.

import AgileCore
import AgileReport
import AgileUseCases
import ArgumentParser

struct AuditRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Leave each node of a level out in turn: mean absolute rank change and largest mover.",
        discussion: """
            Sets each node's weight to zero in turn (its siblings re-scaled, as COINr's \
            remove_elements), reruns the index and reports the mean absolute change of the \
            countries' index ranks and the country that moves most (places gained, + = up). \
            The nodes that change the ranks most come first.

            Examples:
              agile audit remove --level pillar
              agile audit remove --level indicator --format csv
              agile audit remove --coinr iData.csv iMeta.csv --level 2
            """)

    @Option(help: ArgumentHelp("The level: indicator, dimension, pillar, or a level number below the index.", valueName: "level"))
    var level: String = "indicator"

    @OptionGroup var weights: WeightsOption
    @OptionGroup var format: FormatOption
    @OptionGroup var source: AuditSource

    func run() throws {
        let data = try source.data()
        let model = try data.model(weights: weights.request)
        let number = try model.framework.levelBelowIndex(named: level)
        let removals = try LeaveOneOut(model: model, level: number).removals.enumerated().sorted {
            (key($1.element.meanAbsoluteRankChange), $0.offset) < (key($0.element.meanAbsoluteRankChange), $1.offset)
        }.map(\.element)
        let words = LevelWords(model.framework)
        format.print(TabularOutput(
            heading: ["Leaving out each \(words.singular(number)) in turn (\(words.count(removals.count, number)), \(model.units.count) countries)."],
            cautions: data.vintagesLine.map { [$0] } ?? [],
            table: AuditTables.removals(removals, framework: model.framework, names: data.countryNames(model.units))))
    }

    private func key(_ value: Double) -> Double { value.isNaN ? -1 : value }
}
