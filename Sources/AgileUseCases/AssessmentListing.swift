// The self-assessments a store has recorded, one row each: what `agile assessments` lists.

import AgileCore
import AgileIO

/// The recorded self-assessments of a store, oldest first, each with the run it was placed
/// against and the files it read.
///
/// ```swift
/// let listing = try AssessmentListing(store: ".agile/agile.sqlite")
/// listing.rows.first?.countries   // ["KEN"]
/// ```
public struct AssessmentListing: Sendable {
    /// One recorded self-assessment.
    public struct Row: Hashable, Sendable {
        /// Its id (`assess --replay`).
        public var id: Int64
        /// When it was recorded, as the store keeps it (ISO 8601, UTC).
        public var recordedAt: String
        /// The run it was placed against, and that run's edition.
        public var run: Int64
        public var edition: Int
        /// The countries assessed, by code.
        public var countries: [String]
        /// The files read, in the order given, with their SHA-256.
        public var files: [AssessedFile]
        /// Whether values beyond the run's range scored beyond the scale.
        public var extrapolate: Bool
        /// The version of agile that recorded it.
        public var version: String
    }

    /// The assessments, oldest first.
    public let rows: [Row]

    /// The assessments of `store`.
    public init(_ store: Store) throws {
        let editions = Dictionary(try store.runs().map { ($0.id, $0.edition) }, uniquingKeysWith: { first, _ in first })
        rows = try store.assessments().map { record in
            Row(id: record.id, recordedAt: record.createdAt, run: record.run, edition: editions[record.run] ?? 0,
                countries: record.countries, files: record.files, extrapolate: record.extrapolate, version: record.version)
        }
    }

    /// The assessments of the store at `path` (which must exist), opened with the country list
    /// of `registry` (or `countries`); the registry itself is not read.
    public init(store path: String, registry: String = Workspace.defaultFramework, countries: String? = nil) throws {
        try self.init(Workspace.openStore(path: path, countries: CountryList.load(path: countries, registry: registry), mustExist: true))
    }
}
