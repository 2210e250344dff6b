// The SQLite store: frameworks, countries, ingested files and every observation with history.

import AgileCore
import Foundation
import GRDB

/// The toolkit's database (SQLite in WAL mode through GRDB).
///
/// Every file is ingested in one transaction: either all of its observations are stored or
/// none. Re-ingesting identical content changes nothing; a new value for an existing
/// (country, indicator, year, source) supersedes the old one, which stays as history.
///
/// ```swift
/// let store = try Store(path: ".agile/agile.sqlite", countries: catalog)
/// let result = try store.ingest(path: "Data/agile-2024-long.csv", check: check)
/// ```
public final class Store {
    /// Where the store lives unless `--db` says otherwise.
    public static let defaultPath = ".agile/agile.sqlite"

    let queue: DatabaseQueue

    /// Opens (creating if needed) the store at `path` and applies pending migrations.
    /// `":memory:"` opens a private in-memory store.
    public init(path: String, countries: CountryCatalog, busyTimeout: Double = 30) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        if path == ":memory:" {
            queue = try DatabaseQueue(configuration: configuration)
        } else {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            configuration.journalMode = .wal
            queue = try DatabaseQueue(path: path, configuration: configuration)
        }
        try StoreSchema.migrator.migrate(queue)
        try seed(countries)
    }

    private func seed(_ catalog: CountryCatalog) throws {
        try queue.write { db in
            let stored = try Int.fetchOne(db, sql: "SELECT count(*) FROM countries") ?? 0
            guard stored != catalog.countries.count else { return }
            let statement = try db.makeStatement(sql: "INSERT OR REPLACE INTO countries (alpha3, alpha2, numeric, name) VALUES (?, ?, ?, ?)")
            for country in catalog.countries {
                try statement.execute(arguments: [country.alpha3, country.alpha2, country.numeric, country.name])
            }
        }
    }

    /// Records a framework's registry file (by content hash) and returns its row id.
    @discardableResult
    public func register(_ framework: Framework, path: String) throws -> Int64 {
        let content = try FileDigest.contents(of: path)
        let digest = FileDigest.sha256(content)
        return try queue.write { db in
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM frameworks WHERE sha256 = ?", arguments: [digest]) {
                return id
            }
            try db.execute(
                sql: "INSERT INTO frameworks (key, name, edition, path, sha256, content) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [framework.id, framework.name, framework.edition, path, digest, Data(content)])
            return db.lastInsertedRowID
        }
    }

    /// Reads a data file with `reader` and stores its observations in one transaction.
    ///
    /// - Parameters:
    ///   - reader: the reader to use; by default the format's own.
    ///   - illustrative: marks the data as illustrative even if the file does not say so.
    /// - Throws: the reader's ``InputError`` (nothing is stored), or a duplicate-value error.
    public func ingest(
        path: String, format: DataFormat, reader: (any ObservationReader)? = nil,
        check: ObservationCheck, illustrative: Bool = false
    ) throws -> IngestResult {
        let digest = try FileDigest.sha256(path: path)
        let reader = reader ?? format.reader
        return try queue.writeWithoutTransaction { db in
            var result = IngestResult(file: path, format: format, sha256: digest)
            try db.inTransaction(.immediate) {
                try db.execute(sql: """
                    CREATE TEMP TABLE IF NOT EXISTS stage (
                        country TEXT NOT NULL, indicator TEXT NOT NULL, year INTEGER NOT NULL,
                        source TEXT NOT NULL, value REAL, note TEXT NOT NULL,
                        line INTEGER NOT NULL, "column" INTEGER NOT NULL,
                        PRIMARY KEY (country, indicator, year, source)
                    ) WITHOUT ROWID;
                    DELETE FROM stage;
                    PRAGMA temp.cache_size = -65536;
                    PRAGMA main.cache_size = -65536;
                    """)
                let insert = try StageStatement(db)
                let previous = try db.makeStatement(sql: """
                    SELECT value, line FROM stage WHERE country = ? AND indicator = ? AND year = ? AND source = ?
                    """)
                let summary = try reader.read(path: path, check: check) { observation in
                    if try !insert.insert(observation) {
                        let row = try Row.fetchOne(previous, arguments: [observation.country, observation.indicator, observation.year, observation.source])!
                        let earlier: Double? = row["value"]
                        if earlier != observation.value {
                            throw Store.secondValue(observation.provenance, observation.value, observation.country, observation.indicator, observation.year, earlierLine: row["line"], earlier: earlier)
                        }
                        result.repeatedRows += 1
                    }
                }
                // The same country, indicator and year under two sources must agree too.
                if let clash = try Row.fetchOne(db, sql: """
                    SELECT b.country, b.indicator, b.year, b.value, b.line, b."column", a.line AS earlierLine, a.value AS earlier
                    FROM stage a JOIN stage b
                      ON a.country = b.country AND a.indicator = b.indicator AND a.year = b.year
                     AND a.source <> b.source AND a.value IS NOT b.value AND a.line < b.line
                    ORDER BY b.line, a.line LIMIT 1
                    """) {
                    throw Store.secondValue(
                        Provenance(file: path, line: clash["line"], column: clash["column"]), clash["value"],
                        clash["country"], clash["indicator"], clash["year"], earlierLine: clash["earlierLine"], earlier: clash["earlier"])
                }
                result.summary = summary
                result.summary.illustrative = illustrative || summary.illustrative
                result.rows = try Int.fetchOne(db, sql: "SELECT count(*) FROM stage") ?? 0
                try db.execute(
                    sql: """
                        INSERT INTO ingests (file, sha256, format, framework, ingested_at, rows, added, superseded, illustrative)
                        VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?)
                        """,
                    arguments: [path, digest, format.rawValue, check.framework.id, Store.timestamp(),
                                result.rows, result.summary.illustrative])
                let ingest = db.lastInsertedRowID
                try db.execute(sql: """
                    UPDATE observations SET current = 0, superseded_by = ?
                    WHERE current = 1 AND EXISTS (
                        SELECT 1 FROM stage s
                        WHERE s.country = observations.country AND s.indicator = observations.indicator
                          AND s.year = observations.year AND s.source = observations.source
                          AND (s.value IS NOT observations.value OR s.note IS NOT observations.note))
                    """, arguments: [ingest])
                result.superseded = db.changesCount
                try db.execute(sql: """
                    INSERT INTO observations (country, indicator, year, value, source, note, ingest, line, "column")
                    SELECT s.country, s.indicator, s.year, s.value, s.source, s.note, ?, s.line, s."column"
                    FROM stage s
                    WHERE NOT EXISTS (
                        SELECT 1 FROM observations o
                        WHERE o.current = 1 AND o.country = s.country AND o.indicator = s.indicator
                          AND o.year = s.year AND o.source = s.source)
                    """, arguments: [ingest])
                result.added = db.changesCount
                try db.execute(sql: "DELETE FROM stage")
                if result.added == 0 && result.superseded == 0 {
                    result.unchanged = true
                    return .rollback
                }
                try db.execute(sql: "UPDATE ingests SET added = ?, superseded = ? WHERE id = ?",
                               arguments: [result.added, result.superseded, ingest])
                result.ingest = ingest
                return .commit
            }
            return result
        }
    }

    /// The error for a second, different value of one country, indicator and year in a file.
    static func secondValue(_ location: Provenance, _ value: Double?, _ country: String, _ indicator: String, _ year: Int, earlierLine: Int, earlier: Double?) -> InputError {
        InputError(
            location, field: "value", value: value.map(Scale.format) ?? "",
            problem: "is a second value for \(country) \(indicator) \(year)",
            expected: "line \(earlierLine) gives \(earlier.map(Scale.format) ?? "missing"); one file may give one value per country, indicator and year")
    }

    /// The time of an ingest, in UTC (kept in the store only, never in reports).
    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }
}

/// What one ingest did.
public struct IngestResult: Sendable {
    public var file: String
    public var format: DataFormat
    public var sha256: String
    /// The store's id of the ingest, `nil` when nothing changed (nothing was recorded).
    public var ingest: Int64?
    /// Distinct (country, indicator, year) values the file holds.
    public var rows = 0
    /// Rows that repeated an earlier row of the same file with the same value.
    public var repeatedRows = 0
    /// Observations stored as new current values.
    public var added = 0
    /// Earlier current values replaced (they stay as history).
    public var superseded = 0
    /// True when the file brought nothing new (e.g. it was ingested before).
    public var unchanged = false
    public var summary = ReadSummary()

    public init(file: String, format: DataFormat, sha256: String) {
        self.file = file
        self.format = format
        self.sha256 = sha256
    }
}
