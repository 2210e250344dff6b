// Two editions of the stored data side by side: what moved each country, decomposed into data,
// framework and field.

import AgileCore
import AgileIO

/// Compares two editions of an index as `agile compare --editions 2024 2025` does: the later
/// edition scored on its data (of the vintages asked for, by default as it was published), the
/// earlier as it was published, and the earlier edition's data under the later framework for
/// both fields of countries (see ``EditionChange``).
///
/// ```swift
/// let comparison = try EditionComparison(earlier: Workspace(framework: "Indicators/agile-2024.xml"),
///                                        later: Workspace(framework: "Indicators/agile-2025.xml"),
///                                        store: ".agile/sample.sqlite")
/// let result = try comparison.run()
/// result.change.rows.first   // the later edition's leader, at its index
/// ```
public struct EditionComparison {
    /// The earlier edition: its registry and country list.
    public let earlier: Workspace
    /// The later edition.
    public let later: StoredEdition
    /// The earlier edition's publication date: its data are the values of a vintage on or before it.
    public let earlierPublication: CalendarDate

    /// Opens the store at `path` for both editions.
    /// - Parameters:
    ///   - laterVintages: the vintages of the later edition's values (default: as published).
    /// - Throws: ``RunError/noPublicationDate(registry:)`` when the earlier registry declares no
    ///   publication date (or the later one none and `laterVintages` asks for values as
    ///   published), `InputError` when the store does not exist, `StoreError` when it cannot be used.
    public init(earlier: Workspace, later: Workspace, store path: String, laterVintages: VintageRequest = .asPublished) throws {
        guard let date = StoredEdition.publicationDate(of: earlier.framework) else {
            throw RunError.noPublicationDate(registry: earlier.frameworkPath)
        }
        earlierPublication = date
        self.earlier = earlier
        self.later = try StoredEdition(workspace: later, store: path, vintages: laterVintages)
    }

    /// The earlier edition's values, as published.
    public var earlierVintages: VintageSelection { .asPublished(earlierPublication) }

    /// Reads both editions' values, runs the four scorings and decomposes the change.
    /// - Throws: `StoreError` when the store cannot be read, `ScoringError` when an edition cannot be scored.
    public func run() throws -> EditionComparisonResult {
        let (old, new) = (earlier.framework, later.framework)
        let earlierImputes = [old, new].contains { $0.method.imputation == .latestEarlier }
        let laterData = try later.data(earlier: new.method.imputation == .latestEarlier).observations
        // One read of the earlier data for scorings B, C and D: both frameworks' codes, both
        // editions' countries (every country when either lists none), the earlier window and
        // publication date.
        let lists = [old, new].map { $0.participants.map(\.code) }
        var countries: [String]?
        if !lists.contains(where: \.isEmpty) {
            countries = lists[0] + lists[1].filter { !Set(lists[0]).contains($0) }
        }
        var earlierData = try later.store.editionObservations(
            countries: countries, indicators: old.dataCodes.union(new.dataCodes), years: old.years, earlier: earlierImputes,
            vintage: earlierPublication)
        if [old, new].contains(where: { $0.indicators.contains { $0.evidence != nil } }), let evidence = try later.workspace.evidenceSet(store: later.store) {
            earlierData += evidence.derivedObservations(for: old) + evidence.derivedObservations(for: new)
        }
        let change = try EditionChange(earlier: old, later: new, earlierData: earlierData, laterData: laterData)
        let illustrative = try later.store.isIllustrative(inputs: laterData + earlierData)
        let names = CountryNames(catalog: later.workspace.countries, codes: change.rows.map(\.country))
        return EditionComparisonResult(
            change: change, earlierFramework: old, laterFramework: new, earlierVintages: earlierVintages,
            laterVintages: later.vintages, names: names, illustrative: illustrative)
    }
}

/// What ``EditionComparison/run()`` found: the change and what it was computed from.
public struct EditionComparisonResult: Sendable {
    public let change: EditionChange
    public let earlierFramework: Framework
    public let laterFramework: Framework
    /// The earlier edition's values: as published.
    public let earlierVintages: VintageSelection
    /// The later edition's values, as asked for.
    public let laterVintages: VintageSelection
    /// The names of the countries compared.
    public let names: CountryNames
    /// Whether a value read came from a file marked illustrative.
    public let illustrative: Bool
}
