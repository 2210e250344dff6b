// `agile audit optimise`: weights of one level that give each node its target importance
// (COINr's get_opt_weights), optionally saved as a weights file.

import AgileCore
import AgileReport
import AgileUseCases
import ArgumentParser

struct AuditOptimise: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optimise",
        abstract: "Weights of one level such that each node's correlation with the index matches its target.",
        discussion: """
            Searches the weights of the level's nodes (Nelder–Mead, as COINr's get_opt_weights \
            through R's optim) so that, with the index recomputed, each node's r with the index \
            as a share of the level's is as close as possible to its target (--type balance: \
            log of the mean squared difference) or the sum of the r is largest (--type infomax). \
            Targets: equal, declared (each node's share of the index under the run's weights) or \
            a weights file (the shares under its weights). The search runs to convergence; with \
            --coinr-stop it stops as COINr's does (reltol = 0.1, a few evaluations). Prints the \
            targets, the run's and the optimised weights (shares of the level), r before and \
            after, the evaluations and the objective. --save FILE writes the optimised weights as \
            a weights file (`agile score --weights FILE` reads it); an existing file is only \
            replaced when it is an earlier one of these, never a registry or other file.

            Examples:
              agile audit optimise --level pillar
              agile audit optimise --level 2 --type infomax --save optimised.csv
              agile audit optimise --coinr iData.csv iMeta.csv --level 3 --coinr-stop
            """)

    @Option(parsing: .unconditional, help: ArgumentHelp("The level: indicator, dimension, pillar, or a level number below the index.", valueName: "level"))
    var level: String

    @Option(help: ArgumentHelp("The targets of --type balance: equal (the default), declared, or a weights file.", valueName: "equal|declared|file"))
    var target: String?

    @Option(help: ArgumentHelp("balance (correlations in proportion to the targets) or infomax (largest sum of correlations).", valueName: "type"))
    var type: OptimisationType = .balance

    @Option(help: ArgumentHelp("Write the optimised weights to this weights file (CSV).", valueName: "file"))
    var save: String?

    @Flag(help: "Stop the search as COINr does (reltol = 0.1) instead of at convergence.")
    var coinrStop = false

    @OptionGroup var weights: WeightsOption
    @OptionGroup var format: FormatOption
    @OptionGroup var source: AuditSource

    func validate() throws {
        if type == .infomax, let target {
            throw ValidationError("--target \(target) sets the targets of --type balance; --type infomax has none (it makes the sum of the correlations largest)")
        }
    }

    func run() throws {
        let target = target ?? "equal"
        if let save { try CoherenceAudit.checkSavePath(save) }
        let data = try source.data()
        let model = try data.model(weights: weights.request)
        let number = try model.framework.levelBelowIndex(named: level)
        let found = try CoherenceAudit.optimise(model, level: number, type: type, target: target, registry: data.registry, coinrStop: coinrStop)
        if let save { try CoherenceAudit.save(found, framework: model.framework, target: target, to: save) }
        let words = LevelWords(model.framework)
        let aim = CoherenceAudit.aim(type, target: target)
        var reading = [
            "Objective (\(type.rawValue)): \(AuditUncertainty.fixed(found.objectiveBefore, 6)) under the run's weights, "
                + "\(AuditUncertainty.fixed(found.objectiveAfter, 6)) optimised; \(found.evaluations) evaluations, \(found.ending.rawValue)"
                + (coinrStop ? " (COINr's stopping rule)." : "."),
        ]
        if let save { reading.append("Saved to \(save).") }
        format.print(TabularOutput(
            heading: ["Optimised \(words.singular(number)) weights (\(aim)), \(model.units.count) countries."],
            cautions: data.vintagesLine.map { [$0] } ?? [],
            table: CoherenceTables.optimised(found, framework: model.framework), reading: reading))
    }
}

extension OptimisationType: ExpressibleByArgument {}
