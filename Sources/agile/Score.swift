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
            --impute, --treat, --normalise and --aggregate (they override a registry's method too) \
            and take COINr's Denominate and Screen with --denominate and --screen (COINr takes \
            neither unless called). An iData whose Time column has several years is scored year \
            by year, as COINr scores a purse: normalised over all years at once (--global, the \
            default) or each year alone (--per-year); --time picks one year.

            Examples:
              agile score
              agile score --level pillar --format csv
              agile score --format csv --readable
              agile score --weight P2=2 --weight D05=0.5
              agile score --weights my-weights.json
              agile score --weights development-double --country DEU
              agile score --run 3 --format csv
              agile score --format xlsx --out agile-scores.xlsx
              agile score --coinr iData.csv iMeta.csv --normalise minmax:1,100 --aggregate geometric --format csv
              agile score --coinr panel.csv iMeta.csv --screen 0.9 --format csv
            """)

    enum Level: String, ExpressibleByArgument, CaseIterable {
        case index, pillar, dimension, indicator
    }

    /// The formats of `agile score`: those of every table, and the workbook.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, xlsx
    }

    @Option(help: ArgumentHelp("Show only this country (alpha-3 or alpha-2).", valueName: "code"))
    var country: String?

    @Option(help: "The level to show: index, pillar, dimension or indicator.")
    var level: Level = .index

    @Option(help: "Output: table (readable, sorted by rank), csv (COINr's layout: one row per unit, full precision), json, or xlsx (an Excel workbook of every level and the data used, written to --out).")
    var format: Format = .table

    @Option(help: ArgumentHelp("With --format xlsx: the new file the workbook is written to (an existing file is never replaced).", valueName: "file"))
    var out: String?

    @Flag(help: "With --format csv: the analyst's layout instead of COINr's — code, name, rank, tier, the index and the level under it (names in the header), as the table shows them, sorted by rank.")
    var readable = false

    @Option(name: .customLong("run"), help: ArgumentHelp("Print this recorded run again (see `agile runs`).", valueName: "id"))
    var recordedRun: Int64?

    @OptionGroup var edition: EditionOption
    @OptionGroup var vintages: VintageOption
    @OptionGroup var weights: WeightsOption
    @OptionGroup var coinr: COINrOption
    @OptionGroup var panel: PanelOption
    @OptionGroup var method: MethodOptions
    @OptionGroup var options: CommonOptions

    func validate() throws {
        if readable && format != .csv { throw ValidationError("--readable is a layout of --format csv; add --format csv") }
        try validateWorkbook()
        if coinr.coinr.isEmpty, let normalisation = panel.normalisation {
            // Editions are scored one at a time: normalising two together waits for the edition comparison.
            throw ValidationError("--\(normalisation.rawValue) applies to --coinr tables with several years (Time); a stored edition is normalised on its own")
        }
        guard recordedRun != nil else { return }
        try RunReplay.refuse(
            [(!coinr.coinr.isEmpty, "--coinr")] + RunReplay.choices(weights: weights, method: method, edition: edition) + [(vintages.given, "a vintage option")])
    }

    func run() throws {
        if let recordedRun {
            try show(RecordedRun(recordedRun, store: options.db, registry: options.framework, countries: options.countries).replay())
            return
        }
        let source = try coinr.source(edition.applied(to: options), edition: edition.edition, normalisation: panel.normalisation ?? .global,
                                       vintages: vintages.request)
        let runs = try ScoringRun(method: method.choices, weights: weights.request).scoreYears(source)
        if runs.count == 1 { try show(runs[0]) } else { try show(years: runs, normalisation: panel.normalisation ?? .global) }
    }

    /// Prints one run.
    private func show(_ run: ScoredRun) throws {
        if let note = run.notRecorded { Terminal.error("note: \(note)") }
        let rows = try country.map { try run.rows([$0]) } ?? Array(run.scores.units.indices)
        let levelNumber = run.framework.level(named: level.rawValue) ?? 1
        switch format {
        case .xlsx:
            try writeWorkbook(run)
        case .csv where readable:
            if run.illustrative { Terminal.error("note: \(run.framework.publication.illustrativeResultsNote)") }
            print(RankingTable.readable(framework: run.framework, scores: run.scores, countries: run.countries, rows: rows, level: levelNumber).csv, terminator: "")
        case .csv:
            // COINr's layout has no room for a marker: the note goes to standard error.
            if run.illustrative { Terminal.error("note: \(run.framework.publication.illustrativeResultsNote)") }
            if let vintages = run.vintages { Terminal.error("note: \(vintages.label)") }
            print(ScoreExport.csv(run.scores.selecting(units: rows), levels: level == .index ? nil : [levelNumber]), terminator: "")
        case .json:
            print(try ScoreExport.json(run.scores.selecting(units: rows), framework: run.framework, countries: run.countries,
                                       weights: run.weightsText, method: run.methodText, illustrative: run.illustrative,
                                       vintages: run.vintages), terminator: "")
        case .table:
            print(RankingTable(framework: run.framework, scores: run.scores, countries: run.countries, rows: rows, level: levelNumber,
                               weights: run.weightsText, method: run.methodText, illustrative: run.illustrative, runID: run.runID,
                               vintages: run.vintages).text)
            if let effect = try EvidenceEffect.lines(run) { print(effect.joined(separator: "\n")) }
        }
    }

    /// Prints the runs of several years (a COINr table with a Time column): CSV with a Time
    /// column, JSON by year, a table per year; `--country` shows the years that scored it.
    private func show(years runs: [ScoredRun], normalisation: PanelNormalisation) throws {
        var shown: [(run: ScoredRun, rows: [Int])] = []
        for run in runs {
            do {
                shown.append((run, try country.map { try run.rows([$0]) } ?? Array(run.scores.units.indices)))
            } catch RunError.notScored {
                continue
            }
        }
        if let country, shown.isEmpty { throw RunError.notScored(code: country) }
        let first = runs[0]
        let levelNumber = first.framework.level(named: level.rawValue) ?? 1
        // The readable layout and the workbook are one year's ranking.
        if readable || format == .xlsx { throw RunError.severalYears(table: coinr.coinr[0], years: runs.map(\.framework.edition)) }
        switch format {
        case .xlsx:
            return
        case .csv:
            let years = shown.map { (year: $0.run.framework.edition, scores: $0.run.scores.selecting(units: $0.rows)) }
            print(ScoreExport.csv(years: years, levels: level == .index ? nil : [levelNumber]), terminator: "")
        case .json:
            let years = shown.map { (year: $0.run.framework.edition, scores: $0.run.scores.selecting(units: $0.rows), framework: $0.run.framework) }
            print(try ScoreExport.json(years: years, countries: first.countries, weights: first.weightsText, method: first.methodText,
                                       normalisation: normalisation), terminator: "")
        case .table:
            let blocks = shown.map { run, rows in
                "Time \(run.framework.edition)\n" + RankingTable(
                    framework: run.framework, scores: run.scores, countries: run.countries, rows: rows, level: levelNumber,
                    weights: run.weightsText, method: run.methodText, illustrative: run.illustrative, runID: run.runID).text
            }
            print(blocks.joined(separator: "\n\n"))
        }
    }
}
