// Reading the store: current observations, the history of a value, past ingests.

import AgileCore
import GRDB

extension Store {
    /// Every current (not superseded) observation, optionally only for some indicator codes,
    /// with the file and line it came from. Ordered by country, indicator, year, source.
    public func currentObservations(codes: Set<String>? = nil) throws -> [Observation] {
        try queue.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT o.country, o.indicator, o.year, o.value, o.source, o.note, o.line, o."column", i.file
                FROM observations o JOIN ingests i ON i.id = o.ingest
                WHERE o.current = 1
                ORDER BY o.country, o.indicator, o.year, o.source
                """)
            var observations: [Observation] = []
            while let row = try rows.next() {
                let indicator: String = row[1]
                if let codes, !codes.contains(indicator) { continue }
                observations.append(Observation(
                    country: row[0], indicator: indicator, year: row[2], value: row[3], source: row[4], note: row[5],
                    provenance: Provenance(file: row[8], line: row[6], column: row[7])))
            }
            return observations
        }
    }

    /// Every value ever stored for one country, indicator and year, oldest first, with the
    /// ingest that brought it and whether it is still current.
    public func history(country: String, indicator: String, year: Int) throws -> [StoredValue] {
        try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT o.value, o.source, o.note, o.current, o.ingest, o.superseded_by, o.line, o."column", i.file
                FROM observations o JOIN ingests i ON i.id = o.ingest
                WHERE o.country = ? AND o.indicator = ? AND o.year = ?
                ORDER BY o.id
                """, arguments: [country, indicator, year]).map { row in
                StoredValue(value: row[0], source: row[1], note: row[2], current: row[3], ingest: row[4], supersededBy: row[5],
                            provenance: Provenance(file: row[8], line: row[6], column: row[7]))
            }
        }
    }

    /// Every value stored for each country, indicator, year and source whose value has changed
    /// (a value superseded, kept as history), oldest ingest first, the current one among them;
    /// only for `country` and `indicator` when given. The superseded rows are found through
    /// their partial index, so the rest of the store is not read.
    public func histories(country: String? = nil, indicator: String? = nil) throws -> [ValueHistory] {
        try queue.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT o.country, o.indicator, o.year, o.source, o.value, o.note, o.current, o.ingest, o.superseded_by,
                       o.line, o."column", i.file
                FROM observations o JOIN ingests i ON i.id = o.ingest
                WHERE (o.country, o.indicator, o.year, o.source) IN (
                    SELECT country, indicator, year, source FROM observations
                    WHERE current = 0 AND (?1 IS NULL OR country = ?1) AND (?2 IS NULL OR indicator = ?2))
                ORDER BY o.country, o.indicator, o.year, o.source, o.ingest
                """, arguments: [country, indicator])
            var histories: [ValueHistory] = []
            while let row = try rows.next() {
                let value = StoredValue(
                    value: row[4], source: row[3], note: row[5], current: row[6], ingest: row[7], supersededBy: row[8],
                    provenance: Provenance(file: row[11], line: row[9], column: row[10]))
                let (country, indicator, year): (String, String, Int) = (row[0], row[1], row[2])
                if let last = histories.last, last.country == country, last.indicator == indicator, last.year == year, last.source == value.source {
                    histories[histories.count - 1].values.append(value)
                } else {
                    histories.append(ValueHistory(country: country, indicator: indicator, year: year, source: value.source, values: [value]))
                }
            }
            return histories
        }
    }

    /// The ingests recorded, oldest first.
    public func ingests() throws -> [IngestRecord] {
        try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, file, sha256, format, framework, ingested_at, rows, added, superseded, illustrative, vintage, vintage_declared
                FROM ingests ORDER BY id
                """).map { row in
                IngestRecord(id: row[0], file: row[1], sha256: row[2], format: row[3], framework: row[4], ingestedAt: row[5],
                             rows: row[6], added: row[7], superseded: row[8], illustrative: row[9], vintage: row[10], vintageDeclared: row[11])
            }
        }
    }

    /// Whether any current observation of these codes came from a file marked illustrative.
    /// The illustrative ingests are few: their rows are found through the index on `ingest`,
    /// so the store's other data is not read.
    public func hasIllustrativeData(codes: Set<String>) throws -> Bool {
        guard !codes.isEmpty else { return false }
        return try queue.read { db in
            try Bool.fetchOne(db, sql: Store.illustrativeSQL(codes: codes.count), arguments: StatementArguments(codes.sorted())) ?? false
        }
    }

    /// Whether an illustrative ingest holds a current value of one of `codes` codes (the
    /// parameters). CROSS JOIN keeps `ingests` the outer loop, so only the rows of the
    /// illustrative ingests are read (through the index on `ingest`).
    static func illustrativeSQL(codes: Int) -> String {
        """
        SELECT EXISTS (SELECT 1 FROM ingests i CROSS JOIN observations o ON o.ingest = i.id
                       WHERE i.illustrative = 1 AND o.current = 1 AND o.indicator IN (\(placeholders(codes))))
        """
    }

    /// Counts of rows per table, for tests and `agile data`: the count of all observations
    /// reads the smallest index, the superseded ones (current = total − superseded) their
    /// partial index, so the table itself is not read.
    public func counts() throws -> (observations: Int, current: Int, ingests: Int) {
        try queue.read { db in
            let observations = try Int.fetchOne(db, sql: "SELECT count(*) FROM observations") ?? 0
            let superseded = try Int.fetchOne(db, sql: Store.supersededCountSQL) ?? 0
            return (observations, observations - superseded, try Int.fetchOne(db, sql: "SELECT count(*) FROM ingests") ?? 0)
        }
    }

    /// The count of superseded observations (through their partial index).
    static let supersededCountSQL = "SELECT count(*) FROM observations WHERE current = 0"

    /// `PRAGMA integrity_check`: "ok" for a sound database file.
    public func integrityCheck() throws -> String {
        try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }
}

/// One stored value with its history fields.
public struct StoredValue: Hashable, Sendable {
    public var value: Double?
    public var source: String
    public var note: String
    public var current: Bool
    public var ingest: Int64
    public var supersededBy: Int64?
    public var provenance: Provenance
}

/// Every value stored for one country, indicator, year and source, oldest ingest first.
public struct ValueHistory: Hashable, Sendable {
    public var country: String
    public var indicator: String
    public var year: Int
    /// The source the values name (empty: none).
    public var source: String
    /// The values, the current one (if any is) among them.
    public var values: [StoredValue]

    public init(country: String, indicator: String, year: Int, source: String, values: [StoredValue]) {
        self.country = country
        self.indicator = indicator
        self.year = year
        self.source = source
        self.values = values
    }
}

/// One row of the ingest log.
public struct IngestRecord: Hashable, Sendable {
    public var id: Int64
    public var file: String
    public var sha256: String
    public var format: String
    public var framework: String
    public var ingestedAt: String
    public var rows: Int
    public var added: Int
    public var superseded: Int
    public var illustrative: Bool
    /// The vintage of the ingest's values (`YYYY-MM-DD`): the date the file declares, else the
    /// day of the ingest (UTC).
    public var vintage: String
    /// Whether the file declared ``vintage``.
    public var vintageDeclared: Bool
}
