// Whether a folder may receive a report site: a new path, or a site of ours — never a user's folder.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a report site goes into, and the decision whether a site may replace it.
///
/// A site replaces its folder whole, so an existing folder is replaced only when it is provably
/// ours: it carries the marker every site is written with (``markerName``), or it holds nothing
/// but what a site writes (``isSiteFile(_:)``: page names, `charts/` with SVG files) — a site
/// written before the marker existed. Marker or not, a folder that is or holds something the
/// run uses (the store, the registry, the templates, the working folder) is refused. Symbolic
/// links are resolved first: a link to a site of ours has its target replaced (the link stays),
/// and a link to anything else is refused like that folder.
///
/// ```swift
/// let folder = try SiteFolder(path: "Reports", inUse: [SiteFolder.InUse(.store, ".agile/agile.sqlite")])
/// let state = try folder.check()   // .absent or .site; throws SiteFolderError otherwise
/// ```
public struct SiteFolder: Sendable {
    /// The marker file written into every site.
    public static let markerName = ".agile-site"
    /// The marker's content: what the folder is (no clock time, so sites stay reproducible).
    public static let markerContent = """
        agile-site 1
        This folder is a report site written by `agile report` (AGILE Index toolkit).
        The next `agile report --out` to this folder replaces it whole: files added here are lost.

        """

    /// What a path the run uses is.
    public enum Role: String, Sendable, Hashable {
        case store
        case registry
        case countryList = "country list"
        case templates = "templates folder"
        case workingFolder = "working folder"
    }

    /// A path the run uses, which a site must never replace.
    public struct InUse: Sendable, Hashable {
        public var role: Role
        public var path: String

        public init(_ role: Role, _ path: String) {
            self.role = role
            self.path = path
        }
    }

    /// What the folder is before a site is written.
    public enum State: Sendable, Equatable {
        /// Nothing is there yet.
        case absent
        /// A site of ours (or an empty folder): it may be replaced.
        case site
    }

    /// The paths a report run uses: the store, the registry (or COINr iMeta table), the country
    /// list (by default `iso3166-1.csv` beside the registry, when there is one) and the templates
    /// folder (none for built-in templates).
    public static func inUse(store: String, registry: String, countries: String?, templates: String?) -> [InUse] {
        var paths = [InUse(.store, store), InUse(.registry, registry)]
        if let countries = countries ?? Workspace.defaultCountries(for: registry).path { paths.append(InUse(.countryList, countries)) }
        if let templates { paths.append(InUse(.templates, templates)) }
        return paths
    }

    /// The path as given (in messages).
    public let path: String
    /// The path the site is written at: absolute, with every symbolic link resolved.
    public let resolved: String
    /// The paths the run uses (the working folder is always added).
    public let inUse: [InUse]

    /// Resolves `path`; refuses a path that is no folder (a file, a link to nothing, `/`).
    public init(path: String, inUse: [InUse] = []) throws(SiteFolderError) {
        var trimmed = path
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard !trimmed.isEmpty, trimmed != "/" else { throw .unusable(path: path) }
        self.path = path
        self.inUse = inUse + (FileTree.workingFolder().map { [InUse(.workingFolder, $0)] } ?? [])
        switch FileTree.kind(trimmed) {
        case .missing:
            let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
            let name = String(parts.last!)
            let parent = parts.count == 1 ? "." : trimmed.hasPrefix("/") && parts.count == 2 ? "/" : parts.dropLast().joined(separator: "/")
            guard name != "." && name != "..", let real = FileTree.realPath(parent), FileTree.kind(real) == .folder else {
                throw .noParent(path: path, parent: parent)
            }
            resolved = (real == "/" ? "" : real) + "/" + name
        case .folder, .link:
            guard let real = FileTree.realPath(trimmed) else { throw .danglingLink(path: path) }
            guard FileTree.kind(real) == .folder else { throw .notAFolder(path: path) }
            resolved = real
        case .file, .other:
            throw .notAFolder(path: path)
        }
        guard resolved != "/" else { throw .unusable(path: path) }
    }

    /// Whether a site may be written here: `.absent` (a new folder) or `.site` (a site of ours
    /// or an empty folder, to be replaced).
    /// - Throws: ``SiteFolderError/inUse(path:role:used:holds:)`` when the folder is or holds a
    ///   path the run uses, ``SiteFolderError/notASite(path:entry:)`` when it holds anything a
    ///   site does not write and has no marker, ``SiteFolderError/noSitePages(path:)`` when it
    ///   has no marker and lacks the ranking or the methodology page.
    public func check() throws(SiteFolderError) -> State {
        switch FileTree.kind(resolved) {
        case .missing: return .absent
        case .folder: break
        default: throw .notAFolder(path: path)
        }
        for use in inUse {
            let used = FileTree.resolvedAsFarAsItExists(use.path)
            if used == resolved || used.hasPrefix(resolved + "/") {
                throw .inUse(path: path, role: use.role, used: use.path, holds: used != resolved)
            }
        }
        if let entry = Self.foreignEntry(in: resolved) { throw .notASite(path: path, entry: entry) }
        if Self.lacksSitePages(resolved) { throw .noSitePages(path: path) }
        return .site
    }

    /// Whether `folder`, not empty and without the marker, lacks the ranking (`index`) or the
    /// methodology page, which every site of ours has in its formats: a folder holding only
    /// names a site could write (a user's `index.html`, `USA.md`) is not taken for a site.
    static func lacksSitePages(_ folder: String) -> Bool {
        guard !hasMarker(folder), let names = FileTree.names(folder), !names.isEmpty else { return false }
        let has = { (stem: String) in names.contains(stem + ".md") || names.contains(stem + ".html") }
        return !(has("index") && has("methodology"))
    }

    /// The first entry of `folder` that shows it is not a site of ours, or `nil` when it is one:
    /// it has the marker, or holds only what a site writes.
    static func foreignEntry(in folder: String) -> String? {
        if hasMarker(folder) { return nil }
        guard let names = FileTree.names(folder) else { return "." }
        for name in names {
            let path = folder + "/" + name
            switch FileTree.kind(path) {
            case .file where isSiteFile(name) && name != markerName:  // a marker that failed hasMarker is not ours
                continue
            case .folder where name == "charts":
                guard let charts = FileTree.names(path) else { return name }
                if let chart = charts.first(where: { !isChartFile($0) || FileTree.kind(path + "/" + $0) != .file }) {
                    return "charts/" + chart
                }
            case .folder where name == "downloads":
                guard let downloads = FileTree.names(path) else { return name }
                if let download = downloads.first(where: { !isDownloadFile($0) || FileTree.kind(path + "/" + $0) != .file }) {
                    return "downloads/" + download
                }
            default:
                return name
            }
        }
        return nil
    }

    /// Whether `folder` holds our marker: a regular file (not a link) starting with its first line.
    static func hasMarker(_ folder: String) -> Bool {
        let signature = Array(markerContent.utf8.prefix { $0 != 10 })
        guard let head = FileTree.head(folder + "/" + markerName, limit: signature.count) else { return false }
        return head == signature
    }

    /// Whether a site writes a file of this name at its top level: the pages `index`,
    /// `methodology`, `evidence`, `audit`, `explore`, one per country (`USA`, `unit-…`), one per
    /// self-assessed country (`assessment-KEN`) and one per indicator (`indicator-I14`: ASCII
    /// letters, digits, `-`, `.` and `_` after the prefix), as `.md` or `.html`, and the marker.
    public static func isSiteFile(_ name: String) -> Bool {
        if name == markerName { return true }
        let stem: Substring
        if name.hasSuffix(".md") { stem = name.dropLast(3) } else if name.hasSuffix(".html") { stem = name.dropLast(5) } else { return false }
        if ["index", "methodology", "evidence", "audit", "explore"].contains(stem) { return true }
        if stem.hasPrefix("indicator-") { return isIndicatorStem(stem.dropFirst(10)) }
        return isCountryStem(stem.hasPrefix("assessment-") ? stem.dropFirst(11) : stem)
    }

    /// Whether a page's stem is a country's: an alpha-3 code or `unit-` and up to 16 letters.
    private static func isCountryStem(_ stem: Substring) -> Bool {
        if stem.utf8.count == 3 && stem.utf8.allSatisfy({ (65...90).contains($0) }) { return true }
        if stem.hasPrefix("unit-") {
            let rest = stem.dropFirst(5)
            return rest.count <= 16 && rest.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic }
        }
        return false
    }

    /// Whether a site writes a file of this name into `downloads/`: a plain name ending
    /// `-scores.csv`, `-data.csv` or `.xlsx`.
    static func isDownloadFile(_ name: String) -> Bool {
        (name.hasSuffix("-scores.csv") || name.hasSuffix("-data.csv") || name.hasSuffix(".xlsx")) && !name.hasPrefix(".")
            && isPlain(name)
    }

    /// Whether the rest of an indicator page's stem is an indicator's: what the page names keep of
    /// an id (ASCII letters, digits, `-`, `.`, and `_` for the hex of any other character).
    private static func isIndicatorStem(_ rest: Substring) -> Bool {
        !rest.isEmpty && isPlain(rest)
    }

    /// Whether a site writes a file of this name into `charts/`: an SVG with a plain name.
    static func isChartFile(_ name: String) -> Bool {
        name.hasSuffix(".svg") && !name.hasPrefix(".") && isPlain(name)
    }

    /// Whether a name holds only ASCII letters, digits, `.`, `-` and `_`.
    private static func isPlain<S: StringProtocol>(_ name: S) -> Bool {
        name.utf8.allSatisfy { byte in
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) || byte == 46 || byte == 45 || byte == 95
        }
    }
}
