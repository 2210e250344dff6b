// SiteWriter replaces only sites of ours, in one atomic exchange, and cleans up after killed runs.

@testable import AgileIO
import Foundation
import Synchronization
import Testing

@Suite struct SiteWriterReplaceTests {
    static let pages: [(path: String, content: String)] = [("index.md", "new index"), ("charts/USA-radar.svg", "<svg/>")]

    /// What `pages` leave in a folder: the pages and the marker.
    static let written = ["index.md": "new index", "charts": "dir", "charts/USA-radar.svg": "<svg/>", ".agile-site": SiteFolder.markerContent]

    @Test func newSiteCarriesTheMarker() throws {
        let scratch = try SiteScratch()
        let stale = try SiteWriter(destination: scratch.path("site")).write(Self.pages)
        #expect(stale.isEmpty)
        #expect(try scratch.listing() == Self.written.reduce(into: ["site": "dir"]) { $0["site/" + $1.key] = $1.value })
        #expect(SiteFolder.markerContent == """
            agile-site 1
            This folder is a report site written by `agile report` (AGILE Index toolkit).
            The next `agile report --out` to this folder replaces it whole: files added here are lost.

            """)
    }

    /// A site with the marker, one without (pages only) and an empty folder are replaced whole;
    /// nothing is left beside them.
    @Test(arguments: [
        ["site/.agile-site": SiteFolder.markerContent, "site/USA.md": "old", "site/notes.txt": "added by hand"],
        ["site/USA.md": "old", "site/index.html": "old", "site/methodology.html": "old", "site/charts/DEU-radar.svg": "old"],
        [:],
    ])
    func previousSitesAreReplaced(_ old: [String: String]) throws {
        let scratch = try SiteScratch()
        try scratch.folder("site")
        for (path, content) in old { try scratch.write(path, content) }
        try SiteWriter(destination: scratch.path("site")).write(Self.pages)
        #expect(try scratch.listing() == Self.written.reduce(into: ["site": "dir"]) { $0["site/" + $1.key] = $1.value })
    }

    /// The old site and the new are swapped in one call (the exchange), then the old one is
    /// removed from where the new one was written.
    @Test func replacementIsOneExchange() throws {
        let scratch = try SiteScratch()
        try scratch.write("site/.agile-site", SiteFolder.markerContent)
        try scratch.write("site/USA.md", "old")
        let recorder = Recorder()
        var writer = SiteWriter(destination: scratch.path("site"))
        writer.swap.exchange = { a, b in
            recorder.calls.withLock { $0.append([a, b]) }
            return FolderSwap.system.exchange(a, b)
        }
        try writer.write(Self.pages)
        #expect(recorder.calls.withLock { $0 } == [[scratch.path("site.writing-\(getpid())"), scratch.path("site")]])
        #expect(try scratch.listing("site") == Self.written)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["site"])
    }

    /// The system's exchange swaps two folders, whole (this file system supports it).
    @Test func systemExchangeSwapsTwoFolders() throws {
        let scratch = try SiteScratch()
        try scratch.write("a/one", "1")
        try scratch.write("b/two", "2")
        #expect(FolderSwap.system.exchange(scratch.path("a"), scratch.path("b")) == 0)
        #expect(try scratch.listing() == ["a": "dir", "a/two": "2", "b": "dir", "b/one": "1"])
        // Without anything at the destination, the no-replace rename moves; with something, it refuses.
        #expect(FolderSwap.system.renameNew(scratch.path("a"), scratch.path("c")) == 0)
        #expect(FolderSwap.system.renameNew(scratch.path("b"), scratch.path("c")) == -1)
        #expect(errno == EEXIST)
    }

    /// Where the file system refuses the exchange (EINVAL) or the no-replace rename (ENOSYS),
    /// plain renames do the same work.
    @Test func refusedExchangeFallsBackToRenames() throws {
        let scratch = try SiteScratch()
        try scratch.write("site/.agile-site", SiteFolder.markerContent)
        try scratch.write("site/USA.md", "old")
        var writer = SiteWriter(destination: scratch.path("site"))
        writer.swap = FolderSwap(exchange: { _, _ in errno = EINVAL; return -1 }, renameNew: { _, _ in errno = ENOSYS; return -1 })
        try writer.write(Self.pages)
        #expect(try scratch.listing("site") == Self.written)
        try writer.write([("index.md", "again")])
        try SiteWriter(destination: scratch.path("new"), inUse: []).write([("index.md", "new")])
        var fresh = SiteWriter(destination: scratch.path("fresh"))
        fresh.swap = writer.swap
        try fresh.write([("index.md", "fresh")])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["fresh", "new", "site"])
        #expect(try scratch.listing("site") == ["index.md": "again", ".agile-site": SiteFolder.markerContent])
    }

    /// A user's folder is refused before anything is written; the folder and its parent stay as
    /// they were.
    @Test func usersFolderIsLeftAlone() throws {
        let scratch = try SiteScratch()
        try scratch.write("thesis/thesis.txt", "chapter 1")
        try scratch.write("thesis/index.md", "my index")
        let before = try scratch.listing()
        let error = #expect(throws: SiteFolderError.self) { try SiteWriter(destination: scratch.path("thesis")).write(Self.pages) }
        #expect(error == .notASite(path: scratch.path("thesis"), entry: "thesis.txt"))
        #expect(try scratch.listing() == before)
    }

    /// Folders a killed run left: ours (marker, or pages only with the ranking and methodology,
    /// or empty) are removed; a user's, or what is left of a marker-less site half removed, is
    /// kept and reported; a live process's is left alone.
    @Test func staleFoldersOfKilledRunsAreCleanedOrReported() throws {
        let scratch = try SiteScratch()
        let dead = try SiteScratch.deadPID()
        try scratch.write("site/.agile-site", SiteFolder.markerContent)
        try scratch.write("site.writing-\(dead)/.agile-site", SiteFolder.markerContent)
        try scratch.write("site.writing-\(dead)/USA.md", "half")
        try scratch.write("site.old-\(dead)/charts/USA-radar.svg", "old")
        try scratch.write("site.old-\(dead)/index.html", "old")
        try scratch.write("site.old-\(dead)/methodology.md", "old")
        try scratch.write("site.old-8\(dead)/charts/USA-radar.svg", "old")
        try scratch.write("site.old-9\(dead)/thesis.txt", "mine")
        try scratch.write("site.writing-\(getppid())/.agile-site", SiteFolder.markerContent)
        try scratch.write("site.writing-x1/.agile-site", SiteFolder.markerContent)
        let stale = try SiteWriter(destination: scratch.path("site")).write(Self.pages)
        let user = scratch.path("site.old-9\(dead)"), remnant = scratch.path("site.old-8\(dead)")
        #expect(stale.sorted { $0.path < $1.path } == [
            StaleSiteFolder(path: scratch.path("site.old-\(dead)"), pid: dead, keptBecause: nil),
            StaleSiteFolder(path: remnant, pid: Int32("8\(dead)")!, keptBecause: .noSitePages(path: remnant)),
            StaleSiteFolder(path: user, pid: Int32("9\(dead)")!, keptBecause: .notASite(path: user, entry: "thesis.txt")),
            StaleSiteFolder(path: scratch.path("site.writing-\(dead)"), pid: dead, keptBecause: nil),
        ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted()
            == ["site", "site.old-8\(dead)", "site.old-9\(dead)", "site.writing-\(getppid())", "site.writing-x1"])
        #expect(stale.first { $0.path == user }?.description.hasPrefix("\(user): left by a killed agile report (process 9\(dead)) and kept, as it is not provably a site: ") == true)
        #expect(stale.first { $0.keptBecause == nil }?.description.hasSuffix(": removed, left by a killed agile report (process \(dead))") == true)
    }

    /// A link to a site of ours: the target folder is replaced and the link stays a link.
    @Test func linkedSiteIsReplacedAtItsTarget() throws {
        let scratch = try SiteScratch()
        try scratch.write("real/.agile-site", SiteFolder.markerContent)
        try scratch.write("real/USA.md", "old")
        try scratch.link("site", to: "real")
        try SiteWriter(destination: scratch.path("site")).write(Self.pages)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path("site")) == "real")
        #expect(try scratch.listing("real") == Self.written)
    }
}

/// The calls a test's exchange received.
private final class Recorder: Sendable {
    let calls = Mutex<[[String]]>([])
}
