// One scoring run as the `score` command makes it: inputs gathered, pipeline run, run stored.

import AgileCore
import AgileIO
import ArgumentParser

/// The framework, inputs and scores of one run.
struct ScoreRun {
    var framework: Framework
    var countries: CountryCatalog
    var scores: Scores
    var methodText: String
    var weightsText: String
    var illustrative: Bool
    var runID: Int64?

    /// Scores the stored data of a registry's edition and records the run.
    static func stored(options: CommonOptions, method: MethodOptions, weights: WeightChoice, edition: Int?) throws -> ScoreRun {
        let workspace = try options.workspace()
        let framework = workspace.framework
        if let edition, edition != framework.edition {
            throw ValidationError("\(workspace.frameworkPath) declares edition \(framework.edition), not \(edition).")
        }
        let store = try workspace.openStore(path: options.db, mustExist: true)
        let observations = try store.currentObservations(codes: framework.dataCodes)
        let selection = EditionSelection(framework: framework, observations: observations)
        let input = ScoringInput(framework: framework, selection: selection, earlier: observations)
        let pipeline = try ScoringPipeline(framework: framework, method: try method.applied(to: framework.method), weights: weights)
        let scores = try pipeline.run(input)
        let frameworkID = try store.register(framework, path: workspace.frameworkPath)
        let inputs = selection.selected.values.flatMap(\.values)
        let runID = try store.recordRun(
            frameworkID: frameworkID, weightSet: ScoreRun.text(weights), method: method.text, inputs: inputs,
            units: scores.units, nodes: scores.aggregated.columns, scores: scores.aggregated, ranks: scores.ranks)
        return ScoreRun(framework: framework, countries: workspace.countries, scores: scores, methodText: method.text,
                        weightsText: ScoreRun.text(weights), illustrative: try store.hasIllustrativeData(codes: framework.dataCodes), runID: runID)
    }

    /// Scores a COINr iData/iMeta pair directly (nothing stored).
    static func coinr(data: String, meta metaPath: String, countries countriesPath: String?, method: MethodOptions, weights: WeightChoice) throws -> ScoreRun {
        let countries = try CountryList.load(path: countriesPath ?? Workspace.defaultCountries(for: Workspace.defaultFramework))
        let meta = try COINrMetaReader().read(path: metaPath)
        let reader = COINrDataReader(meta: meta)
        let framework = meta.framework(with: try reader.units(path: data, countries: countries))
        var observations: [Observation] = []
        _ = try reader.read(path: data, check: ObservationCheck(framework: framework, countries: countries)) { observations.append($0) }
        let pipeline = try ScoringPipeline(framework: framework, method: try method.applied(to: framework.method), weights: weights)
        let scores = try pipeline.run(ScoringInput(framework: framework, observations: observations))
        return ScoreRun(framework: framework, countries: countries, scores: scores, methodText: method.text,
                        weightsText: ScoreRun.text(weights), illustrative: false, runID: nil)
    }

    static func text(_ weights: WeightChoice) -> String {
        switch weights {
        case .declared: "declared"
        case .equal: "equal"
        case .weightSet(let name): name
        }
    }
}

extension MethodOptions {
    /// The choices given, as they were typed (`normalise=minmax:1,100 aggregate=geometric`).
    var text: String {
        [("impute", impute), ("treat", treat), ("normalise", normalise), ("aggregate", aggregate)]
            .compactMap { name, value in value.map { "\(name)=\($0)" } }
            .joined(separator: " ")
    }
}
