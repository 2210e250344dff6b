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

    /// How a command uses the store.
    public enum Access: Sendable {
        /// Create the store when it is missing and write to it; a store that cannot be written
        /// is an error (``StoreError/readOnly(path:what:)``).
        case readWrite
        /// Write to the store when this user may (migrations are applied, runs recorded), else
        /// read it without writing anything (``Store/isReadOnly``).
        case readWriteIfPermitted
        /// Read only: nothing is written, not even SQLite's `-wal` and `-shm` files.
        case readOnly
    }

    let queue: DatabaseQueue
    /// The store's file (`:memory:` for a private in-memory store).
    public let path: String
    /// Seconds a write waits while another process writes the store.
    public let busyTimeout: Double
    /// What keeps the store from being written (`the file`, `its folder …`), `nil` when it is
    /// written to.
    public let readOnlyReason: String?
    /// Whether the store was opened read only: nothing is written to it.
    public var isReadOnly: Bool { readOnlyReason != nil }

    /// Opens (creating if needed) the store at `path` and applies pending migrations.
    /// `":memory:"` opens a private in-memory store.
    ///
    /// The path is checked first: a folder, a file this user cannot read, another program's
    /// database or a store written by a newer agile is refused untouched with a
    /// ``StoreError``; a missing folder is an error unless it is the default store's `.agile`.
    /// - Parameters:
    ///   - busyTimeout: seconds to wait while another process writes the store; an ingest
    ///     still waiting then fails and stores nothing.
    ///   - access: whether the store must be written, may be read only, or is only read.
    public init(path: String, countries: CountryCatalog, busyTimeout: Double = 30, access: Access = .readWrite) throws {
        self.path = path
        self.busyTimeout = busyTimeout
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        if path == ":memory:" {
            readOnlyReason = nil
            queue = try DatabaseQueue(configuration: configuration)
            try StoreSchema.migrator.migrate(queue)
            try seed(countries)
            return
        }
        let file = try StoreFile.examine(path, create: access == .readWrite)
        var readOnly: String?
        switch (file, access) {
        case (.missing, .readWrite):
            readOnly = nil
        case (.missing, _):
            throw StoreError.notAStore(path: path, reason: "there is no such file")
        case (.file(let what?), .readWrite):
            throw StoreError.readOnly(path: path, what: what)
        case (.file(let what), .readWriteIfPermitted):
            readOnly = what
        case (.file, .readOnly):
            readOnly = "the store (opened read only)"
        case (.file(nil), .readWrite):
            readOnly = nil
        }
        readOnlyReason = readOnly
        do {
            if readOnly != nil {
                // Read without writing anything, once it is known to be a store this agile reads.
                let reading = try StoreFile.readingQueue(path, configuration: configuration)
                let pending = try StoreSchema.check(reading, path: path)
                if pending.first == StoreSchema.migrator.migrations.first {
                    throw StoreError.notAStore(path: path, reason: "an empty database")
                }
                if let needed = pending.first(where: { !StoreSchema.readableWithout.contains($0) }) {
                    throw StoreError.needsUpgrade(path: path, migration: StoreSchema.name(needed))
                }
                queue = reading
                return
            }
            queue = try Store.writingQueue(path, existing: file.exists, configuration: configuration, busyTimeout: busyTimeout)
            try seed(countries)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw StoreError.busy(path: path, timeout: busyTimeout)
        } catch let error as DatabaseError {
            throw StoreError(path: path, error)
        }
    }

    /// Opens the store at `path` for writing (creating it if missing) and migrates it, one
    /// process at a time (see ``StoreSetupLock``). An existing file is first looked at without
    /// writing anything, so a store to refuse stays byte for byte as it was.
    private static func writingQueue(_ path: String, existing: Bool, configuration: Configuration, busyTimeout: Double) throws -> DatabaseQueue {
        let lock = try StoreSetupLock(folder: StoreFile.folder(of: path), timeout: busyTimeout, store: path)
        defer { lock.release() }
        if existing {
            let reading = try StoreFile.readingQueue(path, configuration: configuration)
            _ = try StoreSchema.check(reading, path: path)
            try reading.close()
        }
        var configuration = configuration
        configuration.journalMode = .wal
        configuration.prepareDatabase { db in
            // A new store gets 16 KiB pages (an ingest writes and checkpoints a quarter as many
            // pages as with SQLite's 4 KiB); an existing store keeps its own, as WAL mode
            // cannot change it. WAL with synchronous=NORMAL cannot corrupt the store; a power
            // cut may lose the last committed ingest, never leave half of one.
            try db.execute(sql: "PRAGMA page_size = 16384; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536")
        }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try StoreSchema.migrator.migrate(queue)
        return queue
    }

    /// Closes the store's connection (it also closes when the store is released).
    public func close() throws {
        try queue.close()
    }

    /// Throws ``StoreError/readOnly(path:what:)`` when the store was opened read only.
    func requireWritable() throws {
        if let readOnlyReason { throw StoreError.readOnly(path: path, what: readOnlyReason) }
    }

    /// A store in `queue` (in memory), with the migrations applied and the countries seeded.
    private init(queue: DatabaseQueue, countries: CountryCatalog, busyTimeout: Double) throws {
        path = ":memory:"
        readOnlyReason = nil
        self.busyTimeout = busyTimeout
        self.queue = queue
        try StoreSchema.migrator.migrate(queue)
        try seed(countries)
    }

    /// A private in-memory copy of the store at `path` (an empty store when no file is there),
    /// for a dry run: what is ingested into the copy shows what an ingest would do, and the file
    /// itself is only read (migrations it lacks are applied to the copy alone).
    public static func copy(of path: String, countries: CountryCatalog, busyTimeout: Double = 30) throws -> Store {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        let copy = try DatabaseQueue(configuration: configuration)
        if access(path, F_OK) == 0 {
            let source = try DatabaseQueue(path: path, configuration: configuration)
            // An in-memory database takes a backup only with the source's page size.
            let pageSize = try source.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } ?? 4096
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA page_size = \(pageSize)") }
            try source.backup(to: copy)
            try source.close()
        }
        return try Store(queue: copy, countries: countries, busyTimeout: busyTimeout)
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
        try requireWritable()
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
    /// The file's rows are appended to an unindexed ``IngestStage`` while it is read, then moved
    /// into `observations` under a new ingest id in key order, so the unique index is filled in
    /// order rather than at random places. Within the file, a key (country, indicator, year,
    /// source) may repeat only with the same value, and two sources must agree on a value. Then,
    /// in set operations: rows identical to the current value are dropped (they change nothing),
    /// and current rows that the file changes are marked superseded (kept as history). If
    /// nothing is left, the transaction is rolled back and the store is untouched. Content the
    /// store has ingested before (the same SHA-256, under any name) is not stored again: the
    /// result names the earlier ingest, and a later correction stays current.
    ///
    /// The ingest is marked illustrative when the file says so (`# illustrative`,
    /// `illustrative="true"`), when it has an ``IllustrativeSidecar``, or when `illustrative` is
    /// given; content ingested before takes such a marker over (a marker is never removed).
    ///
    /// - Parameters:
    ///   - reader: the reader to use; by default the format's own.
    ///   - illustrative: marks the data as illustrative even if the file does not say so.
    /// - Throws: the reader's ``InputError`` (nothing is stored), a duplicate-value error (the
    ///   file's first error wins), ``StoreError/busyIngesting(path:file:timeout:)`` when another
    ///   process kept the store busy past ``busyTimeout``, or a foreign-key `DatabaseError` for a
    ///   country missing from the store's list.
    public func ingest(
        path: String, format: DataFormat, reader: (any ObservationReader)? = nil,
        check: ObservationCheck, illustrative: Bool = false
    ) throws -> IngestResult {
        try ingest(file: InputFile(path: path, digesting: true), format: format, reader: reader, check: check, illustrative: illustrative)
    }

    /// ``ingest(path:format:reader:check:illustrative:)`` of a file already open (its head
    /// taken to recognise the format, say), read from where it stands. The SHA-256 recorded is
    /// that of the bytes read.
    /// - Precondition: `file` was opened with `digesting`.
    public func ingest(
        file: InputFile, format: DataFormat, reader: (any ObservationReader)? = nil,
        check: ObservationCheck, illustrative: Bool = false
    ) throws -> IngestResult {
        try storing(file.path) {
            try ingestNow(file: file, format: format, reader: reader ?? format.reader, check: check, illustrative: illustrative)
        }
    }

    /// Runs the ingest of the file at `path`; a store another process kept busy past
    /// ``busyTimeout`` becomes a ``StoreError`` naming the file and saying what to do, a store
    /// opened read only or failing as a file (read only, full disk, damaged) a ``StoreError``.
    func storing<Result>(_ path: String, _ body: () throws -> Result) throws -> Result {
        try requireWritable()
        do {
            return try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw StoreError.busyIngesting(path: self.path, file: path, timeout: busyTimeout)
        } catch let error as DatabaseError where StoreError.isFileFailure(error) {
            throw StoreError(path: self.path, error)
        }
    }

    /// ``ingest(file:format:reader:check:illustrative:)`` itself.
    private func ingestNow(
        file: InputFile, format: DataFormat, reader: any ObservationReader, check: ObservationCheck, illustrative: Bool
    ) throws -> IngestResult {
        try queue.writeWithoutTransaction { db in
            // SQLite would look each row's country and ingest up in their parent tables; the
            // ingest id is this ingest's own and the file's countries are checked once each
            // (see `stored(countries:)`), so the lookups are switched off for the transaction
            // (the pragma cannot change inside one) and back on after it, whatever happened.
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            let result = Result { try ingestTransaction(db, file: file, format: format, reader: reader, check: check, illustrative: illustrative) }
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            return try result.get()
        }
    }

    /// The transaction of ``ingestNow(file:format:reader:check:illustrative:)``.
    private func ingestTransaction(
        _ db: Database, file: InputFile, format: DataFormat, reader: any ObservationReader, check: ObservationCheck, illustrative: Bool
    ) throws -> IngestResult {
        let path = file.path
        var result = IngestResult(file: path, format: format, sha256: "")
        let marked = illustrative || IllustrativeSidecar.marks(path)
        try db.inTransaction(.immediate) {
            // The digest is of the bytes as they were read, once: a hostile file is refused at
            // its first error, before the rest of it is read at all.
            let now = Store.timestamp()
            try db.execute(
                sql: """
                    INSERT INTO ingests (file, sha256, format, framework, ingested_at, vintage, rows, added, superseded, illustrative)
                    VALUES (?, '', ?, ?, ?, ?, 0, 0, 0, ?)
                    """,
                arguments: [path, format.rawValue, check.framework.id, now, Store.day(of: now), marked])
            let ingest = db.lastInsertedRowID
            // Asked before the file's rows are in: a store with no current value has nothing
            // to compare them with.
            let others = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM observations WHERE current = 1)") ?? true
            let stage = try IngestStage(db)
            var insert = try StagedInsert(db)
            // The file's sources (two are enough to know) and countries: files give long runs of
            // one of each, so the sets are only touched when the value changes.
            var sources: Set<String> = [], source: String?
            var countries: Set<String> = [], country = ""
            var staged = 0
            let summary: ReadSummary
            do {
                summary = try reader.read(file: file, check: check) { observation in
                    if observation.source != source, sources.count < 2 {
                        source = observation.source
                        sources.insert(observation.source)
                    }
                    if observation.country != country {
                        country = observation.country
                        countries.insert(country)
                    }
                    try insert.insert(observation)
                    staged += 1
                }
            } catch let error as InputError {
                // The file's first error is the one reported: a second value before the line the
                // reader stopped at comes first.
                try insert.finish()
                if let second = try stage.secondValueInStage() { throw Store.secondValue(second, file: path) }
                throw error
            }
            try insert.finish()
            result.summary = summary
            result.summary.illustrative = marked || summary.illustrative
            if summary.observations == 0 { result.summary.warnings.append(IngestResult.noValues) }
            result.sha256 = try file.sha256()
            if let earlier = try Store.earlierIngest(sha256: result.sha256, db) {
                result.sameContentAs = earlier
                result.unchanged = true
                result.rows = staged
                return .rollback
            }
            try stored(countries: countries, db)
            result.rows = try stage.load(ingest: ingest)
            // A key given twice in the file: the same value again is harmless, another is an error.
            if staged > result.rows {
                if let second = try stage.secondValue(ingest: ingest) { throw Store.secondValue(second, file: path) }
                result.repeatedRows = staged - result.rows
            }
            try stage.drop()
            // The same country, indicator and year under two sources must agree too.
            if sources.count > 1, let clash = try Row.fetchOne(db, sql: """
                SELECT b.country, b.indicator, b.year, b.value, b.line, b."column", a.line AS earlierLine, a.value AS earlier
                FROM observations a JOIN observations b
                  ON a.country = b.country AND a.indicator = b.indicator AND a.year = b.year
                 AND a.source <> b.source AND a.value IS NOT b.value AND a.line < b.line
                WHERE a.ingest = ?1 AND b.ingest = ?1
                ORDER BY b.line, a.line LIMIT 1
                """, arguments: [ingest]) {
                throw Store.secondValue(clash, file: path)
            }
            // A file that declares its vintage dates its values; others keep the ingest's day.
            if let declared = summary.vintage {
                try db.execute(sql: "UPDATE ingests SET vintage = ?, vintage_declared = 1 WHERE id = ?", arguments: [declared.description, ingest])
            }
            try db.execute(sql: "UPDATE ingests SET sha256 = ?, illustrative = ? WHERE id = ?",
                           arguments: [result.sha256, result.summary.illustrative, ingest])
            // Rows equal to the current value change nothing: drop them.
            if others { try db.execute(sql: """
                DELETE FROM observations AS n
                WHERE n.ingest = ?1 AND EXISTS (
                    SELECT 1 FROM observations o
                    WHERE o.country = n.country AND o.indicator = n.indicator AND o.year = n.year
                      AND o.source = n.source AND o.current = 1 AND o.ingest <> ?1
                      AND o.value IS n.value AND o.note IS n.note)
                """, arguments: [ingest]) }
            result.added = result.rows - (others ? db.changesCount : 0)
            // Current values the file changes become history.
            if others { try db.execute(sql: """
                UPDATE observations AS o SET current = 0, superseded_by = ?1
                WHERE o.current = 1 AND o.ingest <> ?1 AND EXISTS (
                    SELECT 1 FROM observations n
                    WHERE n.country = o.country AND n.indicator = o.indicator AND n.year = o.year
                      AND n.source = o.source AND n.ingest = ?1)
                """, arguments: [ingest]) }
            result.superseded = others ? db.changesCount : 0
            if result.superseded > 0 {
                result.supersessions = try supersessions(by: ingest, file: path, db)
                if let warning = try Store.laterVintagesSuperseded(by: ingest, db) { result.summary.warnings.append(warning) }
            }
            if result.added == 0 {
                result.unchanged = true
                return .rollback
            }
            try db.execute(sql: "UPDATE ingests SET rows = ?, added = ?, superseded = ? WHERE id = ?",
                           arguments: [result.rows, result.added, result.superseded, ingest])
            result.ingest = ingest
            return .commit
        }
        if let earlier = result.sameContentAs, result.summary.illustrative, !earlier.illustrative {
            try Store.markIllustrative(sha256: result.sha256, db)
            result.sameContentAs?.illustrative = true
            result.markedIllustrative = true
        }
        return result
    }

    /// The warning for an ingest that superseded values of a later vintage than its own (files
    /// of one series ingested out of the order of their vintages), `nil` when it did not.
    /// The store goes by the order of ingests: the file ingested last is the revision, for
    /// revised values and for every date from its vintage on.
    static func laterVintagesSuperseded(by ingest: Int64, _ db: Database) throws -> String? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT count(*) AS count, max(i.vintage) AS latest, n.vintage AS own
            FROM observations o JOIN ingests i ON i.id = o.ingest JOIN ingests n ON n.id = ?1
            WHERE o.superseded_by = ?1 AND i.vintage > n.vintage
            """, arguments: [ingest]), let count = row["count"] as Int?, count > 0 else { return nil }
        let (own, latest): (String, String) = (row["own"], row["latest"])
        return "vintage \(own) is older than that of \(count) value(s) it supersedes (the latest \(latest)): "
            + "this file's values are taken as the later revision, as the store goes by the order of ingests; "
            + "ingest the files of one series in the order of their vintages"
    }

    /// The current values `ingest` superseded, in the order of the file's lines.
    private func supersessions(by ingest: Int64, file: String, _ db: Database) throws -> [Supersession] {
        try Row.fetchAll(db, sql: """
            SELECT o.country, o.indicator, o.year, o.source, o.value AS earlier, o.ingest AS earlierIngest,
                   i.file AS earlierFile, o.line AS earlierLine, n.value, n.line
            FROM observations o
            JOIN observations n
              ON n.country = o.country AND n.indicator = o.indicator AND n.year = o.year AND n.source = o.source AND n.ingest = ?1
            JOIN ingests i ON i.id = o.ingest
            WHERE o.superseded_by = ?1
            ORDER BY n.line, n."column", o.country, o.indicator, o.year, o.source
            """, arguments: [ingest]).map { row in
            let source: String = row["source"]
            let key = "\(row["country"] as String) \(row["indicator"] as String) \(row["year"] as Int)"
            return Supersession(
                subject: source.isEmpty ? key : "\(key) [\(source)]", earlier: row["earlier"], earlierIngest: row["earlierIngest"],
                earlierProvenance: Provenance(file: row["earlierFile"], line: row["earlierLine"]),
                value: row["value"], provenance: Provenance(file: file, line: row["line"]), otherChange: "note")
        }
    }

    /// Throws the foreign-key error SQLite would have thrown if a country is not in the store's
    /// country list (readers only give codes of the catalog the store was seeded with).
    private func stored(countries: Set<String>, _ db: Database) throws {
        let known = try db.makeStatement(sql: "SELECT EXISTS (SELECT 1 FROM countries WHERE alpha3 = ?)")
        for country in countries.sorted() where try Bool.fetchOne(known, arguments: [country]) != true {
            throw DatabaseError(
                resultCode: .SQLITE_CONSTRAINT_FOREIGNKEY,
                message: "FOREIGN KEY constraint failed: country \(country) is not in the store's country list")
        }
    }

    /// ``secondValue(_:_:_:_:_:earlierLine:earlier:)`` from a row with the columns `country`,
    /// `indicator`, `year`, `value`, `line`, `column`, `earlierLine` and `earlier`.
    static func secondValue(_ row: Row, file: String) -> InputError {
        secondValue(Provenance(file: file, line: row["line"], column: row["column"]), row["value"],
                    row["country"], row["indicator"], row["year"], earlierLine: row["earlierLine"], earlier: row["earlier"])
    }

    /// The error for a second, different value of one country, indicator and year in a file.
    static func secondValue(_ location: Provenance, _ value: Double?, _ country: String, _ indicator: String, _ year: Int, earlierLine: Int, earlier: Double?) -> InputError {
        InputError(
            .duplicate, location, field: "value", value: value.map(Scale.format) ?? "",
            problem: "is a second value for \(country) \(indicator) \(year)",
            expected: "line \(earlierLine) gives \(earlier.map(Scale.format) ?? "missing"); one file may give one value per country, indicator and year")
    }

    /// The day (`YYYY-MM-DD`, UTC) of a ``timestamp()``: the vintage of values whose file
    /// declares none.
    static func day(of timestamp: String) -> String {
        String(timestamp.prefix(10))
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
    /// True when the file brought nothing new (e.g. it was ingested before, or holds no values).
    public var unchanged = false
    /// The ingest that stored the same content (SHA-256) before, when that is why nothing was stored.
    public var sameContentAs: EarlierIngest?
    /// True when this call marked that earlier ingest illustrative (it was not, this file is).
    public var markedIllustrative = false
    /// The current values the file replaced, one per superseded value, in the file's line order.
    public var supersessions: [Supersession] = []
    public var summary = ReadSummary()

    /// The warning for a file that holds no values (a header and no data rows, say).
    public static let noValues = "no values: the file has no value to store"

    /// True when the file held no values at all (its summary warns with ``noValues``).
    public var holdsNoValues: Bool { summary.observations == 0 }

    public init(file: String, format: DataFormat, sha256: String) {
        self.file = file
        self.format = format
        self.sha256 = sha256
    }
}
