// What a store holds, read straight from SQLite: integrity, row counts and a value checksum.

import Foundation
import GRDB

/// The content of a store as the hardening tests compare it: two states are equal when the
/// same observations and ingests are stored with the same current values.
struct StoreState: Equatable, CustomStringConvertible {
    /// The result of `PRAGMA integrity_check` (`ok` when the file is sound).
    var integrity: String
    var observations: Int
    var ingests: Int
    var current: Int
    /// An order-independent checksum of the current values (integer arithmetic, so it does not
    /// depend on the order SQLite sums in).
    var checksum: Int64

    /// Reads the state of the store at `path` (recovering its WAL if a writer was killed).
    init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        (integrity, observations, ingests, current, checksum) = try queue.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
            let observations = try Int.fetchOne(db, sql: "SELECT count(*) FROM observations") ?? -1
            let ingests = try Int.fetchOne(db, sql: "SELECT count(*) FROM ingests") ?? -1
            let row = try Row.fetchOne(db, sql: """
                SELECT count(*) AS n,
                       coalesce(sum(CAST(round(value * 10000) AS INTEGER) * (year - 1890) * (length(country) + unicode(indicator))), 0) AS checksum
                FROM observations WHERE current = 1
                """)!
            return (integrity, observations, ingests, row["n"] as Int, row["checksum"] as Int64)
        }
    }

    var description: String {
        "integrity \(integrity), \(observations) observations (\(current) current), \(ingests) ingests, checksum \(checksum)"
    }

    /// Copies a closed store (its file and any WAL or shared-memory file) from `source` to `target`.
    static func copy(_ source: String, to target: String) throws {
        let manager = FileManager.default
        for suffix in ["", "-wal", "-shm"] {
            if manager.fileExists(atPath: target + suffix) { try manager.removeItem(atPath: target + suffix) }
            if manager.fileExists(atPath: source + suffix) { try manager.copyItem(atPath: source + suffix, toPath: target + suffix) }
        }
    }
}
