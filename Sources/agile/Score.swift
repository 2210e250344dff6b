// `agile score`: run the pipeline on stored data (or COINr tables) and print the results.

import AgileCore
import AgileIO
import AgileReport
import AgileUseCases
import ArgumentParser

struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compute scores, ranks, tiers and the development–governance match.",
        discussion: """
            On stored data (the default) the run is recorded in the store with its inputs, so a \
            report can be regenerated from exactly the same run. --run ID prints a recorded run \
            again (see `agile runs`) with the registry, weights and method it was recorded with \
            (the registry as the store kept it, even if the file has changed since), in any \
            --format and for any --level and --country. With --coinr, a COINr iData and \
            iMeta table are scored directly (nothing is stored); choose the method with \
            --impute, --treat, --normalise and --aggregate (they override a registry's method too).

            Examples:
              agile score
              agile score --level pillar --format csv
              agile score --weights development-double --country DEU
              agile score --run 3 --format csv
              agile score --coinr iData.csv iMeta.csv --normalise minmax:1,100 --aggregate geometric --format csv
            """)

    enum Level: String, ExpressibleByArgument, CaseIterable {
        case index, pillar, dimension, indicator
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @Option(help: ArgumentHelp("Show only this country (alpha-3 or alpha-2).", valueName: "code"))
    var country: String?

    @Option(help: "The level to show: index, pillar, dimension or indicator.")
    var level: Level = .index

    @Option(help: "Output: table (readable, sorted by rank), csv (one row per unit, full precision) or json.")
    var format: Format = .table

    @Option(name: .customLong("run"), help: ArgumentHelp("Print this recorded run again (see `agile runs`).", valueName: "id"))
    var recordedRun: Int64?

    @OptionGroup var edition: EditionOption
    @OptionGroup var weights: WeightsOption
    @OptionGroup var coinr: COINrOption
    @OptionGroup var method: MethodOptions
    @OptionGroup var options: CommonOptions

    func validate() throws {
        guard recordedRun != nil else { return }
        let given = [(!coinr.coinr.isEmpty, "--coinr"), (weights.weights != nil, "--weights"), (!method.choices.isEmpty, "method options"),
                     (edition.edition != nil, "--edition")].filter(\.0).map(\.1)
        if let first = given.first {
            throw ValidationError("--run replays a recorded run with its own registry, weights and method: leave out \(first)")
        }
    }

    func run() throws {
        let run = try recordedRun.map { try RecordedRun($0, store: options.db, registry: options.framework, countries: options.countries).replay() }
            ?? ScoringRun(method: method.choices, weights: weights.choice).score(coinr.source(edition.applied(to: options), edition: edition.edition))
        if let note = run.notRecorded { Terminal.error("note: \(note)") }
        let rows = try country.map { try run.rows([$0]) } ?? Array(run.scores.units.indices)
        let levelNumber = run.framework.level(named: level.rawValue) ?? 1
        switch format {
        case .csv:
            // COINr's layout has no room for a marker: the note goes to standard error.
            if run.illustrative { Terminal.error("note: \(run.framework.publication.illustrativeResultsNote)") }
            print(ScoreExport.csv(run.scores.selecting(units: rows), levels: level == .index ? nil : [levelNumber]), terminator: "")
        case .json:
            print(try ScoreExport.json(run.scores.selecting(units: rows), framework: run.framework, countries: run.countries,
                                       weights: run.weightsText, method: run.methodText, illustrative: run.illustrative), terminator: "")
        case .table:
            print(RankingTable(framework: run.framework, scores: run.scores, countries: run.countries, rows: rows, level: levelNumber,
                               weights: run.weightsText, method: run.methodText, illustrative: run.illustrative, runID: run.runID).text)
            if let effect = try EvidenceEffect.lines(run) { print(effect.joined(separator: "\n")) }
        }
    }
}
