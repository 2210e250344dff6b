// The files of a site written into its new folder: the folders first, then each file, on all
// cores; a file the replaced site already holds byte for byte is hard-linked, not written again.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgileCore
import Dispatch

extension SiteWriter {
    /// Puts the files at `paths` into the new folder `staging`: their folders are made first;
    /// then each file is made (``write(paths:content:)``) and written, or linked, on all cores,
    /// taken in the order of `paths` (a caller puts the files slowest to make first), each into
    /// its own slot, so the first failure by path is the one reported whatever the scheduling.
    ///
    /// `reusing` is the site being replaced (one of ours, checked by the caller), if any: a file
    /// it holds at the same path with exactly the same bytes, a regular file in real folders, is
    /// hard-linked into `staging` rather than written again. Regenerating a site whose pages
    /// mostly did not change then creates few new files (creating files is the slow part of
    /// writing a site), and the unchanged files keep their modification times. Where a link
    /// cannot be made (another file system, a system that refuses it) the file is written.
    static func writeFiles(
        _ paths: [String], content: @Sendable (Int) throws(SiteFolderError) -> [UInt8], into staging: String, reusing old: String?
    ) throws(SiteFolderError) {
        var folders: [String] = []
        for index in paths.indices.sorted(by: { paths[$0] < paths[$1] }) {
            guard let slash = paths[index].lastIndex(of: "/") else { continue }
            let folder = String(paths[index][..<slash])
            if folders.last != folder && !folders.contains(folder) { folders.append(folder) }
        }
        for folder in folders { try makeFolder(folder, in: staging) }
        let oldFolders = old.map { old in Set(folders.filter { isRealFolder(old, $0) }) } ?? []
        let failures = ConcurrentSlots<(path: String, error: SiteFolderError)>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let path = paths[index]
            do throws(SiteFolderError) {
                let bytes = try content(index)
                if let old, isReusable(path, bytes, in: old, folders: oldFolders), link(old + "/" + path, staging + "/" + path) == 0 { return }
                try writeFile(folder: staging, path: path, content: bytes)
            } catch {
                failures[index] = (path, error)
            }
        }
        if let failure = paths.indices.compactMap({ failures[$0] }).min(by: { $0.path < $1.path }) { throw failure.error }
    }

    /// Whether each folder of `path` inside `root` is a folder, not a symbolic link.
    private static func isRealFolder(_ root: String, _ path: String) -> Bool {
        var current = root
        for part in path.split(separator: "/") {
            current += "/" + part
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return false }
        }
        return true
    }

    /// Whether the old site holds `path` as a regular file with exactly `bytes`.
    private static func isReusable(_ path: String, _ bytes: [UInt8], in old: String, folders: Set<String>) -> Bool {
        if let slash = path.lastIndex(of: "/"), !folders.contains(String(path[..<slash])) { return false }
        let fd = open(old + "/" + path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else { return false }
        var buffer = [UInt8](repeating: 0, count: min(bytes.count, 1 << 16) + 1)
        var offset = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            if count == 0 { return offset == bytes.count }
            guard offset + count <= bytes.count, bytes[offset..<(offset + count)].elementsEqual(buffer[..<count]) else { return false }
            offset += count
        }
    }
}
