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
    /// The nominal weights, as asked for (resolved against the framework when it is loaded).
    public var weights: WeightRequest

    /// A run with `method` choices over the framework's and `weights`.
    public init(method: MethodChoices = MethodChoices(), weights: WeightChoice = .declared) {
        self.init(method: method, weights: WeightRequest(weights))
    }

    /// A run with `method` choices over the framework's and the weights `weights` asks for
    /// (`--weights`, `--weight`).
    public init(method: MethodChoices = MethodChoices(), weights: WeightRequest) {
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

    /// Scores the stored data of the edition, of its vintages (``StoredEdition/vintages``), and
    /// records the run with them, unless the store is read only (then ``ScoredRun/notRecorded`` says so). Everything the run's output needs is
    /// read before it is recorded: a failure records nothing.
    public func score(_ edition: StoredEdition) throws -> ScoredRun {
        let earlier = method.applied(to: edition.framework.method).imputation == .latestEarlier
        return try scored(edition, data: try edition.data(earlier: earlier), vintages: edition.vintages)
    }

    /// Scores the inputs recorded with run `id` again, with the run's weights (overrides
    /// included), method, vintages and registry (as the store kept it with the run: see
    /// ``RecordedRun``); the registry's companions are those beside `edition`'s registry.
    /// Nothing is recorded.
    /// - Throws: ``RunError`` when the store holds no such run or the recorded method,
    ///   weights or vintages cannot be read.
    public static func replay(run id: Int64, in edition: StoredEdition) throws -> ScoredRun {
        try RecordedRun(id, in: edition.store, registry: edition.workspace.frameworkPath, countries: edition.workspace.countries).replay()
    }

    /// Scores every year of `source`: a stored edition is one run; COINr tables give one run
    /// per year of their `Time` column (or the year their steps ask for).
    public func scoreYears(_ source: DataSource) throws -> [ScoredRun] {
        switch source {
        case .stored(let edition): [try score(edition)]
        case .coinr(let tables): try scoreYears(tables)
        }
    }

    /// Scores a COINr iData/iMeta pair directly (nothing stored): its one year, or the year
    /// its steps ask for.
    /// - Throws: ``RunError/severalYears(table:years:)`` when the table has several years and
    ///   none is asked for.
    public func score(_ tables: COINrTables) throws -> ScoredRun {
        let runs = try scoreYears(tables)
        guard runs.count == 1 else { throw RunError.severalYears(table: tables.data, years: runs.map(\.framework.edition)) }
        return runs[0]
    }

    /// Scores every year of a COINr iData/iMeta pair (or the year its steps ask for), as COINr
    /// scores a purse: each year screened, imputed and treated on its own, normalised over all
    /// years together (``PanelNormalisation/global``, the default) or year by year, aggregated
    /// and ranked within the year. Nothing is stored. Each run's framework has the year as its
    /// edition.
    public func scoreYears(_ tables: COINrTables) throws -> [ScoredRun] {
        let (countries, dataset) = try tables.load()
        let shown = try tables.years(of: dataset)
        let method = tables.method(self.method, framework: dataset.framework)
        let weights = try self.weights.resolved(for: dataset.framework, registry: tables.meta)
        let pipeline = try ScoringPipeline(framework: dataset.framework, method: method, weights: weights)
        // A global normalisation takes every year's values, whichever are shown.
        let global = tables.steps.normalisation == .global && dataset.years.count > 1
        let years = global ? dataset.years : shown
        let inputs = years.map { (year: $0, input: dataset.scoringInput(year: $0)) }
        let scores = try pipeline.run(panel: inputs, normalisation: tables.steps.normalisation)
        var methodText = [tables.steps.text, self.method.description].filter { !$0.isEmpty }.joined(separator: " ")
        if global { methodText += (methodText.isEmpty ? "" : "; ") + "normalised over the years \(years[0])–\(years[years.count - 1]) together" }
        return zip(inputs, scores).filter { shown.contains($0.0.year) }.map { point, scores in
            let framework = dataset.framework(year: point.year)
            let selection = EditionSelection(framework: framework, observations: dataset.observations)
            return ScoredRun(
                framework: framework, countries: countries, selection: selection, input: point.input, method: method,
                weights: weights, scores: scores, methodText: methodText, illustrative: false, runID: nil, notRecorded: nil,
                snapshot: Store.snapshot(of: selection.selected.values.flatMap(\.values)), evidence: nil, vintages: nil, version: AgileVersion.current)
        }
    }

    /// Scores `data` (of `vintages`) and records the run, or (`recorded`) scores a recorded
    /// run's inputs again without recording anything.
    func scored(_ edition: StoredEdition, data: EditionData, vintages: VintageSelection, recorded: RunRecord? = nil) throws -> ScoredRun {
        let (framework, store) = (edition.framework, edition.store)
        let applied = method.applied(to: framework.method)
        let weights = try self.weights.resolved(for: framework, registry: edition.workspace.frameworkPath)
        let scores = try ScoringPipeline(framework: framework, method: applied, weights: weights).run(data.input)
        // Everything the run's output needs is read before it is recorded: a failure records nothing.
        let evidence = try edition.workspace.evidenceSet(store: store)
        let inputs = data.selected
        // Illustrative when a value scored, or the evidence the report shows, came from a file
        // marked so; other values in the store do not count.
        let illustrative = try store.isIllustrative(inputs: inputs) || (evidence != nil && store.evidenceIsIllustrative())
        var runID = recorded?.id
        var notRecorded: String?
        if recorded == nil {
            if let reason = store.readOnlyReason {
                notRecorded = "\(store.path): \(reason) is read only, so this run was not recorded"
            } else {
                let frameworkID = try store.register(framework, path: edition.workspace.frameworkPath)
                runID = try store.recordRun(
                    frameworkID: frameworkID, weightSet: weights.name, method: method.description, vintages: vintages.description,
                    inputs: inputs, units: scores.units, nodes: scores.aggregated.columns, scores: scores.aggregated, ranks: scores.ranks,
                    version: AgileVersion.current)
            }
        }
        return ScoredRun(
            framework: framework, countries: edition.workspace.countries, selection: data.selection, input: data.input, method: applied,
            weights: weights, scores: scores, methodText: method.description, illustrative: illustrative, runID: runID,
            notRecorded: notRecorded, snapshot: Store.snapshot(of: inputs), evidence: evidence, vintages: vintages,
            version: recorded == nil ? AgileVersion.current : recorded?.version)
    }
}
