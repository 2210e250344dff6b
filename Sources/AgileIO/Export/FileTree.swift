// Folder trees seen without following symbolic links: kind of an entry, a folder's names, removal.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small file-system operations on paths, none of which follows a symbolic link.
enum FileTree {
    /// What a path is, from `lstat` (a link is a link, whatever it points to).
    enum Kind: Equatable {
        case missing, folder, file, link, other
    }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// The names in `folder` (without `.` and `..`), sorted; `nil` when it cannot be read.
    static func names(_ folder: String) -> [String]? {
        guard let stream = opendir(folder) else { return nil }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The first `limit` bytes of a regular file, read without following a link; `nil` when it
    /// is not a regular file or cannot be read.
    static func head(_ path: String, limit: Int) -> [UInt8]? {
        guard kind(path) == .file else { return nil }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: limit)
        var count = 0
        while count < limit {
            let read = bytes.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress! + count, limit - count) }
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else { break }
            count += read
        }
        return Array(bytes.prefix(count))
    }

    /// The absolute path of `path` with every symbolic link resolved; `nil` when some part of it
    /// does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The working folder, resolved.
    static func workingFolder() -> String? {
        guard let folder = getcwd(nil, 0) else { return nil }
        defer { free(folder) }
        return realPath(String(cString: folder))
    }

    /// `path` made absolute and resolved as far as it exists: the existing part through
    /// `realpath`, the missing rest appended as written.
    static func resolvedAsFarAsItExists(_ path: String) -> String {
        if let real = realPath(path) { return real }
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var rest: [String] = []
        while let last = parts.popLast() {
            rest.insert(last, at: 0)
            let prefix = (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
            if let real = realPath(prefix.isEmpty ? "." : prefix) {
                return (real == "/" ? "" : real) + "/" + rest.joined(separator: "/")
            }
        }
        return path
    }

    /// Removes a file or a folder tree without following symbolic links. In every folder, the
    /// entry named `last` (if any) goes after all the others, so a removal cut short still
    /// leaves it beside what remains.
    static func remove(_ path: String, last: String? = nil) throws(SiteFolderError) {
        switch kind(path) {
        case .missing:
            return
        case .folder:
            guard let names = names(path) else { throw .failed(path: path, action: "cannot be read", reason: reason()) }
            for name in names where name != last { try remove(path + "/" + name, last: last) }
            if let last, names.contains(last) { try remove(path + "/" + last) }
            guard rmdir(path) == 0 else { throw .failed(path: path, action: "cannot be removed", reason: reason()) }
        case .file, .link, .other:
            guard unlink(path) == 0 else { throw .failed(path: path, action: "cannot be removed", reason: reason()) }
        }
    }

    /// The text of the current `errno`.
    static func reason() -> String { String(cString: strerror(errno)) }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
