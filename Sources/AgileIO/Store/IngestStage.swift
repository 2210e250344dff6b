// The staging table of an ingest: the file's rows in file order, then moved into the store in key order.

import AgileCore
import GRDB

/// A temporary, unindexed table holding one file's observations while it is ingested.
///
/// Appending to it costs no index work; once the file is read, its rows go into `observations`
/// sorted by the store's key, so the unique index is filled in order instead of at random
/// places. The table lives in the connection's temporary database and belongs to the ingest's
/// transaction: a rollback (an error, a killed process) leaves nothing behind.
struct IngestStage {
    /// The table's name in the temporary database.
    static let table = "temp.ingest_stage"

    let db: Database

    /// Creates the (empty) table inside the current transaction.
    init(_ db: Database) throws {
        self.db = db
        try db.execute(sql: """
            DROP TABLE IF EXISTS \(Self.table);
            CREATE TABLE \(Self.table) (
                sort_key INTEGER,
                country TEXT NOT NULL,
                indicator TEXT NOT NULL,
                year INTEGER NOT NULL,
                source TEXT NOT NULL,
                value REAL,
                note TEXT NOT NULL,
                line INTEGER NOT NULL,
                "column" INTEGER NOT NULL
            )
            """)
    }

    /// An integer that sorts like the store's key (country, indicator, year): the bytes of a
    /// country and an indicator code of at most three bytes each, then the year, packed big-end
    /// first. Sorting on it first lets SQLite compare integers instead of text for almost every
    /// pair of rows; `nil` (sorted first, then by the text) for codes that do not fit.
    static func sortKey(country: String, indicator: String, year: Int) -> Int64? {
        guard year >= -32768, year <= 32767,
              var key = packed(country), let code = packed(indicator), key < 0x80_0000 else { return nil }
        key = key << 24 | code
        return Int64(key << 16 | UInt64(year + 32768))
    }

    /// Up to three bytes of `code`, first byte highest and zero-padded (so a shorter code sorts
    /// before a longer one it begins); `nil` for longer codes or a zero byte.
    private static func packed(_ code: String) -> UInt64? {
        var value: UInt64 = 0
        var count = 0
        for byte in code.utf8 {
            guard count < 3, byte != 0 else { return nil }
            value = value << 8 | UInt64(byte)
            count += 1
        }
        return value << (8 * UInt64(3 - count))
    }

    /// Moves the staged rows into `observations` under `ingest`, in key order; a key staged more
    /// than once keeps its first row in the file. Returns the number of rows stored.
    ///
    /// SQLite's sort may hold as much memory as the page cache before it spills to temporary
    /// files; the rows go in key order, so the cache is of little use meanwhile, and a small one
    /// for the move keeps an ingest's memory flat in the file's size at no cost in speed.
    func load(ingest: Int64) throws -> Int {
        let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = \(Self.sortingCache)")
        let moved = Result {
            try db.execute(sql: """
                INSERT OR IGNORE INTO observations (country, indicator, year, source, value, note, line, "column", ingest)
                SELECT country, indicator, year, source, value, note, line, "column", ?
                FROM \(Self.table)
                ORDER BY sort_key, country, indicator, year, source, rowid
                """, arguments: [ingest])
            return db.changesCount
        }
        try db.execute(sql: "PRAGMA cache_size = \(cache)")
        return try moved.get()
    }

    /// The page cache (and so the sort's memory) while rows move: 16 MiB, as SQLite counts it.
    static let sortingCache = -16384

    /// The first row of the file (in file order) that gives a key of `ingest` a value other than
    /// the one stored for it (the key's first row), with that first row's line and value.
    func secondValue(ingest: Int64) throws -> Row? {
        try Row.fetchOne(db, sql: """
            SELECT s.country, s.indicator, s.year, s.value, s.line, s."column", o.line AS earlierLine, o.value AS earlier
            FROM \(Self.table) s JOIN observations o
              ON o.country = s.country AND o.indicator = s.indicator AND o.year = s.year
             AND o.source = s.source AND o.ingest = ?
            WHERE s.value IS NOT o.value
            ORDER BY s.rowid LIMIT 1
            """, arguments: [ingest])
    }

    /// The first staged row (in file order) that gives its key a value other than the key's
    /// first row does, with that first row's line and value; for a file the reader stopped in,
    /// before anything is loaded.
    func secondValueInStage() throws -> Row? {
        try Row.fetchOne(db, sql: """
            SELECT country, indicator, year, value, line, "column", earlierLine, earlier FROM (
                SELECT rowid AS seq, country, indicator, year, value, line, "column",
                       first_value(line) OVER key AS earlierLine, first_value(value) OVER key AS earlier
                FROM \(Self.table)
                WINDOW key AS (PARTITION BY country, indicator, year, source ORDER BY rowid))
            WHERE value IS NOT earlier
            ORDER BY seq LIMIT 1
            """)
    }

    /// Drops the table, so that the connection's next ingest starts afresh.
    func drop() throws {
        try db.execute(sql: "DROP TABLE \(Self.table)")
    }
}
