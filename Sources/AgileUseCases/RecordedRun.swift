// A run the store recorded, with the registry as the store kept it: what `score --run` and
// `report --run` replay, whatever the registry file holds now.

import AgileCore
import AgileIO

/// A recorded run and the edition to replay it on: the store, and the framework read from the
/// registry content the store kept with the run (by its SHA-256), not from the file at the
/// registry's path, which may have been edited, moved or removed since.
///
/// ```swift
/// let recorded = try RecordedRun(3, store: ".agile/agile.sqlite")
/// let run = try recorded.replay()   // the scores of run 3, as they were first printed
/// ```
public struct RecordedRun {
    /// The run as the store records it.
    public let record: RunRecord
    /// The store, and the workspace of the run's registry (its country list and companions
    /// are those of a registry at the path given).
    public let edition: StoredEdition

    /// Run `id` of `store`; its registry's companions (schema, benchmark and model registries)
    /// are those beside `registry`.
    /// - Throws: ``RunError/noRun(_:)``, the `InputError` or `RegistryError` of stored
    ///   content this agile cannot load, `StoreError` for a damaged store.
    public init(_ id: Int64, in store: Store, registry: String, countries: CountryCatalog) throws {
        guard let record = try store.run(id) else { throw RunError.noRun(id) }
        guard let content = try store.registryContent(sha256: record.frameworkSHA256) else {
            // The schema's foreign key keeps it; only a damaged store lacks it.
            throw StoreError.damaged(path: store.path, detail: "run \(id) names a registry (SHA-256 \(record.frameworkSHA256.prefix(12))…) it does not hold")
        }
        let workspace = try Workspace(
            registry: content, name: "\(record.registryPath) (as stored with run \(id))", at: registry, countries: countries)
        self.record = record
        edition = try StoredEdition(workspace: workspace, store: store)
    }

    /// Run `id` of the store at `path` (which must exist), with the country list of `registry`
    /// (or `countries`): the registry file itself is not read, so a run replays after it was
    /// edited or removed.
    public init(_ id: Int64, store path: String, registry: String = Workspace.defaultFramework, countries: String? = nil) throws {
        let catalog = try CountryList.load(path: countries, registry: registry)
        try self.init(id, in: Workspace.openStore(path: path, countries: catalog, mustExist: true), registry: registry, countries: catalog)
    }

    /// Scores the run's recorded inputs again with its registry, weights (overrides included),
    /// method and vintages: the scores it was recorded with. Nothing is recorded.
    /// - Throws: ``RunError/unreadableMethod(run:reason:)``,
    ///   ``RunError/unreadableWeights(run:reason:)`` or ``RunError/unreadableVintages(run:text:)``
    ///   when what was recorded cannot be read.
    public func replay() throws -> ScoredRun {
        let method: MethodChoices
        do {
            method = try MethodChoices(parsing: record.method)
        } catch {
            throw RunError.unreadableMethod(run: record.id, reason: error.description)
        }
        let weights: WeightChoice
        do {
            weights = try WeightChoice(recorded: record.weightSet)
        } catch {
            throw RunError.unreadableWeights(run: record.id, reason: error.description)
        }
        guard let vintages = VintageSelection(recorded: record.vintages) else {
            throw RunError.unreadableVintages(run: record.id, text: record.vintages)
        }
        let inputs = try edition.store.inputs(ofRun: record.id)
        let run = ScoringRun(method: method, weights: weights)
        return try run.scored(edition, data: EditionData(framework: edition.framework, observations: inputs), vintages: vintages, recorded: record)
    }
}
