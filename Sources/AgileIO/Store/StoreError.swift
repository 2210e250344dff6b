// Why a store cannot be opened or written, in words that name the file and say what to do.

import AgileCore
import GRDB

/// A store that cannot be opened, read or written: each case names the store's path and says
/// what is wrong in the user's words (never SQLite's bare "file is not a database").
///
/// ```
/// notes.txt: is not an agile store (not an SQLite database)
/// ```
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path is a folder.
    case folder(path: String)
    /// The file is not an SQLite database, or is another program's database.
    case notAStore(path: String, reason: String)
    /// The folder the store would be created in does not exist (only `.agile/` is created).
    case missingFolder(path: String, folder: String)
    /// The store must be written (an ingest, an upgrade) but the file or its folder is read only.
    case readOnly(path: String, what: String)
    /// The file (or a folder on its path) cannot be read by this user.
    case noPermission(path: String)
    /// A newer agile has applied a migration this one does not know.
    case newer(path: String, migration: String)
    /// The store needs a migration of this agile but cannot be written.
    case needsUpgrade(path: String, migration: String)
    /// The file is damaged (SQLite's "database disk image is malformed").
    case damaged(path: String, detail: String)
    /// Any other failure of SQLite on this store.
    case sqlite(path: String, detail: String)
    /// A command that reads a store was given a path where there is none (a mistyped `--db`).
    case missing(path: String)
    /// Another process kept the store busy (setting it up, or writing it) for longer than
    /// `timeout` seconds.
    case busy(path: String, timeout: Double)
    /// Another process kept the store busy for longer than `timeout` seconds while `file` was
    /// being ingested: nothing of `file` was stored.
    case busyIngesting(path: String, file: String, timeout: Double)
    /// The folder of the store cannot be opened to serialise setting the store up.
    case folderNotOpened(path: String, folder: String, reason: String)

    /// The store's path.
    public var path: String {
        switch self {
        case .folder(let path), .notAStore(let path, _), .missingFolder(let path, _), .readOnly(let path, _),
             .noPermission(let path), .newer(let path, _), .needsUpgrade(let path, _), .damaged(let path, _),
             .sqlite(let path, _), .missing(let path), .busy(let path, _), .busyIngesting(let path, _, _),
             .folderNotOpened(let path, _, _):
            path
        }
    }

    public var description: String {
        switch self {
        case .folder(let path):
            "\(path): is a folder, not a store (give the path of a store file, e.g. \(path)/agile.sqlite)"
        case .notAStore(let path, let reason):
            "\(path): is not an agile store (\(reason))"
        case .missingFolder(let path, let folder):
            "\(path): the folder \(folder) does not exist (create it first; only the default .agile/ is created)"
        case .readOnly(let path, let what):
            "\(path): cannot be written: \(what) is read only (make it writable, or copy the store to a writable folder)"
        case .noPermission(let path):
            "\(path): cannot be read: permission denied (ask its owner for read access)"
        case .newer(let path, let migration):
            "\(path): written by a newer agile (migration \(migration)); upgrade"
        case .needsUpgrade(let path, let migration):
            "\(path): needs an upgrade by this agile (migration \(migration)) but is read only (make it writable once)"
        case .damaged(let path, let detail):
            "\(path): is damaged (SQLite: \(detail))"
        case .sqlite(let path, let detail):
            "\(path): \(detail)"
        case .missing(let path):
            "\(Printable.name(path)): is not a store yet (ingest data first: agile ingest --db \(path) FILE…)"
        case .busy(let path, let timeout):
            "\(Printable.name(path)): is busy: another process kept it busy for longer than \(Scale.format(timeout)) s "
                + "(run it again when the other process has finished, or give a longer --busy-timeout)"
        case .busyIngesting(_, let file, let timeout):
            "\(Printable.name(file)): was not stored: another process kept the store busy for longer than \(Scale.format(timeout)) s "
                + "(run it again when the other ingest has finished, or give a longer --busy-timeout)"
        case .folderNotOpened(_, let folder, let reason):
            "\(Printable.name(folder)): cannot be opened: \(reason)"
        }
    }

    /// Whether `error` is a failure of a store: a `StoreError`, or an SQLite error on a store
    /// that was not put in the user's words.
    public static func isStoreFailure(_ error: any Error) -> Bool {
        error is StoreError || error is DatabaseError
    }

    /// Whether an SQLite error is about the store's file (not about the data written to it).
    static func isFileFailure(_ error: DatabaseError) -> Bool {
        [.SQLITE_READONLY, .SQLITE_IOERR, .SQLITE_FULL, .SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_CANTOPEN, .SQLITE_PERM]
            .contains(error.resultCode.primaryResultCode)
    }

    /// What an SQLite error on the store at `path` means.
    init(path: String, _ error: DatabaseError) {
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode.primaryResultCode {
        case .SQLITE_NOTADB: self = .notAStore(path: path, reason: "not an SQLite database")
        case .SQLITE_CORRUPT: self = .damaged(path: path, detail: detail)
        case .SQLITE_READONLY: self = .readOnly(path: path, what: "the store")
        case .SQLITE_PERM, .SQLITE_AUTH: self = .noPermission(path: path)
        default: self = .sqlite(path: path, detail: "SQLite error \(error.resultCode.primaryResultCode.rawValue): \(detail)")
        }
    }
}
