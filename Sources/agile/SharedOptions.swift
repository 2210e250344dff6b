// Options several commands take, each declared once: --weights and --weight, --edition, --coinr (with its COINr steps), --global/--per-year and --format.

import AgileCore
import AgileIO
import AgileReport
import AgileUseCases
import ArgumentParser

/// `--weights` and `--weight`: the nominal weights of a run or an audit.
struct WeightsOption: ParsableArguments {
    @Option(help: ArgumentHelp("A weight set of the registry, 'equal', or a weights file (.json or .csv; see the README) (default: the declared weights).", valueName: "name|file"))
    var weights: String?

    @Option(name: .customLong("weight"), help: ArgumentHelp("Give one node a weight, over the chosen weights (repeatable): a pillar, dimension or indicator id and its weight within its parent, e.g. --weight P2=2 --weight D05=0.5.", valueName: "id=weight"), transform: WeightOverride.argument)
    var overrides: [WeightOverride] = []

    /// The weights asked for, resolved against the registry when it is loaded.
    var request: WeightRequest { WeightRequest(weights: weights, overrides: overrides) }
}

extension WeightOverride {
    /// Reads `--weight ID=WEIGHT`; a bad value fails with the reason, which ArgumentParser
    /// prints after "The value '…' is invalid for '--weight <id=weight>'" (exit 64).
    static func argument(_ text: String) throws -> WeightOverride {
        do {
            return try WeightOverride(parsing: text)
        } catch {
            throw MethodArgumentError(reason: error.description)
        }
    }
}

/// `--edition`: the registry of an edition, `Indicators/agile-YEAR.xml`, unless `--framework` names one.
struct EditionOption: ParsableArguments {
    @Option(help: ArgumentHelp("Use this edition: the registry Indicators/agile-YEAR.xml (unless --framework is given), which must declare it.", valueName: "year"))
    var edition: Int?

    /// `options` with the edition's registry when `--framework` is the default.
    func applied(to options: CommonOptions) -> CommonOptions {
        var options = options
        if let edition, options.framework == Workspace.defaultFramework { options.framework = "Indicators/agile-\(edition).xml" }
        return options
    }
}

/// `--coinr iData.csv iMeta.csv`: COINr tables instead of the stored data, with the COINr steps
/// taken only when asked for (`--denominate`, `--screen`) and the year (`--time`).
struct COINrOption: ParsableArguments {
    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Use a COINr iData and iMeta table instead of the stored data (nothing is stored).", valueName: "iData.csv iMeta.csv"))
    var coinr: [String] = []

    @Flag(help: "With --coinr: divide each indicator by its iMeta Denominator first (COINr's Denominate; without it nothing is divided, as in COINr).")
    var denominate = false

    @Option(help: ArgumentHelp("With --coinr: drop units with a share of observed indicators below MIN (COINr's Screen, unit_screen \"byNA\", dat_thresh MIN), before imputation, or after it with ',after-imputation'.", valueName: "MIN[,after-imputation]"), transform: UnitScreening.argument)
    var screen: UnitScreening?

    @Option(help: ArgumentHelp("With --coinr: score only this year of the iData Time column (default: every year).", valueName: "year"))
    var time: Int?

    func validate() throws {
        if !coinr.isEmpty && coinr.count != 2 { throw ValidationError("--coinr takes two files: iData.csv iMeta.csv") }
        if coinr.isEmpty, let flag = [denominate ? "--denominate" : nil, screen.map { _ in "--screen" }, time.map { _ in "--time" }].compactMap({ $0 }).first {
            throw ValidationError("\(flag) applies to --coinr tables (a registry declares its own denominators, coverage rule and edition)")
        }
    }

    /// The COINr tables, or else the registry's stored edition, read with the `vintages` asked
    /// for (COINr tables have none).
    func source(_ options: CommonOptions, edition: Int? = nil, normalisation: PanelNormalisation = .global,
                vintages: VintageRequest = .revised) throws -> DataSource {
        guard coinr.count == 2 else { return .stored(try options.storedEdition(edition, vintages: vintages)) }
        let steps = COINrSteps(denominate: denominate, screening: screen, year: time, normalisation: normalisation)
        return .coinr(COINrTables(data: coinr[0], meta: coinr[1], countries: options.countries, steps: steps))
    }
}

/// `--global` / `--per-year`: how `agile score` normalises the years of a COINr table.
struct PanelOption: ParsableArguments {
    @Flag(help: "With --coinr and an iData of several years: normalise over all years at once (--global, COINr's default for a purse: scores compare between years) or each year alone (--per-year).")
    var normalisation: PanelNormalisation?
}

extension PanelNormalisation: EnumerableFlag {}

/// `--format table|csv|json`: how a command prints its table (see ``ResultTable``). A command
/// that prints a table takes it with `@OptionGroup var format: FormatOption` and prints a
/// ``TabularOutput`` through ``print(_:)``.
struct FormatOption: ParsableArguments {
    @Option(help: "Output: table (aligned), csv (the table's numbers, names beside codes, missing cells empty) or json (full precision, missing as null).")
    var format: TableFormat = .table

    /// Prints `output` in the chosen format: the cautions of a CSV go to standard error.
    func print(_ output: TabularOutput) {
        for note in output.standardError(format) { Terminal.error(note) }
        Swift.print(output.standardOutput(format), terminator: "")
    }
}

extension TableFormat: ExpressibleByArgument {}
