// The model an audit command varies: the registry's stored data, or a COINr iData/iMeta pair.

import AgileCore
import AgileIO
import ArgumentParser

/// `--coinr`, the method options and the common options of the audit commands.
struct AuditSource: ParsableArguments {
    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Audit a COINr iData and iMeta table instead of the stored data.", valueName: "iData.csv iMeta.csv"))
    var coinr: [String] = []

    @OptionGroup var method: MethodOptions
    @OptionGroup var options: CommonOptions

    func validate() throws {
        if !coinr.isEmpty && coinr.count != 2 {
            throw ValidationError("--coinr takes two files: iData.csv iMeta.csv")
        }
    }

    /// The nominal model: the framework with the method options applied, scored on its data.
    func model(weights weightChoice: WeightChoice = .declared) throws -> AuditModel {
        if coinr.count == 2 {
            let countries = try CountryList.load(path: options.countries, registry: Workspace.defaultFramework)
            let dataset = try COINrDataset(meta: coinr[1], data: coinr[0], countries: countries)
            return try AuditModel(framework: dataset.framework, input: dataset.scoringInput,
                                  method: method.choices.applied(to: dataset.framework.method), weights: weightChoice)
        }
        let workspace = try options.workspace()
        let framework = workspace.framework
        let store = try workspace.openStore(path: options.db, mustExist: true)
        // An imputation drawn from --impute-choices may be latest-earlier: read the earlier values.
        let observations = try workspace.scoringObservations(store: store, earlier: true)
        let selection = EditionSelection(framework: framework, observations: observations)
        let input = ScoringInput(framework: framework, selection: selection, earlier: observations)
        return try AuditModel(framework: framework, input: input, method: method.choices.applied(to: framework.method), weights: weightChoice)
    }
}
