// The hot loop of an ingest: one prepared INSERT per observation, bound without copies.

import AgileCore
import GRDB
import GRDBSQLite

/// Inserts the observations of one ingest through SQLite's C API.
///
/// GRDB's `StatementArguments` box every value; binding the six fields directly, with the
/// strings lent to SQLite for the duration of the step (`SQLITE_STATIC`), makes the per-row cost
/// that of SQLite itself. The statement is GRDB's, so errors and lifetime stay GRDB's.
struct StagedInsert {
    let statement: Statement
    let connection: OpaquePointer
    let ingest: Int64

    init(_ db: Database, ingest: Int64) throws {
        statement = try db.makeStatement(sql: """
            INSERT OR IGNORE INTO observations (country, indicator, year, source, value, note, line, "column", ingest)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        connection = db.sqliteConnection!
        self.ingest = ingest
    }

    /// Inserts one observation of the ingest; `false` when its key (country, indicator, year,
    /// source) is already in this ingest.
    func insert(_ observation: Observation) throws -> Bool {
        let handle = statement.sqliteStatement
        var country = observation.country, indicator = observation.indicator
        var source = observation.source, note = observation.note
        let code: Int32 = country.withUTF8 { country in
            indicator.withUTF8 { indicator in
                source.withUTF8 { source in
                    note.withUTF8 { note in
                        sqlite3_reset(handle)
                        bind(handle, 1, country)
                        bind(handle, 2, indicator)
                        sqlite3_bind_int64(handle, 3, Int64(observation.year))
                        bind(handle, 4, source)
                        if let value = observation.value {
                            sqlite3_bind_double(handle, 5, value)
                        } else {
                            sqlite3_bind_null(handle, 5)
                        }
                        bind(handle, 6, note)
                        sqlite3_bind_int64(handle, 7, Int64(observation.provenance.line))
                        sqlite3_bind_int64(handle, 8, Int64(observation.provenance.column))
                        sqlite3_bind_int64(handle, 9, ingest)
                        let code = sqlite3_step(handle)
                        sqlite3_reset(handle)
                        return code
                    }
                }
            }
        }
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: statement.sql)
        }
        return sqlite3_changes(connection) > 0
    }

    private func bind(_ handle: OpaquePointer, _ index: Int32, _ text: UnsafeBufferPointer<UInt8>) {
        guard let base = text.baseAddress, !text.isEmpty else {
            _ = sqlite3_bind_text(handle, index, "", 0, nil)
            return
        }
        // SQLITE_STATIC (nil): the bytes outlive the step, which runs inside the closures.
        base.withMemoryRebound(to: CChar.self, capacity: text.count) {
            _ = sqlite3_bind_text(handle, index, $0, Int32(text.count), nil)
        }
    }
}
