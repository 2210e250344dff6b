// The hot loop of an ingest: observations appended to the stage in batches, bound through SQLite's C API.

import AgileCore
import GRDB
import GRDBSQLite

/// Appends the observations of one file to its ``IngestStage``.
///
/// Rows are buffered and written `batch` at a time by one multi-row INSERT, so SQLite runs one
/// statement per batch rather than per row. GRDB's `StatementArguments` box every value;
/// binding the fields directly makes the per-row cost that of SQLite itself. The statements are
/// GRDB's, so errors and lifetime stay GRDB's. Call ``finish()`` once the file is read.
struct StagedInsert {
    /// Rows per multi-row INSERT (9 parameters each, far below SQLite's limit).
    static let batch = 64

    private let full: Statement
    private let single: Statement
    private let connection: OpaquePointer
    private var pending: [Observation] = []

    init(_ db: Database) throws {
        full = try db.makeStatement(sql: Self.sql(rows: Self.batch))
        single = try db.makeStatement(sql: Self.sql(rows: 1))
        connection = db.sqliteConnection!
        pending.reserveCapacity(Self.batch)
    }

    private static func sql(rows: Int) -> String {
        """
        INSERT INTO \(IngestStage.table) (sort_key, country, indicator, year, source, value, note, line, "column")
        VALUES \(Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", "))
        """
    }

    /// Appends one observation (written with its batch).
    mutating func insert(_ observation: Observation) throws {
        pending.append(observation)
        if pending.count == Self.batch {
            try write(pending, with: full)
            pending.removeAll(keepingCapacity: true)
        }
    }

    /// Writes the rows still buffered.
    mutating func finish() throws {
        for observation in pending {
            try write(CollectionOfOne(observation), with: single)
        }
        pending.removeAll()
    }

    private func write(_ rows: some Collection<Observation>, with statement: Statement) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        var index: Int32 = 0
        for observation in rows {
            if let key = IngestStage.sortKey(country: observation.country, indicator: observation.indicator, year: observation.year) {
                sqlite3_bind_int64(handle, index + 1, key)
            } else {
                sqlite3_bind_null(handle, index + 1)
            }
            bind(handle, index + 2, observation.country)
            bind(handle, index + 3, observation.indicator)
            sqlite3_bind_int64(handle, index + 4, Int64(observation.year))
            bind(handle, index + 5, observation.source)
            if let value = observation.value {
                sqlite3_bind_double(handle, index + 6, value)
            } else {
                sqlite3_bind_null(handle, index + 6)
            }
            bind(handle, index + 7, observation.note)
            sqlite3_bind_int64(handle, index + 8, Int64(observation.provenance.line))
            sqlite3_bind_int64(handle, index + 9, Int64(observation.provenance.column))
            index += 9
        }
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: statement.sql)
        }
    }

    /// Binds text as a copy (SQLite's `SQLITE_TRANSIENT`): the bytes of a small Swift string
    /// live only while it is borrowed, and a batch binds many strings at once.
    private func bind(_ handle: OpaquePointer, _ index: Int32, _ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                _ = sqlite3_bind_text(handle, index, "", 0, nil)
                return
            }
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                _ = sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Self.transient)
            }
        }
    }

    /// SQLite's `SQLITE_TRANSIENT` destructor: "copy the bytes now".
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
