// A new folder written whole or not at all, never over anything: into a temporary folder, then one rename.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates a folder with its files in one step, for `agile init`: the files are written into
/// `PATH.writing-PID` beside it, which is then renamed to `PATH`. The path must be new or an
/// empty folder (a symbolic link to one counts as that folder); anything else is refused and
/// nothing is touched. `rename` replaces only an empty folder, so a folder that gains a file
/// meanwhile is refused too; a failure or a kill leaves at most the temporary folder.
///
/// ```swift
/// try NewFolder.create("myindex", files: [("README.md", "# My index\n")], advice: "give agile init a new folder")
/// ```
public enum NewFolder {
    /// Writes `files` (paths relative to the folder, `/` making sub-folders) as the folder
    /// `path`.
    /// - Parameter advice: what to do when the path is refused, said in the error.
    /// - Throws: ``OutputError`` naming `path` when it is refused (it exists and is not an
    ///   empty folder, or its parent folder does not exist) or cannot be written; nothing is
    ///   left behind.
    public static func create(_ path: String, files: [(path: String, text: String)], advice: String) throws(OutputError) {
        var target = path
        while target.count > 1, target.hasSuffix("/") { target.removeLast() }
        func refused(_ reason: String) -> OutputError {
            OutputError(path: path, action: "is refused", reason: "\(reason); nothing was touched; \(advice)")
        }
        guard !target.isEmpty, target != "/" else { throw refused("it names no new folder") }
        switch FileTree.kind(target) {
        case .missing:
            let parent = parentFolder(of: target)
            var status = stat()
            guard stat(parent, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { throw refused("its folder \(parent) does not exist") }
        case .folder:
            if let first = FileTree.names(target)?.first { throw refused("the folder is not empty (it holds '\(first)')") }
        case .link:
            guard let resolved = FileTree.realPath(target) else { throw refused("it is a symbolic link to nothing") }
            guard FileTree.kind(resolved) == .folder else { throw refused("it exists and is not a folder") }
            if let first = FileTree.names(resolved)?.first { throw refused("the folder is not empty (it holds '\(first)')") }
            target = resolved
        case .file, .other:
            throw refused("it exists and is not a folder")
        }

        let temporary = "\(target).writing-\(getpid())"
        guard mkdir(temporary, 0o777) == 0 else { throw failure(path, "cannot be created") }
        do throws(OutputError) {
            for file in files { try write(file.text, to: file.path, in: temporary, shownAs: path + "/" + file.path) }
            if FileTree.kind(target) == .folder {
                var status = stat()
                if stat(target, &status) == 0 { chmod(temporary, status.st_mode & 0o7777) }
            }
            guard rename(temporary, target) == 0 else {
                if errno == ENOTEMPTY || errno == EEXIST || errno == ENOTDIR || errno == EISDIR {
                    throw refused("something was put there while it was being written")
                }
                throw failure(path, "cannot be put in place")
            }
        } catch {
            try? FileTree.remove(temporary)
            throw error
        }
    }

    /// Writes the file `relative` of `folder` (making its sub-folders), refusing to replace
    /// anything.
    private static func write(_ text: String, to relative: String, in folder: String, shownAs name: String) throws(OutputError) {
        var file = folder
        for part in relative.split(separator: "/").dropLast() {
            file += "/" + part
            if FileTree.kind(file) != .folder, mkdir(file, 0o777) != 0 { throw failure(name, "cannot be created") }
        }
        file = folder + "/" + relative
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(name, "cannot be written") }
        guard FileDescriptor.writeAll(Array(text.utf8), to: fd) else {
            let error = failure(name, "cannot be written")
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw failure(name, "cannot be written") }
    }

    /// The folder holding `path` (`.` for a bare name).
    private static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func failure(_ path: String, _ action: String) -> OutputError {
        OutputError(path: path, action: action, reason: FileTree.reason())
    }
}
