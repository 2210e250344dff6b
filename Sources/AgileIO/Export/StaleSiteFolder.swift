// Folders a killed `agile report` left beside its site (`*.writing-PID`, `*.old-PID`): removed when ours.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder named like the temporary folders of a site write (`Reports.writing-4242`,
/// `Reports.old-4242`) whose process is gone: removed when it is provably ours (it holds the
/// marker, or only what a site writes), kept and reported otherwise.
public struct StaleSiteFolder: Sendable, Equatable, CustomStringConvertible {
    /// The folder's path.
    public var path: String
    /// The process that made it.
    public var pid: Int32
    /// Why it was kept; `nil` when it was removed.
    public var keptBecause: SiteFolderError?

    public var description: String {
        if let keptBecause {
            return "\(SiteFolderError.shown(path)): left by a killed agile report (process \(pid)) and kept, as it is not provably a site: \(keptBecause); remove it yourself when it is not needed"
        }
        return "\(SiteFolderError.shown(path)): removed, left by a killed agile report (process \(pid))"
    }
}

extension SiteFolder {
    /// The temporary folder of this process beside the site: `<folder>.<kind>-<pid>`.
    func temporary(_ kind: String) -> String {
        "\(resolved).\(kind)-\(getpid())"
    }

    /// Removes the temporary folders of earlier runs that are no longer alive, when they are
    /// ours; reports the others. Folders of live processes (another run writing) are left alone.
    public func cleanStale() -> [StaleSiteFolder] {
        let slash = resolved.lastIndex(of: "/")!
        let parent = resolved[..<slash].isEmpty ? "/" : String(resolved[..<slash])
        let name = String(resolved[resolved.index(after: slash)...])
        var found: [StaleSiteFolder] = []
        for entry in FileTree.names(parent) ?? [] {
            guard let pid = Self.stalePID(entry, site: name), !Self.isAlive(pid) else { continue }
            let path = (parent == "/" ? "" : parent) + "/" + entry
            found.append(StaleSiteFolder(path: path, pid: pid, keptBecause: Self.removeIfOurs(path, inUse: inUse)))
        }
        return found
    }

    /// The process id in `entry` when it is `<site>.writing-<pid>` or `<site>.old-<pid>`.
    static func stalePID(_ entry: String, site: String) -> Int32? {
        for kind in [".writing-", ".old-"] where entry.hasPrefix(site + kind) {
            let digits = entry.dropFirst(site.count + kind.count)
            guard !digits.isEmpty, digits.count <= 10, digits.utf8.allSatisfy({ (48...57).contains($0) }), let pid = Int32(digits), pid > 0 else { return nil }
            return pid
        }
        return nil
    }

    /// Whether process `pid` exists (this process counts as alive).
    static func isAlive(_ pid: Int32) -> Bool {
        pid == getpid() || kill(pid, 0) == 0 || errno == EPERM
    }

    /// Removes `path` (the marker last) when it is a folder that is provably a site of ours and
    /// neither is nor holds a path in use; returns why it was kept otherwise.
    static func removeIfOurs(_ path: String, inUse: [InUse]) -> SiteFolderError? {
        guard FileTree.kind(path) == .folder else { return .notAFolder(path: path) }
        do throws(SiteFolderError) {
            _ = try SiteFolder(path: path, inUse: inUse).check()
            try FileTree.remove(path, last: markerName)
            return nil
        } catch {
            return error
        }
    }
}
