// Writes a report site into its folder all at once: a temporary folder, then a rename.

#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif
import AgileCore

/// Writes the files of a site so that a failure never leaves half a site behind.
///
/// The files go into a new temporary folder beside the destination; only when all of them are
/// written is the destination replaced by it (the old folder is renamed away and then
/// removed). Every path is checked to stay inside the folder (no `..`, no absolute path, plain
/// names), and files are created new with `O_EXCL | O_NOFOLLOW`, so no symbolic link is
/// followed and nothing outside the folder is written.
public struct SiteWriter {
    /// The folder the site ends up in.
    public let destination: String

    public init(destination: String) {
        self.destination = destination
    }

    /// Writes `files` (relative path → content) as the whole content of ``destination``.
    public func write(_ files: [(path: String, content: String)]) throws {
        let trimmed = destination.hasSuffix("/") && destination.count > 1 ? String(destination.dropLast()) : destination
        guard !trimmed.isEmpty, trimmed != "/" else {
            throw InputError(Provenance(file: destination, line: 0), problem: "is not a folder the site can replace")
        }
        var info = stat()
        if lstat(trimmed, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw InputError(Provenance(file: trimmed, line: 0), problem: "exists and is not a folder (a symbolic link or a file); it is not replaced")
            }
        }
        for file in files { try SiteWriter.check(file.path) }
        let staging = "\(trimmed).writing-\(getpid())"
        try SiteWriter.removeTree(staging)
        guard mkdir(staging, 0o755) == 0 else { throw SiteWriter.failure(staging, "cannot be created") }
        do {
            for file in files.sorted(by: { $0.path < $1.path }) {
                try SiteWriter.writeFile(folder: staging, path: file.path, content: file.content)
            }
        } catch {
            try? SiteWriter.removeTree(staging)
            throw error
        }
        let old = "\(trimmed).old-\(getpid())"
        let hadOld = access(trimmed, F_OK) == 0
        if hadOld {
            try SiteWriter.removeTree(old)
            guard rename(trimmed, old) == 0 else {
                try? SiteWriter.removeTree(staging)
                throw SiteWriter.failure(trimmed, "cannot be moved aside")
            }
        }
        guard rename(staging, trimmed) == 0 else {
            if hadOld { _ = rename(old, trimmed) }
            throw SiteWriter.failure(trimmed, "cannot be put in place")
        }
        if hadOld { try SiteWriter.removeTree(old) }
    }

    /// Refuses a path that could leave the folder or is not a plain relative name.
    static func check(_ path: String) throws {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        guard !path.isEmpty, !path.hasPrefix("/"), parts.count <= 3,
              parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix(".") && $0.allSatisfy(allowed.contains) }) else {
            throw InputError(Provenance(file: path, line: 0), problem: "is not a plain path inside the report folder", expected: "names of letters, digits, '.', '_' and '-', without '..'")
        }
    }

    private static func writeFile(folder: String, path: String, content: String) throws {
        let parts = path.split(separator: "/").map(String.init)
        var current = folder
        for part in parts.dropLast() {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST { throw failure(current, "cannot be created") }
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { throw failure(current, "is not a folder") }
        }
        let full = folder + "/" + path
        let fd = open(full, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(full, "cannot be created") }
        defer { close(fd) }
        var bytes = Array(content.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { systemWrite(fd, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(full, "cannot be written")
            }
            offset += written
        }
    }

    /// Removes a file or a folder tree without following symbolic links.
    static func removeTree(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            guard let folder = opendir(path) else { throw failure(path, "cannot be read") }
            var names: [String] = []
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(folder)
            for name in names { try removeTree(path + "/" + name) }
            guard rmdir(path) == 0 else { throw failure(path, "cannot be removed") }
        } else {
            guard unlink(path) == 0 else { throw failure(path, "cannot be removed") }
        }
    }

    private static func failure(_ path: String, _ problem: String) -> InputError {
        InputError(Provenance(file: path, line: 0), problem: "\(problem): \(String(cString: strerror(errno)))")
    }
}
