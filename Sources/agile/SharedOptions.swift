// Options several commands take, each declared once: --weights, --edition and --coinr.

import AgileCore
import AgileIO
import AgileUseCases
import ArgumentParser

/// `--weights`: the nominal weights of a run or an audit.
struct WeightsOption: ParsableArguments {
    @Option(help: ArgumentHelp("A weight set of the registry, or 'equal' (default: the declared weights).", valueName: "name"))
    var weights: String?

    var choice: WeightChoice { WeightChoice(name: weights) }
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

    /// The COINr tables, or else the registry's stored edition, read with the `vintages` asked
    /// for (COINr tables have none).
    func source(_ options: CommonOptions, edition: Int? = nil, vintages: VintageRequest = .standard) throws -> DataSource {
        coinr.count == 2 ? .coinr(COINrTables(data: coinr[0], meta: coinr[1], countries: options.countries))
            : .stored(try options.storedEdition(edition, vintages: vintages))
    }
}
