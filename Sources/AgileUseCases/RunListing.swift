// The runs a store has recorded, one row each: what `agile runs` lists.

import AgileCore
import AgileIO

/// The recorded runs of a store, oldest first, each with what it was scored with.
///
/// ```swift
/// let listing = try RunListing(store: ".agile/agile.sqlite")
/// listing.rows.first?.registry   // "agile-2024"
/// ```
public struct RunListing: Sendable {
    /// One recorded run.
    public struct Row: Hashable, Sendable {
        /// The run's id (`score --run`, `report --run`).
        public var id: Int64
        /// When it was recorded, as the store keeps it (ISO 8601, UTC).
        public var recordedAt: String
        /// The registry: the framework's key, its edition and the SHA-256 of the content the
        /// store kept (the one the run replays with).
        public var registry: String
        public var edition: Int
        public var registrySHA256: String
        /// The method choices as recorded (empty: the registry's method).
        public var method: String
        /// The weights: `declared`, `equal` or a weight set's id.
        public var weights: String
        /// SHA-256 of the run's inputs (the data snapshot the pages' footers show).
        public var snapshot: String
        /// Whether a value the run scored, or the store's evidence a report of it shows, came
        /// from a file marked illustrative (as its replay says).
        public var illustrative: Bool
        /// The vintages the run scored, as recorded (`revised`, `as-published:2025-02-10`,
        /// `as-of:2024-12-31`).
        public var vintages: String
        /// The version of agile that recorded the run; `nil`: unknown (recorded before versions were).
        public var version: String?
    }

    /// The runs, oldest first.
    public let rows: [Row]

    /// The runs of `store`.
    public init(_ store: Store) throws {
        let evidence = try store.evidenceIsIllustrative()
        rows = try store.runs().map { record in
            Row(id: record.id, recordedAt: record.createdAt, registry: record.framework, edition: record.edition,
                registrySHA256: record.frameworkSHA256, method: record.method, weights: record.weightSet, snapshot: record.snapshot,
                illustrative: try evidence || store.isIllustrative(inputs: store.inputs(ofRun: record.id)), vintages: record.vintages,
                version: record.version)
        }
    }

    /// The runs of the store at `path` (which must exist), opened with the country list of
    /// `registry` (or `countries`); the registry itself is not read.
    public init(store path: String, registry: String = Workspace.defaultFramework, countries: String? = nil) throws {
        try self.init(Workspace.openStore(path: path, countries: CountryList.load(path: countries, registry: registry), mustExist: true))
    }
}
