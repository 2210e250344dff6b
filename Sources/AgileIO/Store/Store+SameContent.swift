// Content already ingested: found by SHA-256, so that ingesting it again is a no-op.

import GRDB

extension Store {
    /// The first ingest of content with this SHA-256, `nil` when the store has none.
    static func earlierIngest(sha256: String, _ db: Database) throws -> EarlierIngest? {
        try Row.fetchOne(db, sql: "SELECT id, file, illustrative FROM ingests WHERE sha256 = ? ORDER BY id LIMIT 1",
                         arguments: [sha256]).map { EarlierIngest(id: $0["id"], file: $0["file"], illustrative: $0["illustrative"]) }
    }

    /// Marks every ingest of this content illustrative: a marker given when the same content comes
    /// again (a sidecar, `--illustrative`) is kept. A marker is never taken away.
    static func markIllustrative(sha256: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE ingests SET illustrative = 1 WHERE sha256 = ? AND illustrative = 0", arguments: [sha256])
    }
}
