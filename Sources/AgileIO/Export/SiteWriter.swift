// Writes a report site into its folder all at once: a temporary folder, then an atomic exchange.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgileCore

/// Writes the files of a site so that a failure or a kill never leaves half a site behind, and
/// never replaces a folder that is not a site of ours.
///
/// The destination is checked first (``SiteFolder``: a new path, an empty folder or a site of
/// ours, and nothing the run uses). The files go into a new temporary folder beside it
/// (`<folder>.writing-<pid>`), the marker first; only when all of them are written does the
/// folder take the destination's place: on Linux one `renameat2(RENAME_EXCHANGE)` swaps the
/// new site and the old, so a kill at any moment leaves one of the two whole, and the old one is
/// removed after (its marker last). Where the file system refuses the exchange, the old folder
/// is renamed to `<folder>.old-<pid>` and the new one into place. Temporary folders that killed
/// runs left are removed when they are ours and reported otherwise. Every path is checked to
/// stay inside the folder (no `..`, no absolute path, plain names), and files are created new
/// with `O_EXCL | O_NOFOLLOW`, so no symbolic link is followed and nothing outside the folder
/// is written. A file the site it replaces already holds byte for byte is hard-linked into the
/// new folder instead of written again (``writeFiles(_:content:into:reusing:)``).
public struct SiteWriter {
    /// The folder the site ends up in, as given.
    public let destination: String
    /// The paths the run uses, which the site must never replace (the working folder is
    /// always one).
    public let inUse: [SiteFolder.InUse]
    /// The system calls that put the site in place (replaced in tests).
    var swap = FolderSwap.system

    public init(destination: String, inUse: [SiteFolder.InUse] = []) {
        self.destination = destination
        self.inUse = inUse
    }

    /// Checks that ``destination`` may receive a site, before any work is done for it (``write(_:)``
    /// checks again).
    /// - Throws: ``SiteFolderError`` when it is not a new path, an empty folder or a site of
    ///   ours, or is or holds a path in use.
    public func checkDestination() throws(SiteFolderError) {
        _ = try SiteFolder(path: destination, inUse: inUse).check()
    }

    /// Writes `files` (relative path → content) and the marker as the whole content of
    /// ``destination``.
    /// - Returns: the temporary folders of killed runs found beside it, removed or kept.
    /// - Throws: ``SiteFolderError`` for a path that could leave the folder, when the
    ///   destination is not a folder a site may replace, or when a system call fails; the
    ///   destination is then as it was.
    @discardableResult
    public func write(_ files: [(path: String, content: String)]) throws(SiteFolderError) -> [StaleSiteFolder] {
        try write(bytes: files.map { ($0.path, Array($0.content.utf8)) })
    }

    /// Writes `files` (relative path → bytes) and the marker as the whole content of
    /// ``destination``, as ``write(_:)`` does text: for sites with binary files (a workbook).
    @discardableResult
    public func write(bytes files: [(path: String, bytes: [UInt8])]) throws(SiteFolderError) -> [StaleSiteFolder] {
        try write(paths: files.map(\.path)) { files[$0].bytes }
    }

    /// Writes the files at `paths` and the marker as the whole content of ``destination``, as
    /// ``write(bytes:)`` does, each file's bytes made by `content` (called once per index, on any
    /// thread, when the file is written, in the order of `paths`: put the files slowest to make,
    /// such as a workbook, first, and they are made while the others are written).
    /// - Throws: ``SiteFolderError`` as ``write(_:)``, or the first error `content` throws (by
    ///   path); the destination is then as it was.
    @discardableResult
    public func write(
        paths: [String], content: @Sendable (Int) throws(SiteFolderError) -> [UInt8]
    ) throws(SiteFolderError) -> [StaleSiteFolder] {
        for path in paths { try SiteWriter.check(path) }
        let folder = try SiteFolder(path: destination, inUse: inUse)
        let state = try folder.check()
        let stale = folder.cleanStale()
        let staging = folder.temporary("writing")
        if FileTree.kind(staging) != .missing, let reason = SiteFolder.removeIfOurs(staging, inUse: inUse) { throw reason }
        guard mkdir(staging, 0o755) == 0 else { throw SiteFolderError.failed(path: staging, action: "cannot be created", reason: FileTree.reason()) }
        do throws(SiteFolderError) {
            try SiteWriter.writeFile(folder: staging, path: SiteFolder.markerName, content: Array(SiteFolder.markerContent.utf8))
            try SiteWriter.writeFiles(paths, content: content, into: staging, reusing: state == .site ? folder.resolved : nil)
            return stale + (try place(staging, at: folder, state: state))
        } catch {
            try? FileTree.remove(staging)
            throw error
        }
    }

    /// Puts the finished folder `staging` at the destination; returns the old site when it
    /// could not be removed as ours.
    private func place(_ staging: String, at folder: SiteFolder, state: SiteFolder.State) throws(SiteFolderError) -> [StaleSiteFolder] {
        let destination = folder.resolved
        if state == .absent {
            if swap.renameNew(staging, destination) == 0 { return [] }
            if FolderSwap.unsupported(errno) {
                // No exclusive rename here: a plain one, which replaces at most an empty folder.
                guard rename(staging, destination) == 0 else { throw SiteFolderError.failed(path: folder.path, action: "cannot be put in place", reason: FileTree.reason()) }
                return []
            }
            guard errno == EEXIST else { throw SiteFolderError.failed(path: folder.path, action: "cannot be put in place", reason: FileTree.reason()) }
        }
        // Something is there: it must (still) be a site of ours.
        guard try folder.check() == .site else { return try place(staging, at: folder, state: .absent) }
        let old: String
        if swap.exchange(staging, destination) == 0 {
            old = staging
        } else {
            guard FolderSwap.unsupported(errno) else { throw SiteFolderError.failed(path: folder.path, action: "cannot be replaced", reason: FileTree.reason()) }
            old = folder.temporary("old")
            if FileTree.kind(old) != .missing, let reason = SiteFolder.removeIfOurs(old, inUse: inUse) { throw reason }
            guard rename(destination, old) == 0 else { throw SiteFolderError.failed(path: folder.path, action: "cannot be moved aside", reason: FileTree.reason()) }
            guard rename(staging, destination) == 0 else {
                let reason = FileTree.reason()
                _ = rename(old, destination)
                throw SiteFolderError.failed(path: folder.path, action: "cannot be put in place", reason: reason)
            }
        }
        guard let kept = SiteFolder.removeIfOurs(old, inUse: inUse) else { return [] }
        return [StaleSiteFolder(path: old, pid: getpid(), keptBecause: kept)]
    }

    /// Refuses a path that could leave the folder or is not a plain relative name.
    static func check(_ path: String) throws(SiteFolderError) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        guard !path.isEmpty, !path.hasPrefix("/"), parts.count <= 3,
              parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix(".") && $0.allSatisfy(allowed.contains) }) else {
            throw .unsafePath(path: path)
        }
    }

    /// Creates the folder `relative` (and the folders it lies in) inside `folder`, each checked
    /// to be a folder, not a link.
    static func makeFolder(_ relative: String, in folder: String) throws(SiteFolderError) {
        var current = folder
        for part in relative.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST { throw failure(current, "cannot be created") }
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { throw failure(current, "is not a folder") }
        }
    }

    /// Writes `content` as the new file `path` inside `folder` (whose folders exist).
    static func writeFile(folder: String, path: String, content: [UInt8]) throws(SiteFolderError) {
        let full = folder + "/" + path
        let fd = open(full, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(full, "cannot be created") }
        defer { close(fd) }
        guard FileDescriptor.writeAll(content, to: fd) else { throw failure(full, "cannot be written") }
    }

    static func failure(_ path: String, _ action: String) -> SiteFolderError {
        .failed(path: path, action: action, reason: FileTree.reason())
    }
}
