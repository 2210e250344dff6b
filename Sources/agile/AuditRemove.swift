// `agile audit remove`: leave each indicator, dimension or pillar out in turn.

import AgileCore
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

    @Option(help: ArgumentHelp("The nominal weights: a weight set of the registry, or 'equal' (default: the declared weights).", valueName: "name"))
    var weights: String?

    @OptionGroup var source: AuditSource

    func run() throws {
        let model = try source.model(weights: WeightChoice(name: weights))
        let number = try levelNumber(model.framework)
        let removals = try LeaveOneOut(model: model, level: number).removals.enumerated().sorted {
            (key($1.element.meanAbsoluteRankChange), $0.offset) < (key($0.element.meanAbsoluteRankChange), $1.offset)
        }.map(\.element)
        let names = try source.countryNames(model.units)
        switch format {
        case .table:
            let words = LevelWords(model.framework)
            print("Leaving out each \(words.singular(number)) in turn (\(words.count(removals.count, number)), \(model.units.count) countries).")
            let rows = removals.map { removal in
                [removal.node, AuditUncertainty.fixed(removal.meanAbsoluteRankChange, 2), removal.largestMover ?? "–",
                 removal.largestMover.map { AuditUncertainty.name($0, names) } ?? "", places(removal.largestMove)]
            }
            print(AuditUncertainty.aligned(header: ["Node", "MeanShift", "LargestMover", "", "Places"], rows: rows, leftColumns: [0, 2, 3]))
        case .csv:
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

    /// The level `level` names in `framework`: indicator is 1, dimension 2, pillar the level
    /// below the index, another name one of the framework's level names, or a number.
    private func levelNumber(_ framework: Framework) throws -> Int {
        let depth = framework.depth
        let number: Int? = switch level.lowercased() {
        case "indicator": 1
        case "dimension": 2
        case "pillar": max(2, depth - 1)
        case let name: Int(name) ?? framework.levelNames.firstIndex { $0.lowercased() == name }.map { $0 + 1 }
        }
        guard let number, (1..<depth).contains(number) else {
            throw ValidationError("--level \(level): give indicator, dimension, pillar or a level from 1 to \(depth - 1)")
        }
        return number
    }

    private func key(_ value: Double) -> Double { value.isNaN ? -1 : value }

    private func places(_ value: Double) -> String {
        value > 0 ? "+\(Int(value))" : value < 0 ? "−\(Int(-value))" : "0"
    }
}
