// What lies at a store's path before SQLite opens it: nothing, a folder, a file this user may
// read or write; and the connection that reads a store without writing anything.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GRDB
import GRDBSQLite

/// A store's path as the file system sees it, checked before SQLite touches it, so that a
/// folder, a missing folder or a permission is named as such rather than as an SQLite error.
enum StoreFile {
    /// Nothing is there yet: a store may be created (its folder exists, or is made).
    case missing
    /// A file this user can read; `readOnly` says what cannot be written (`nil`: all can be).
    case file(readOnly: String?)

    /// Whether a file is there.
    var exists: Bool {
        if case .file = self { return true }
        return false
    }

    /// The folder of the default store, the only one created when it is missing.
    static let defaultFolder = (Store.defaultPath as NSString).deletingLastPathComponent

    /// Examines `path`.
    /// - Parameter create: make the default store's folder when it is missing (a new store is
    ///   to be created there).
    /// - Throws: ``StoreError`` for a folder, a file that cannot be read, or a missing folder.
    static func examine(_ path: String, create: Bool) throws(StoreError) -> StoreFile {
        let folder = Self.folder(of: path)
        var status = stat()
        if stat(path, &status) == 0 {
            if (status.st_mode & S_IFMT) == S_IFDIR { throw .folder(path: path) }
            if access(path, R_OK) != 0 { throw .noPermission(path: path) }
            if !writable(path) { return .file(readOnly: "the file") }
            if !writable(folder) { return .file(readOnly: "its folder \(folder)") }
            return .file(readOnly: nil)
        }
        switch errno {
        case ENOENT:
            break
        case EACCES:
            throw .noPermission(path: path)
        case ENOTDIR:
            throw .missingFolder(path: path, folder: folder)
        default:
            throw .sqlite(path: path, detail: "cannot be examined: \(String(cString: strerror(errno)))")
        }
        var folderStatus = stat()
        if stat(folder, &folderStatus) != 0 {
            guard errno == ENOENT || errno == ENOTDIR else { throw .noPermission(path: path) }
            guard create, folder == defaultFolder else { throw .missingFolder(path: path, folder: folder) }
            guard mkdir(folder, 0o777) == 0 || errno == EEXIST else {
                throw .sqlite(path: path, detail: "its folder \(folder) cannot be made: \(String(cString: strerror(errno)))")
            }
        } else if (folderStatus.st_mode & S_IFMT) != S_IFDIR {
            throw .missingFolder(path: path, folder: folder)
        }
        return .missing
    }

    /// The folder holding `path` (`.` for a bare file name).
    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// Whether this process may write `path`, as the kernel decides it: the file's modes for
    /// an ordinary user; for root also a read-only mount or an immutable file.
    private static func writable(_ path: String) -> Bool {
        access(path, W_OK) == 0
    }

    /// A connection that reads the store at `path` and writes nothing.
    ///
    /// With no write-ahead log beside the store (no writer has it open, none was cut off), all
    /// of its data is in the file: SQLite's `immutable` mode reads it without locks and without
    /// creating the `-wal` and `-shm` files a read-only connection otherwise leaves behind (and
    /// cannot create in a read-only folder). With a log there, SQLite's read-only mode reads
    /// through it.
    static func readingQueue(_ path: String, configuration: Configuration) throws -> DatabaseQueue {
        var configuration = configuration
        configuration.readonly = true
        let logged = access(path + "-wal", F_OK) == 0
        guard !logged, sqlite3_compileoption_used("USE_URI") == 1 else {
            return try DatabaseQueue(path: path, configuration: configuration)
        }
        return try DatabaseQueue(path: uri(path) + "?immutable=1", configuration: configuration)
    }

    /// `path` as an SQLite URI filename (`file:` with `%`, `?` and `#` escaped).
    static func uri(_ path: String) -> String {
        var escaped = ""
        for character in path.unicodeScalars {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return path.hasPrefix("/") ? "file://" + escaped : "file:" + escaped
    }
}
