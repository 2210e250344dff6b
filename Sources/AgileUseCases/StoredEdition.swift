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
    /// The vintages of the values read: as published, as of a date, or revised.
    public let vintages: VintageSelection

    /// Opens the store at `path` (which must exist; a store this user cannot write is read
    /// without writing), after checking that the registry declares `edition` when one is asked for.
    /// - Parameters:
    ///   - vintages: the vintages asked for; by default as published when the edition has a
    ///     publication date, else revised.
    ///   - publicationDate: the edition's publication date, when the caller knows it; `nil`:
    ///     ``publicationDate(of:)``.
    /// - Throws: ``RunError/otherEdition(registry:declared:asked:)``,
    ///   ``RunError/noPublicationDate(registry:)`` when values as published are asked of an
    ///   edition without a publication date, `InputError` when the store does not exist yet,
    ///   `StoreError` when it cannot be used.
    public init(
        workspace: Workspace, store path: String, edition: Int? = nil, vintages: VintageRequest = .revised,
        publicationDate: CalendarDate? = nil
    ) throws {
        if let edition, edition != workspace.framework.edition {
            throw RunError.otherEdition(registry: workspace.frameworkPath, declared: workspace.framework.edition, asked: edition)
        }
        self.vintages = try StoredEdition.selection(vintages, workspace: workspace, publicationDate: publicationDate)
        self.workspace = workspace
        store = try workspace.openStore(path: path, mustExist: true)
    }

    /// The edition of `workspace` in a store already open.
    /// - Throws: ``RunError/noPublicationDate(registry:)`` as ``init(workspace:store:edition:vintages:publicationDate:)``.
    public init(workspace: Workspace, store: Store, vintages: VintageRequest = .revised, publicationDate: CalendarDate? = nil) throws {
        self.vintages = try StoredEdition.selection(vintages, workspace: workspace, publicationDate: publicationDate)
        self.workspace = workspace
        self.store = store
    }

    /// The date the edition of `framework` was published, which values as published are read
    /// up to; `nil` when its registry declares none.
    ///
    /// The one place the registry's publication date is read from: the registry's
    /// `published="YYYY-MM-DD"` (the Framework's `publicationDate`, checked as a real day when
    /// the registry is loaded). Callers that know another date pass it to
    /// ``init(workspace:store:edition:vintages:publicationDate:)``.
    public static func publicationDate(of framework: Framework) -> CalendarDate? {
        framework.publicationDate.flatMap { CalendarDate($0) }
    }

    /// The selection `request` makes for the edition of `workspace`.
    static func selection(_ request: VintageRequest, workspace: Workspace, publicationDate: CalendarDate?) throws(RunError) -> VintageSelection {
        guard let selection = request.selection(publicationDate: publicationDate ?? StoredEdition.publicationDate(of: workspace.framework)) else {
            throw .noPublicationDate(registry: workspace.frameworkPath)
        }
        return selection
    }

    /// The registry's framework.
    public var framework: Framework { workspace.framework }

    /// The edition's data: the store's values of the framework's indicators and denominators
    /// for its countries and years, of the ``vintages`` selected, the values derived from the
    /// store's evidence (``Workspace/scoringObservations(store:earlier:vintage:)``), and the
    /// selection of the latest year inside the window. Every command that shows or scores
    /// stored data reads it here.
    /// - Parameter earlier: also read the latest values before the window (latest-earlier imputation).
    /// - Throws: ``RunError/nothingByVintage(_:earliest:)`` when a date is selected before the
    ///   vintage of every value the store holds for the edition.
    public func data(earlier: Bool) throws -> EditionData {
        let observations = try workspace.scoringObservations(store: store, earlier: earlier, vintage: vintages.cutoff)
        if let cutoff = vintages.cutoff, !observations.contains(where: { $0.value != nil }),
           let earliest = try store.earliestVintage(indicators: framework.dataCodes), earliest > cutoff {
            throw RunError.nothingByVintage(vintages, earliest: earliest)
        }
        return EditionData(framework: framework, observations: observations)
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
