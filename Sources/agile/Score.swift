// `agile score`: run the pipeline on stored data (or COINr tables) and print the results.

import AgileCore
import AgileIO
import ArgumentParser

struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compute scores, ranks, tiers and the development–governance match.",
        discussion: """
            On stored data (the default) the run is recorded in the store with its inputs, so a \
            report can be regenerated from exactly the same run. With --coinr, a COINr iData and \
            iMeta table are scored directly (nothing is stored); choose the method with \
            --impute, --treat, --normalise and --aggregate (they override a registry's method too).

            Examples:
              agile score
              agile score --level pillar --format csv
              agile score --weights development-double --country DEU
              agile score --coinr iData.csv iMeta.csv --normalise minmax:1,100 --aggregate geometric --format csv
            """)

    enum Level: String, ExpressibleByArgument, CaseIterable {
        case index, pillar, dimension, indicator
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @Option(help: ArgumentHelp("Score this edition with Indicators/agile-YEAR.xml (unless --framework is given).", valueName: "year"))
    var edition: Int?

    @Option(help: ArgumentHelp("Show only this country (alpha-3 or alpha-2).", valueName: "code"))
    var country: String?

    @Option(help: "The level to show: index, pillar, dimension or indicator.")
    var level: Level = .index

    @Option(help: ArgumentHelp("A weight set of the registry, or 'equal' (default: the declared weights).", valueName: "name"))
    var weights: String?

    @Option(help: "Output: table (readable, sorted by rank), csv (one row per unit, full precision) or json.")
    var format: Format = .table

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Score a COINr iData and iMeta table directly.", valueName: "iData.csv iMeta.csv"))
    var coinr: [String] = []

    @OptionGroup var method: MethodOptions
    @OptionGroup var options: CommonOptions

    func validate() throws {
        if !coinr.isEmpty && coinr.count != 2 {
            throw ValidationError("--coinr takes two files: iData.csv iMeta.csv")
        }
    }

    func run() throws {
        let weightChoice = WeightChoice(name: weights)
        let run: ScoreRun
        if coinr.count == 2 {
            run = try ScoreRun.coinr(data: coinr[0], meta: coinr[1], countries: options.countries, method: method.choices, weights: weightChoice)
        } else {
            var options = self.options
            if let edition, options.framework == Workspace.defaultFramework {
                options.framework = "Indicators/agile-\(edition).xml"
            }
            run = try ScoreRun.stored(options: options, method: method.choices, weights: weightChoice, edition: edition)
        }
        var rows = Array(run.scores.units.indices)
        if let code = country {
            guard let alpha3 = run.countries.alpha3(for: code), let row = run.scores.units.firstIndex(of: alpha3) else {
                throw ValidationError("'\(code)' is not one of the countries scored.")
            }
            rows = [row]
        }
        switch format {
        case .csv:
            // COINr's layout has no room for a marker: the note goes to standard error.
            if run.illustrative { Terminal.error("note: \(run.framework.publication.illustrativeResultsNote)") }
            print(ScoreExport.csv(run.scores.selecting(units: rows), levels: csvLevels(run.framework)), terminator: "")
        case .json:
            print(try ScoreExport.json(run.scores.selecting(units: rows), framework: run.framework, countries: run.countries,
                                       weights: weightChoice.name, method: run.methodText, illustrative: run.illustrative), terminator: "")
        case .table:
            print(RankingTable(run: run, rows: rows, level: levelNumber(run.framework)).text)
            if let effect = try EvidenceEffect.lines(run) { print(effect.joined(separator: "\n")) }
        }
    }

    private func levelNumber(_ framework: Framework) -> Int {
        switch level {
        case .index: framework.depth
        case .pillar: max(2, framework.depth - 1)
        case .dimension: 2
        case .indicator: 1
        }
    }

    private func csvLevels(_ framework: Framework) -> Set<Int>? {
        level == .index ? nil : [levelNumber(framework)]
    }
}
