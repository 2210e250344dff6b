// Options several commands take, each declared once: --weights and --weight, --edition, --coinr and --format.

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

/// `--coinr iData.csv iMeta.csv`: COINr tables instead of the stored data.
struct COINrOption: ParsableArguments {
    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Use a COINr iData and iMeta table instead of the stored data (nothing is stored).", valueName: "iData.csv iMeta.csv"))
    var coinr: [String] = []

    func validate() throws {
        if !coinr.isEmpty && coinr.count != 2 { throw ValidationError("--coinr takes two files: iData.csv iMeta.csv") }
    }

    /// The COINr tables, or else the registry's stored edition.
    func source(_ options: CommonOptions, edition: Int? = nil) throws -> DataSource {
        coinr.count == 2 ? .coinr(COINrTables(data: coinr[0], meta: coinr[1], countries: options.countries)) : .stored(try options.storedEdition(edition))
    }
}

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
