// `agile report --out` never replaces a user's folder: each refused case leaves everything as it
// was; new paths, earlier sites and marker-less Reports/ folders are written; a killed run
// leaves the old site or the new one, and its leftovers are cleaned up by the next run.

import AgileIO
import Foundation
import Testing

@Suite struct ReportFolderTests {
    static let advice = "nothing was touched; give --out a new folder, an empty one, or a site agile report wrote"

    /// A folder with a store of the sample data in `.agile/agile.sqlite`.
    static func prepared() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path(".agile"), withIntermediateDirectories: true)
        let ingest = try folder.agile(["ingest", "--illustrative", "--db", folder.path(".agile/agile.sqlite")] + ScoreCommandTests.sampleFiles)
        #expect(ingest.status == 0, "\(ingest)")
        return folder
    }

    /// Everything in the folder but the captured output of the runs.
    static func listing(_ folder: TemporaryFolder) throws -> FolderListing {
        try FolderListing(folder.url.path) { $0.hasPrefix("stdout-") || $0.hasPrefix("stderr-") }
    }

    /// Each refused folder: the exact message, a non-zero exit, and not one file changed.
    @Test func foldersOfTheUserAndFoldersInUseAreRefused() throws {
        let folder = try ReportFolderTests.prepared()
        let manager = FileManager.default
        let root = CLI.packageRoot.path
        let base = folder.url.resolvingSymlinksInPath().path
        let store = folder.path(".agile/agile.sqlite")
        for name in ["thesis", "empty", "checkout/Sources/agile", "checkout/Reports"] {
            try manager.createDirectory(atPath: folder.path(name), withIntermediateDirectories: true)
        }
        try folder.write("thesis/thesis.txt", "chapter 1")
        try folder.write("thesis/index.md", "my own index")
        try folder.write("checkout/Package.swift", "// swift-tools-version: 6.0")
        try folder.write("checkout/Sources/agile/main.swift", "print(1)")
        try folder.write("checkout/Reports/index.md", "a site")
        try manager.copyItem(atPath: "\(root)/Templates", toPath: folder.path("Templates"))
        try manager.copyItem(atPath: "\(root)/Indicators", toPath: folder.path("Indicators"))
        let anywhere = ["--db", store, "--framework", "\(root)/Indicators/agile-2024.xml", "--templates", "\(root)/Templates", "--no-audit"]
        let cases: [(arguments: [String], directory: String?, message: String)] = [
            (["--db", store, "--out", folder.path("thesis")], nil,
             "\(folder.path("thesis")): is not replaced: it is not a report site (it holds 'thesis.txt', which agile report does not write, and no .agile-site marker); \(Self.advice)"),
            (["--db", store, "--out", folder.path(".agile")], nil,
             "\(folder.path(".agile")): is not replaced: it holds the store in use (\(store)); \(Self.advice)"),
            (["--db", store, "--templates", folder.path("Templates"), "--out", folder.path("Templates") + "/"], nil,
             "\(folder.path("Templates"))/: is not replaced: it is the templates folder in use (\(folder.path("Templates"))); \(Self.advice)"),
            (["--db", store, "--framework", folder.path("Indicators/agile-2024.xml"), "--out", folder.path("Indicators")], nil,
             "\(folder.path("Indicators")): is not replaced: it holds the registry in use (\(folder.path("Indicators/agile-2024.xml"))); \(Self.advice)"),
            (anywhere + ["--out", folder.path("checkout")], folder.path("checkout"),
             "\(folder.path("checkout")): is not replaced: it is the working folder (\(base)/checkout); \(Self.advice)"),
            (anywhere + ["--out", "."], folder.path("empty"),
             ".: is not replaced: it is the working folder (\(base)/empty); \(Self.advice)"),
            (anywhere + ["--out", "../checkout/Reports/.."], folder.path("empty"),
             "../checkout/Reports/..: is not replaced: it is not a report site (it holds 'Package.swift', which agile report does not write, and no .agile-site marker); \(Self.advice)"),
            (anywhere + ["--out", ".."], folder.path("empty"),
             "..: is not replaced: it holds the store in use (\(store)); \(Self.advice)"),
        ]
        for refused in cases {
            let before = try ReportFolderTests.listing(folder)
            let result = try CLI.run(["report"] + refused.arguments, in: folder, directory: refused.directory)
            #expect(result.status == 3, "\(refused.arguments): \(result)")  // an output problem
            #expect(result.stderr.contains(refused.message), "\(refused.arguments): \(result)")
            #expect(try ReportFolderTests.listing(folder) == before, "\(refused.arguments)")
        }
    }

    /// A new path, then a site over it (the marker), then a Reports/ folder written before the
    /// marker existed: all written, each ending as a complete site with the marker.
    @Test func newPathsAndEarlierSitesAreWritten() throws {
        let folder = try ReportFolderTests.prepared()
        let store = folder.path(".agile/agile.sqlite")
        let site = folder.path("site")
        let first = try folder.agile("report", "--db", store, "--no-audit", "--out", site)
        #expect(first.status == 0, "\(first)")
        #expect(try String(contentsOfFile: "\(site)/.agile-site", encoding: .utf8) == SiteFolder.markerContent)
        let written = try FolderListing(site)
        #expect(written.entries["index.html"]?.hasPrefix("file ") == true)
        let again = try folder.agile("report", "--db", store, "--no-audit", "--out", site)
        #expect(again.status == 0, "\(again)")
        #expect(try FolderListing(site) == written)

        // The committed 2024 site (Reports/2024/, which carries no marker of its own), as a site
        // written before the marker.
        let old = folder.path("Reports")
        try FileManager.default.copyItem(atPath: CLI.packageRoot.appendingPathComponent("Reports/2024").path, toPath: old)
        try? FileManager.default.removeItem(atPath: "\(old)/.agile-site")
        let replaced = try folder.agile("report", "--db", store, "--no-audit", "--out", old)
        #expect(replaced.status == 0, "\(replaced)")
        #expect(try FolderListing(old) == written)
        let beside = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix("site.") || $0.hasPrefix("Reports.") }
        #expect(beside.isEmpty, "\(beside)")
    }

    /// `agile report` killed at moments spread over its run: the site is always the old one or
    /// the new one, whole, and the next run removes what the killed ones left beside it.
    @Test func killedReportLeavesTheOldSiteOrTheNew() throws {
        let folder = try ReportFolderTests.prepared()
        let store = folder.path(".agile/agile.sqlite")
        let site = folder.path("site")
        let clock = ContinuousClock()
        // The old site: Markdown only. The new one: Markdown and HTML (timed, to spread the kills).
        #expect(try folder.agile("report", "--db", store, "--no-audit", "--format", "md", "--out", site).status == 0)
        let old = try FolderListing(site)
        var full: CLI.Result?
        let duration = try clock.measure { full = try folder.agile("report", "--db", store, "--no-audit", "--out", folder.path("complete")) }
        #expect(full?.status == 0)
        let new = try FolderListing(folder.path("complete"))
        #expect(old != new)
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        let kills = 6
        var states: [String] = []
        for k in 0..<kills {
            let running = try CLI.start(["report", "--db", store, "--no-audit", "--out", site], in: folder)
            Thread.sleep(forTimeInterval: seconds * (0.3 + 1.2 * Double(k) / Double(kills - 1)))
            kill(running.process.processIdentifier, SIGKILL)
            _ = try running.wait()
            let state = try FolderListing(site)
            #expect(state == old || state == new, "kill \(k): \(state)")
            states.append(state == old ? "old" : state == new ? "new" : "broken")
        }
        let last = try folder.agile("report", "--db", store, "--no-audit", "--out", site)
        #expect(last.status == 0, "\(last)")
        #expect(try FolderListing(site) == new)
        let beside = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix("site.") }
        #expect(beside.isEmpty, "left beside the site after \(states): \(beside); the last report said: \(last.stderr)")
    }
}
