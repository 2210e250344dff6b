// A registry's edition as a store holds it, and the one selection of its data every use case reads.

import AgileCore
import AgileIO

/// The registry, its country list and the store a use case reads an edition from.
///
/// ```swift
/// let edition = try StoredEdition(workspace: Workspace(), store: ".agile/agile.sqlite")
/// let data = try edition.data(earlier: false)   // what `data`, `score`, `report` and the audits see
/// ```
public struct StoredEdition {
    /// The registry and its country list.
    public let workspace: Workspace
    /// The store, open (read only when this user cannot write it).
    public let store: Store

    /// Opens the store at `path` (which must exist; a store this user cannot write is read
    /// without writing), after checking that the registry declares `edition` when one is asked for.
    /// - Throws: ``RunError/otherEdition(registry:declared:asked:)``, `InputError` when the store
    ///   does not exist yet, `StoreError` when it cannot be used.
    public init(workspace: Workspace, store path: String, edition: Int? = nil) throws {
        if let edition, edition != workspace.framework.edition {
            throw RunError.otherEdition(registry: workspace.frameworkPath, declared: workspace.framework.edition, asked: edition)
        }
        self.workspace = workspace
        store = try workspace.openStore(path: path, mustExist: true)
    }

    /// The edition of `workspace` in a store already open.
    public init(workspace: Workspace, store: Store) {
        self.workspace = workspace
        self.store = store
    }

    /// The registry's framework.
    public var framework: Framework { workspace.framework }

    /// The edition's data: the store's current values of the framework's indicators and
    /// denominators for its countries and years, the values derived from the store's evidence
    /// (``Workspace/scoringObservations(store:earlier:)``), and the selection of the latest
    /// year inside the window. Every command that shows or scores stored data reads it here.
    /// - Parameter earlier: also read the latest values before the window (latest-earlier imputation).
    public func data(earlier: Bool) throws -> EditionData {
        EditionData(framework: framework, observations: try workspace.scoringObservations(store: store, earlier: earlier))
    }
}

/// The observations of an edition, the values selected from them and the pipeline's input.
public struct EditionData: Sendable {
    /// The values read: inside the window, and before it when asked for.
    public let observations: [Observation]
    /// Per country and indicator, the latest value inside the window.
    public let selection: EditionSelection
    /// The selection as the pipeline takes it.
    public let input: ScoringInput

    /// Selects from `observations` (the earlier values of latest-earlier imputation among them).
    public init(framework: Framework, observations: [Observation]) {
        self.observations = observations
        selection = EditionSelection(framework: framework, observations: observations)
        input = ScoringInput(framework: framework, selection: selection, earlier: observations)
    }

    /// The values selected, as a run records them.
    public var selected: [Observation] { selection.selected.values.flatMap(\.values) }
}
