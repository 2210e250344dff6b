// Why a report site is not written where it was asked to be: each case says path, why and what to do.

import AgileCore

/// Why ``SiteFolder`` refuses a folder, why ``SiteWriter`` refuses a page's path, or why
/// replacing the folder failed. Every refusal leaves the folder exactly as it was.
public enum SiteFolderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path is empty or the root folder.
    case unusable(path: String)
    /// The path exists and is not a folder (a file, a device, a link to a file).
    case notAFolder(path: String)
    /// The path is a symbolic link whose target does not exist.
    case danglingLink(path: String)
    /// The folder is (`holds == false`) or holds something the run uses: `used` is that path.
    case inUse(path: String, role: SiteFolder.Role, used: String, holds: Bool)
    /// The folder has no site marker and holds `entry`, which no site of ours writes.
    case notASite(path: String, entry: String)
    /// The folder has no site marker and holds only names a site writes, but not the ranking
    /// and methodology pages every site of ours has (a user's `index.html` alone, say).
    case noSitePages(path: String)
    /// The folder the site would go into does not exist.
    case noParent(path: String, parent: String)
    /// A system call on `path` failed.
    case failed(path: String, action: String, reason: String)
    /// A page's path could leave the folder or is not a plain relative name (`../x`, `/etc/x`).
    case unsafePath(path: String)

    /// What to do instead, said with every refusal.
    static let advice = "nothing was touched; give --out a new folder, an empty one, or a site agile report wrote"

    public var description: String {
        switch self {
        case .unusable(let path):
            return "\(Self.shown(path)): is not a folder a report site can replace; \(Self.advice)"
        case .notAFolder(let path):
            return "\(Self.shown(path)): exists and is not a folder; \(Self.advice)"
        case .danglingLink(let path):
            return "\(Self.shown(path)): is a symbolic link to nothing; \(Self.advice)"
        case .inUse(let path, let role, let used, let holds):
            let what = role == .workingFolder ? "the working folder" : "the \(role.rawValue) in use"
            return "\(Self.shown(path)): is not replaced: it \(holds ? "holds" : "is") \(what) (\(Self.shown(used))); \(Self.advice)"
        case .notASite(let path, let entry):
            return "\(Self.shown(path)): is not replaced: it is not a report site (it holds '\(Self.shown(entry))', which agile report does not write, and no \(SiteFolder.markerName) marker); \(Self.advice)"
        case .noSitePages(let path):
            return "\(Self.shown(path)): is not replaced: it is not a report site (no \(SiteFolder.markerName) marker, and not the ranking and methodology pages, index and methodology, that every site agile report writes has); \(Self.advice)"
        case .noParent(let path, let parent):
            return "\(Self.shown(path)): cannot be created: the folder \(Self.shown(parent)) does not exist"
        case .failed(let path, let action, let reason):
            return "\(Self.shown(path)): \(action): \(reason)"
        case .unsafePath(let path):
            return "\(Printable.name(path)): is not a plain path inside the report folder (names of letters, digits, '.', '_' and '-', without '..')"
        }
    }

    /// A path made safe to print: control characters escaped.
    static func shown(_ path: String) -> String {
        InputError.printable(path, limit: 4096)
    }
}
