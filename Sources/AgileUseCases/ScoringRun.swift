// A scoring run: data selected for the edition, the pipeline run, the run recorded; or a recorded run replayed.

import AgileCore
import AgileIO

/// Scores a framework's data with a method and weights, as `agile score` and `agile report` do.
///
/// ```swift
/// let edition = try StoredEdition(workspace: Workspace(), store: ".agile/agile.sqlite")
/// let run = try ScoringRun(method: MethodChoices(aggregation: .geometric)).score(edition)
/// run.runID   // the run recorded in the store (nil when the store is read only)
/// let again = try ScoringRun.replay(run: run.runID!, in: edition)
/// ```
public struct ScoringRun: Sendable {
    /// The method choices that replace the framework's.
    public var method: MethodChoices
    /// The nominal weights.
    public var weights: WeightChoice

    /// A run with `method` choices over the framework's and `weights`.
    public init(method: MethodChoices = MethodChoices(), weights: WeightChoice = .declared) {
        self.method = method
        self.weights = weights
    }

    /// Scores `source`: stored data (recorded), or COINr tables (nothing stored).
    public func score(_ source: DataSource) throws -> ScoredRun {
        switch source {
        case .stored(let edition): try score(edition)
        case .coinr(let tables): try score(tables)
        }
    }

    /// Scores the stored data of the edition and records the run, unless the store is read
    /// only (then ``ScoredRun/notRecorded`` says so). Everything the run's output needs is
    /// read before it is recorded: a failure records nothing.
    public func score(_ edition: StoredEdition) throws -> ScoredRun {
        let earlier = method.applied(to: edition.framework.method).imputation == .latestEarlier
        return try scored(edition, data: try edition.data(earlier: earlier))
    }

    /// Scores the inputs recorded with run `id` again, with the run's weights, method and
    /// registry (as the store kept it with the run: see ``RecordedRun``); the registry's
    /// companions are those beside `edition`'s registry. Nothing is recorded.
    /// - Throws: ``RunError`` when the store holds no such run or the recorded method cannot
    ///   be read.
    public static func replay(run id: Int64, in edition: StoredEdition) throws -> ScoredRun {
        try RecordedRun(id, in: edition.store, registry: edition.workspace.frameworkPath, countries: edition.workspace.countries).replay()
    }

    /// Scores a COINr iData/iMeta pair directly (nothing stored).
    public func score(_ tables: COINrTables) throws -> ScoredRun {
        let (countries, dataset) = try tables.load()
        let framework = dataset.framework
        let applied = method.applied(to: framework.method)
        let scores = try ScoringPipeline(framework: framework, method: applied, weights: weights).run(dataset.scoringInput)
        let selection = EditionSelection(framework: framework, observations: dataset.observations)
        return ScoredRun(
            framework: framework, countries: countries, selection: selection, input: dataset.scoringInput, method: applied,
            weights: weights, scores: scores, methodText: method.description, illustrative: false, runID: nil, notRecorded: nil,
            snapshot: Store.snapshot(of: selection.selected.values.flatMap(\.values)), evidence: nil, version: AgileVersion.current)
    }

    /// Scores `data` and records the run, or (`recorded`) scores a recorded run's inputs
    /// again without recording anything.
    func scored(_ edition: StoredEdition, data: EditionData, recorded: RunRecord? = nil) throws -> ScoredRun {
        let (framework, store) = (edition.framework, edition.store)
        let applied = method.applied(to: framework.method)
        let scores = try ScoringPipeline(framework: framework, method: applied, weights: weights).run(data.input)
        // Everything the run's output needs is read before it is recorded: a failure records nothing.
        let evidence = try edition.workspace.evidenceSet(store: store)
        let inputs = data.selected
        // Illustrative when a value scored, or the evidence the report shows, came from a file
        // marked so; other values in the store do not count.
        let illustrative = try store.isIllustrative(inputs: inputs) || (evidence != nil && store.evidenceIsIllustrative())
        var runID = recorded?.id
        var notRecorded: String?
        // A replayed run is in the store already, with its registry and version.
        if recorded == nil {
            if let reason = store.readOnlyReason {
                notRecorded = "\(store.path): \(reason) is read only, so this run was not recorded"
            } else {
                let frameworkID = try store.register(framework, path: edition.workspace.frameworkPath)
                runID = try store.recordRun(
                    frameworkID: frameworkID, weightSet: weights.name, method: method.description, inputs: inputs,
                    units: scores.units, nodes: scores.aggregated.columns, scores: scores.aggregated, ranks: scores.ranks,
                    version: AgileVersion.current)
            }
        }
        return ScoredRun(
            framework: framework, countries: edition.workspace.countries, selection: data.selection, input: data.input, method: applied,
            weights: weights, scores: scores, methodText: method.description, illustrative: illustrative, runID: runID,
            notRecorded: notRecorded, snapshot: Store.snapshot(of: inputs), evidence: evidence,
            version: recorded == nil ? AgileVersion.current : recorded?.version)
    }
}
