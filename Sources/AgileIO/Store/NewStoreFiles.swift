// What opening a store that does not exist yet creates, removed again when nothing was stored.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgileCore
import GRDB

/// The files and folders a command creates when it opens a store that does not exist yet (the
/// database, SQLite's `-wal` and `-shm` beside it, and the folders made for it), so that a
/// first ingest that fails leaves no empty store behind.
///
/// ```swift
/// let created = NewStoreFiles(path: db)           // before the store is opened
/// let store = try workspace.openStore(path: db)
/// … every file rejected …
/// if try created.removeIfEmpty(store) { print("\(db) not created: nothing was stored") }
/// ```
///
/// Only what did not exist before is removed, and only while no other connection has the
/// store open: a store another process is writing, or one that holds any ingest or run, stays.
public struct NewStoreFiles {
    /// The store's path as given.
    public let path: String
    /// Whether the database file was there before.
    public let existed: Bool
    /// Folders on the way to the store that did not exist, deepest first.
    private let missingFolders: [String]

    /// Notes what exists at `path` now (call it before opening the store).
    public init(path: String) {
        self.path = path
        existed = path == ":memory:" || access(path, F_OK) == 0
        var missing: [String] = []
        var folder = NewStoreFiles.parent(of: path)
        while let current = folder, access(current, F_OK) != 0 {
            missing.append(current)
            folder = NewStoreFiles.parent(of: current)
        }
        missingFolders = missing
    }

    /// When the store was new and holds no ingest and no run, closes `store` and removes the
    /// database file and the folders made for it (SQLite removes its `-wal` and `-shm` when the
    /// last connection closes; if they are still there, another connection has the store open,
    /// and nothing is removed).
    /// - Returns: whether the store was removed (`store` is closed then, and unusable).
    public func removeIfEmpty(_ store: Store) throws -> Bool {
        guard !existed else { return false }
        let folder = NewStoreFiles.parent(of: path) ?? "."
        // No other process sets the store up meanwhile (see StoreSetupLock).
        let lock = try StoreSetupLock(folder: folder, timeout: store.busyTimeout, store: path)
        defer { lock.release() }
        let stored = try store.queue.read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM ingests) + (SELECT count(*) FROM runs)") ?? 0
        }
        guard stored == 0 else { return false }
        try store.queue.close()
        guard access(path + "-wal", F_OK) != 0, access(path + "-shm", F_OK) != 0 else { return false }
        unlink(path)
        for folder in missingFolders { rmdir(folder) }
        return true
    }

    /// The folder part of `path`, `nil` for a bare name.
    private static func parent(of path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        let folder = String(path[..<slash])
        return folder.isEmpty ? nil : folder
    }
}
