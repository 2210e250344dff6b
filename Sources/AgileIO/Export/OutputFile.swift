// Writes an output file whole or not at all: a temporary file beside it, then one rename.

import AgileCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output files written in one step, so that a failure or a kill leaves the old file (or none)
/// and never half of the new one. A symbolic link at the path is followed: its target is the
/// file checked and replaced, and the link stays (a link to nothing is refused).
public enum OutputFile {
    /// Writes `text` as the whole content of `path`: into `path.writing-PID` first, then renamed
    /// over `path`. A file already at `path` is replaced only when it is provably an earlier
    /// export of the same kind: its first line (the header) is the first line of `text`.
    /// - Throws: ``OutputError`` naming `path` when a file of the user's is there (nothing is
    ///   touched), when the temporary file cannot be created or written (its folder missing or
    ///   read only, the disk full) or cannot take the file's place (a folder is there); the
    ///   temporary file is removed.
    public static func write(_ text: String, to path: String) throws(OutputError) {
        let file = try target(of: path)
        if let existing = firstLine(ofFile: file), existing != firstLine(of: text) { throw notEarlierExport(path) }
        let temporary = "\(file).writing-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path, "cannot be written") }
        guard FileDescriptor.writeAll(Array(text.utf8), to: fd) else {
            let error = failure(path, "cannot be written")
            close(fd)
            unlink(temporary)
            throw error
        }
        guard close(fd) == 0 else {
            let error = failure(path, "cannot be written")
            unlink(temporary)
            throw error
        }
        guard rename(temporary, file) == 0 else {
            let error = failure(path, "cannot be put in place")
            unlink(temporary)
            throw error
        }
    }

    /// Refuses, before any long work, a `path` that ``write(_:to:)`` of a text starting with
    /// `firstLine` would refuse or fail on: a folder there, its folder missing, or a file whose
    /// first line differs. Touches nothing.
    /// - Throws: ``OutputError`` naming `path`.
    public static func checkReplaceable(_ path: String, firstLine expected: String) throws(OutputError) {
        let file = try target(of: path)
        var status = stat()
        if stat(file, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw OutputError(path: path, action: "is not replaced", reason: "it is a folder; name a file in it instead")
        }
        let slash = file.lastIndex(of: "/")
        let folder = slash.map { $0 == file.startIndex ? "/" : String(file[..<$0]) } ?? "."
        guard stat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
            throw OutputError(path: path, action: "cannot be written", reason: "its folder \(Printable.name(folder)) does not exist")
        }
        if let existing = firstLine(ofFile: file), existing != firstLine(of: expected) { throw notEarlierExport(path) }
    }

    /// The file `path` names: itself, or the target of the symbolic link there (every link in
    /// the chain followed), so that replacing the file keeps the user's link.
    /// - Throws: ``OutputError`` when the link leads to nothing.
    static func target(of path: String) throws(OutputError) -> String {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK else { return path }
        guard let resolved = realpath(path, nil) else {
            throw OutputError(path: path, action: "is not replaced", reason: "it is a symbolic link to nothing; remove it or choose another path")
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The refusal of a file that is not an earlier export of the same kind.
    private static func notEarlierExport(_ path: String) -> OutputError {
        OutputError(path: path, action: "is not replaced",
                    reason: "a file is there that is not an earlier export of this kind (its first line differs); remove it or choose another path")
    }

    /// The first line of the regular file at `path` (up to 64 KiB), `nil` when no regular file
    /// is there.
    private static func firstLine(ofFile path: String) -> Substring? {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return "" }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: 65_536)
        let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        return firstLine(of: String(decoding: bytes.prefix(max(count, 0)), as: UTF8.self))
    }

    /// The text up to its first line feed.
    private static func firstLine(of text: String) -> Substring {
        text.prefix { $0 != "\n" && $0 != "\r\n" }
    }

    /// The error for `path`, with the reason `errno` gives now.
    private static func failure(_ path: String, _ action: String) -> OutputError {
        OutputError(path: path, action: action, reason: String(cString: strerror(errno)))
    }
}
