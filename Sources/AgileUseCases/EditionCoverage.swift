// What the store holds for an edition: the counts, the coverage per country and indicator, the values selected.

import AgileCore
import AgileIO

/// The coverage `agile data` shows: the store's counts, and for the edition's countries and
/// indicators the values the run would select (``StoredEdition/data(earlier:)``, evidence-derived
/// indicators included), with the cells missing.
public struct EditionCoverage {
    /// The registry and store read.
    public let edition: StoredEdition
    /// The values selected, per country and indicator.
    public let selection: EditionSelection
    /// Observed and missing cells per country and per indicator, flagged below the thresholds.
    public let coverage: Coverage
    /// All values stored, the current ones, and the ingests.
    public let counts: (observations: Int, current: Int, ingests: Int)
    /// Whether a value the edition reads came from a file marked illustrative (an ingest of
    /// the framework's codes, or the evidence an indicator is derived from).
    public let illustrative: Bool

    /// Reads the coverage of `edition` from its store.
    public init(_ edition: StoredEdition) throws {
        self.edition = edition
        let framework = edition.framework
        selection = try edition.data(earlier: false).selection
        coverage = Coverage(framework: framework, selection: selection)
        counts = try edition.store.counts()
        let derives = framework.indicators.contains { $0.evidence != nil }
        illustrative = try edition.store.hasIllustrativeData(codes: framework.dataCodes) || (derives && edition.store.evidenceIsIllustrative())
    }

    /// The registry's framework.
    public var framework: Framework { edition.framework }

    /// The country `code` names (alpha-3 or alpha-2).
    /// - Throws: ``RunError/unknownCountry(code:)`` when it is no ISO 3166-1 country.
    public func country(_ code: String) throws(RunError) -> Country {
        guard let country = edition.workspace.countries.resolve(code) else { throw .unknownCountry(code: code) }
        return country
    }
}
