// One scoring run as the `score` and `report` commands make it: inputs gathered, pipeline run,
// run recorded (or a recorded run replayed).

import AgileCore
import AgileIO
import ArgumentParser

/// The framework, inputs and scores of one run.
struct ScoreRun {
    var framework: Framework
    var countries: CountryCatalog
    var selection: EditionSelection
    /// What the pipeline scored, the method it ran and the weights (to audit the run).
    var input: ScoringInput
    var method: Method
    var weights: WeightChoice
    var scores: Scores
    var methodText: String
    var weightsText: String
    /// Whether a value the run scored (or the evidence shown with it) came from a file marked
    /// illustrative.
    var illustrative: Bool
    var runID: Int64?
    /// SHA-256 of the run's inputs (see `Store.snapshot(of:)`).
    var snapshot: String
    /// The store's model-safety evidence, when it holds any.
    var evidence: EvidenceSet?

    /// Scores the stored data of a registry's edition and records the run.
    static func stored(options: CommonOptions, method: MethodChoices, weights: WeightChoice, edition: Int?) throws -> ScoreRun {
        let workspace = try options.workspace()
        let framework = workspace.framework
        if let edition, edition != framework.edition {
            throw ValidationError("\(workspace.frameworkPath) declares edition \(framework.edition), not \(edition).")
        }
        let store = try workspace.openStore(path: options.db, mustExist: true)
        let earlier = method.applied(to: framework.method).imputation == .latestEarlier
        let observations = try workspace.scoringObservations(store: store, earlier: earlier)
        return try scored(workspace: workspace, store: store, observations: observations, earlier: observations, method: method, weights: weights)
    }

    /// Scores the inputs recorded with run `id` again, with the run's weights and method.
    static func replay(run id: Int64, options: CommonOptions) throws -> ScoreRun {
        let workspace = try options.workspace()
        let store = try workspace.openStore(path: options.db, mustExist: true)
        guard let record = try store.run(id) else {
            throw ValidationError("The store holds no run \(id); `agile score` records runs.")
        }
        let current = try FileDigest.sha256(path: workspace.frameworkPath)
        guard current == record.frameworkSHA256 else {
            throw ValidationError("Run \(id) was scored with another version of \(workspace.frameworkPath) (SHA-256 \(record.frameworkSHA256.prefix(12))…); pass that registry with --framework.")
        }
        let inputs = try store.inputs(ofRun: id)
        let weights = WeightChoice(name: record.weightSet)
        let method: MethodChoices
        do {
            method = try MethodChoices(parsing: record.method)
        } catch {
            throw ValidationError("Run \(id) was recorded with a method that cannot be read: \(error)")
        }
        return try scored(workspace: workspace, store: store, observations: inputs, earlier: inputs, method: method, weights: weights, replayed: id)
    }

    private static func scored(
        workspace: Workspace, store: Store, observations: [Observation], earlier: [Observation],
        method: MethodChoices, weights: WeightChoice, replayed: Int64? = nil
    ) throws -> ScoreRun {
        let framework = workspace.framework
        let selection = EditionSelection(framework: framework, observations: observations)
        let input = ScoringInput(framework: framework, selection: selection, earlier: earlier)
        let applied = method.applied(to: framework.method)
        let pipeline = try ScoringPipeline(framework: framework, method: applied, weights: weights)
        let scores = try pipeline.run(input)
        // Everything the run's output needs is read before it is recorded: a failure records nothing.
        let evidence = try workspace.evidenceSet(store: store)
        let inputs = selection.selected.values.flatMap(\.values)
        // Illustrative when a value scored, or the evidence the report shows, came from a file
        // marked so; other values in the store do not count.
        let illustrative = try store.isIllustrative(inputs: inputs) || (evidence != nil && store.evidenceIsIllustrative())
        var runID = replayed
        if let reason = store.readOnlyReason {
            if replayed == nil { Terminal.error("note: \(store.path): \(reason) is read only, so this run was not recorded") }
        } else {
            let frameworkID = try store.register(framework, path: workspace.frameworkPath)
            runID = try store.recordRun(
                frameworkID: frameworkID, weightSet: weights.name, method: method.description, inputs: inputs,
                units: scores.units, nodes: scores.aggregated.columns, scores: scores.aggregated, ranks: scores.ranks)
        }
        return ScoreRun(
            framework: framework, countries: workspace.countries, selection: selection, input: input, method: applied,
            weights: weights, scores: scores, methodText: method.description, weightsText: weights.name, illustrative: illustrative,
            runID: runID, snapshot: Store.snapshot(of: inputs), evidence: evidence)
    }

    /// Scores a COINr iData/iMeta pair directly (nothing stored).
    static func coinr(data: String, meta: String, countries countriesPath: String?, method: MethodChoices, weights: WeightChoice) throws -> ScoreRun {
        let countries = try CountryList.load(path: countriesPath, registry: Workspace.defaultFramework)
        let dataset = try COINrDataset(meta: meta, data: data, countries: countries)
        let framework = dataset.framework
        let applied = method.applied(to: framework.method)
        let pipeline = try ScoringPipeline(framework: framework, method: applied, weights: weights)
        let scores = try pipeline.run(dataset.scoringInput)
        let selection = EditionSelection(framework: framework, observations: dataset.observations)
        return ScoreRun(framework: framework, countries: countries, selection: selection, input: dataset.scoringInput, method: applied,
                        weights: weights, scores: scores, methodText: method.description,
                        weightsText: weights.name, illustrative: false, runID: nil,
                        snapshot: Store.snapshot(of: selection.selected.values.flatMap(\.values)))
    }
}
