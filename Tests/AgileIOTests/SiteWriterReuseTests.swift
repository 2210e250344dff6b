// SiteWriter links the files a replaced site holds unchanged, writes the others anew, never reuses
// through a symbolic link, and reports the first failure by path whatever the scheduling.

@testable import AgileIO
import Foundation
import Synchronization
import Testing

@Suite struct SiteWriterReuseTests {
    /// The inode number of `path` (not following a link).
    static func inode(_ path: String) -> UInt64? {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    @Test func unchangedFilesAreLinkedChangedOnesWrittenAnew() throws {
        let scratch = try SiteScratch()
        let site = scratch.path("site")
        try SiteWriter(destination: site).write([("index.md", "same"), ("USA.md", "old"), ("charts/USA-radar.svg", "<svg/>")])
        let before = ["index.md", "USA.md", "charts/USA-radar.svg"].map { Self.inode(site + "/" + $0) }
        try SiteWriter(destination: site).write([("index.md", "same"), ("USA.md", "new"), ("charts/USA-radar.svg", "<svg/>"), ("DEU.md", "added")])
        #expect(try scratch.listing("site") == [
            "index.md": "same", "USA.md": "new", "DEU.md": "added", "charts": "dir", "charts/USA-radar.svg": "<svg/>",
            ".agile-site": SiteFolder.markerContent,
        ])
        // Same bytes at the same path: the very file of the old site (its inode), no new one.
        #expect(Self.inode(site + "/index.md") == before[0])
        #expect(Self.inode(site + "/charts/USA-radar.svg") == before[2])
        // Changed: a new file; the old one went with the old site.
        #expect(Self.inode(site + "/USA.md") != before[1])
    }

    /// A file of the same length but other bytes, or of another length, is written, not linked.
    @Test(arguments: ["abcd", "abce", "abc", "abcde", ""])
    func onlyTheSameBytesAreReused(_ old: String) throws {
        let scratch = try SiteScratch()
        let site = scratch.path("site")
        try SiteWriter(destination: site).write([("page.md", old)])
        let before = Self.inode(site + "/page.md")
        try SiteWriter(destination: site).write([("page.md", "abcd")])
        #expect(try scratch.listing("site")["page.md"] == "abcd")
        #expect((Self.inode(site + "/page.md") == before) == (old == "abcd"))
    }

    /// A link in the old site (a file or a folder someone replaced by one) is never linked
    /// through: the new site gets a file of its own, and the link's target is untouched.
    @Test func linksInTheOldSiteAreNotFollowed() throws {
        let scratch = try SiteScratch()
        let site = scratch.path("site")
        let outside = try scratch.write("outside/page.md", "same")
        try scratch.write("outside/charts/c.svg", "<svg/>")
        try SiteWriter(destination: site).write([("index.md", "x")])
        try scratch.link("site/page.md", to: outside)
        try scratch.link("site/charts", to: scratch.path("outside/charts"))
        try SiteWriter(destination: site).write([("index.md", "x"), ("page.md", "same"), ("charts/c.svg", "<svg/>")])
        #expect(Self.inode(site + "/page.md") != Self.inode(outside))
        #expect(Self.inode(site + "/charts/c.svg") != Self.inode(scratch.path("outside/charts/c.svg")))
        #expect(try scratch.listing("outside") == ["page.md": "same", "charts": "dir", "charts/c.svg": "<svg/>"])
        #expect(try scratch.listing("site")["page.md"] == "same")
    }

    /// Files are made on all cores, in the order given; when several fail, the one reported is
    /// the first by path, and nothing is written.
    @Test func firstFailureByPathIsReported() throws {
        let scratch = try SiteScratch()
        let site = scratch.path("site")
        let paths = (0..<64).map { "page-\(String(format: "%02d", 63 - $0)).md" }
        let failing: Set = ["page-07.md", "page-41.md", "page-60.md"]
        for _ in 0..<5 {
            let error = #expect(throws: SiteFolderError.self) {
                try SiteWriter(destination: site).write(paths: paths) { index throws(SiteFolderError) in
                    if failing.contains(paths[index]) { throw .failed(path: paths[index], action: "cannot be made", reason: "test") }
                    return Array("ok".utf8)
                }
            }
            #expect(error == .failed(path: "page-07.md", action: "cannot be made", reason: "test"))
            #expect(try scratch.listing().isEmpty)
        }
    }

    /// The content of each file is asked for once, whatever the order the paths come in.
    @Test func contentIsMadeOncePerFile() throws {
        let scratch = try SiteScratch()
        let paths = ["b.md", "charts/a.svg", "a.md", "downloads/x.xlsx"]
        let calls = Mutex([0, 0, 0, 0])
        try SiteWriter(destination: scratch.path("site")).write(paths: paths) { index throws(SiteFolderError) in
            calls.withLock { $0[index] += 1 }
            return Array(paths[index].utf8)
        }
        #expect(calls.withLock { $0 } == [1, 1, 1, 1])
        #expect(try scratch.listing("site")["downloads/x.xlsx"] == "downloads/x.xlsx")
    }
}
