// `agile audit remove`: leave each indicator, dimension or pillar out in turn.

import AgileCore
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

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv
    }

    @Option(help: ArgumentHelp("The level: indicator, dimension, pillar, or a level number below the index.", valueName: "level"))
    var level: String = "indicator"

    @Option(help: "Output: table (aligned) or csv (full precision).")
    var format: Format = .table

    @OptionGroup var weights: WeightsOption
    @OptionGroup var source: AuditSource

    func run() throws {
        let data = try source.data()
        let model = try data.model(weights: weights.choice)
        let number = try model.framework.levelBelowIndex(named: level)
        let removals = try LeaveOneOut(model: model, level: number).removals.enumerated().sorted {
            (key($1.element.meanAbsoluteRankChange), $0.offset) < (key($0.element.meanAbsoluteRankChange), $1.offset)
        }.map(\.element)
        let names = data.countryNames(model.units)
        switch format {
        case .table:
            let words = LevelWords(model.framework)
            print("Leaving out each \(words.singular(number)) in turn (\(words.count(removals.count, number)), \(model.units.count) countries).")
            if let line = data.vintagesLine { print(line) }
            let rows = removals.map { removal in
                [removal.node, AuditUncertainty.fixed(removal.meanAbsoluteRankChange, 2), removal.largestMover ?? "–",
                 removal.largestMover.map { AuditUncertainty.name($0, names) } ?? "", FixedDecimal.signed(removal.largestMove, decimals: 0)]
            }
            print(AuditUncertainty.aligned(header: ["Node", "MeanShift", "LargestMover", "", "Places"], rows: rows, leftColumns: [0, 2, 3]))
        case .csv:
            if let vintages = data.vintages { Terminal.error("note: \(vintages.label)") }
            var lines = ["node,level,mean_abs_rank_change,largest_mover,largest_mover_name,places"]
            for removal in removals {
                let mean = removal.meanAbsoluteRankChange.isNaN ? "NA" : "\(removal.meanAbsoluteRankChange)"
                let name = removal.largestMover.flatMap(names.name) ?? ""
                lines.append([CSVText.cell(removal.node), String(removal.level), mean, CSVText.cell(removal.largestMover ?? ""), CSVText.cell(name),
                              String(Int(removal.largestMove))]
                    .joined(separator: ","))
            }
            print(lines.joined(separator: "\n"))
        }
    }

    private func key(_ value: Double) -> Double { value.isNaN ? -1 : value }
}
