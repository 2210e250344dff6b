// The history of the store's values: every value a later ingest superseded, beside the one
// that is current, with the file and line of each — what `agile data --history` shows.

import AgileCore
import AgileIO

/// The values of a store that have changed, per country, indicator, year and source: each
/// value stored, the ingest, file and line it came from, and which ingest (file and line)
/// superseded it.
///
/// ```swift
/// let history = try DataHistory(edition, country: "KE", indicator: "I14")
/// history.rows   // KEN I14 2023: 48 (ingest #1, y1.csv:2) superseded by ingest #2 (y2.csv:2); 4.8 current
/// ```
public struct DataHistory: Sendable {
    /// One stored value.
    public struct Row: Hashable, Sendable {
        public var country: String
        public var indicator: String
        public var year: Int
        /// The source the value names (empty: none).
        public var source: String
        /// The value (`nil`: given as missing) and its note.
        public var value: Double?
        public var note: String
        /// The ingest that stored it, and where in its file the value was read.
        public var ingest: Int64
        public var provenance: Provenance
        /// Whether it is the current value.
        public var current: Bool
        /// The ingest that superseded it (`nil` for the current value), and the file and line
        /// of the value that replaced it there.
        public var supersededBy: Int64?
        public var replacement: Provenance?

        /// What the value is of: country, indicator, year and source (the rows of one key follow each other).
        public var key: String { "\(country)\t\(indicator)\t\(year)\t\(source)" }
    }

    /// The values, grouped by country, indicator, year and source (in that order), oldest
    /// ingest first within a group.
    public let rows: [Row]
    /// The country (alpha-3) and the indicator the history is of, when it is of one.
    public let country: String?
    public let indicator: String?
    /// The number of superseded values among them.
    public var supersededCount: Int { rows.count(where: { !$0.current }) }

    /// The history of `edition`'s store, only for `country` (alpha-3 or alpha-2) and
    /// `indicator` (an indicator or denominator code of the registry) when given.
    /// - Throws: ``RunError/unknownCountry(code:)``, ``RunError/unknownIndicator(code:registry:)``.
    public init(_ edition: StoredEdition, country: String? = nil, indicator: String? = nil) throws {
        let alpha3 = try country.map { code throws(RunError) in
            guard let country = edition.workspace.countries.resolve(code) else { throw .unknownCountry(code: code) }
            return country.alpha3
        }
        if let indicator, !edition.framework.dataCodes.contains(indicator) {
            throw RunError.unknownIndicator(code: indicator, registry: edition.workspace.frameworkPath)
        }
        self.country = alpha3
        self.indicator = indicator
        rows = try edition.store.histories(country: alpha3, indicator: indicator).flatMap(DataHistory.rows)
    }

    /// The rows of one key's values: each superseded one names the value of its superseding
    /// ingest.
    private static func rows(_ history: ValueHistory) -> [Row] {
        history.values.map { value in
            Row(country: history.country, indicator: history.indicator, year: history.year, source: history.source,
                value: value.value, note: value.note, ingest: value.ingest, provenance: value.provenance, current: value.current,
                supersededBy: value.supersededBy,
                replacement: value.supersededBy.flatMap { by in history.values.first { $0.ingest == by }?.provenance })
        }
    }
}
