// Which folders a report site may replace: new paths, empty folders and sites of ours — never a
// user's folder, nor one that is or holds what the run uses.

import AgileIO
import Foundation
import Testing

@Suite struct SiteFolderTests {
    static let advice = "nothing was touched; give --out a new folder, an empty one, or a site agile report wrote"

    @Test func newPathAndEmptyFolderMayReceiveASite() throws {
        let scratch = try SiteScratch()
        let new = try SiteFolder(path: scratch.path("site"))
        #expect(new.resolved == scratch.path("site"))
        #expect(try new.check() == .absent)
        try scratch.folder("empty")
        #expect(try SiteFolder(path: scratch.path("empty") + "/").check() == .site)
    }

    /// A site with the marker is ours whatever else it holds; one without it (written before the
    /// marker) is ours when it holds only pages, charts and downloads.
    @Test func sitesOfOursAreRecognised() throws {
        let scratch = try SiteScratch()
        try scratch.write("marked/.agile-site", SiteFolder.markerContent)
        try scratch.write("marked/notes.txt")
        #expect(try SiteFolder(path: scratch.path("marked")).check() == .site)
        for page in ["index.md", "index.html", "methodology.md", "evidence.html", "audit.md", "USA.md", "DEU.html", "unit-Asem.html",
                     "charts/USA-radar.svg", "charts/index-ranking.svg",
                     "downloads/agile-2024-scores.csv", "downloads/agile-2024-data.csv", "downloads/agile-2024.xlsx"] {
            try scratch.write("old/" + page)
        }
        #expect(try SiteFolder(path: scratch.path("old")).check() == .site)
    }

    /// Anything a site does not write makes a marker-less folder not ours; the first such entry
    /// (in name order) is named.
    @Test(arguments: [
        ("thesis.txt", "thesis.txt"), ("usa.md", "usa.md"), ("index.txt", "index.txt"), ("charts/notes.txt", "charts/notes.txt"),
        ("Sources/main.swift", "Sources"), ("charts/a b.svg", "charts/a b.svg"), (".git/config", ".git"),
        ("downloads/budget.xls", "downloads/budget.xls"), ("downloads/notes.csv", "downloads/notes.csv"),
    ])
    func foreignEntriesMakeAFolderNotOurs(_ entry: String, _ named: String) throws {
        let scratch = try SiteScratch()
        try scratch.write("folder/index.html")
        try scratch.write("folder/" + entry)
        let path = scratch.path("folder")
        let error = #expect(throws: SiteFolderError.self) { try SiteFolder(path: path).check() }
        #expect(error == .notASite(path: path, entry: named))
        #expect(error?.description == "\(path): is not replaced: it is not a report site (it holds '\(named)', which agile report does not write, and no .agile-site marker); \(Self.advice)")
    }

    /// A marker-less folder of page-like names only is ours only with the ranking and the
    /// methodology page, which every site has: a user's lone `index.html` (or a country page
    /// and a chart) is refused, named as such, and left as it is.
    @Test(arguments: [
        ["index.html"], ["USA.md", "charts/USA-radar.svg"], ["index.md", "audit.md"], ["methodology.html", "DEU.html"],
        ["index.md", "methodology.html", "downloads/agile-2024.xlsx"],
    ])
    func pageLikeFilesWithoutTheRankingAndMethodologyAreNotASite(_ files: [String]) throws {
        let scratch = try SiteScratch()
        for file in files { try scratch.write("www/" + file, "mine") }
        let path = scratch.path("www")
        let ours = files.contains { $0.hasPrefix("index.") } && files.contains { $0.hasPrefix("methodology.") }
        if ours {
            #expect(try SiteFolder(path: path).check() == .site)
            return
        }
        let error = #expect(throws: SiteFolderError.self) { try SiteWriter(destination: path).write([("index.md", "new")]) }
        #expect(error == .noSitePages(path: path))
        #expect(error?.description == "\(path): is not replaced: it is not a report site (no .agile-site marker, and not the ranking and methodology pages, index and methodology, that every site agile report writes has); \(Self.advice)")
        #expect(try scratch.listing("www") == files.reduce(into: [String: String]()) { listing, file in
            listing[file] = "mine"
            if file.contains("/") { listing[String(file.split(separator: "/")[0])] = "dir" }
        })
    }

    /// A marker that is a link, or a file that does not say it is one, is no marker; a page that
    /// is a link is not ours either.
    @Test func fakeMarkersAndLinkedPagesAreNotOurs() throws {
        let scratch = try SiteScratch()
        try scratch.write("elsewhere/marker", SiteFolder.markerContent)
        try scratch.write("linked/index.md")
        try scratch.link("linked/.agile-site", to: scratch.path("elsewhere/marker"))
        #expect(throws: SiteFolderError.notASite(path: scratch.path("linked"), entry: ".agile-site")) { try SiteFolder(path: scratch.path("linked")).check() }
        try scratch.write("wrong/.agile-site", "my notes")
        #expect(throws: SiteFolderError.notASite(path: scratch.path("wrong"), entry: ".agile-site")) { try SiteFolder(path: scratch.path("wrong")).check() }
        try scratch.write("page/index.md")
        try scratch.link("page/USA.html", to: scratch.path("elsewhere/marker"))
        #expect(throws: SiteFolderError.notASite(path: scratch.path("page"), entry: "USA.html")) { try SiteFolder(path: scratch.path("page")).check() }
    }

    /// A folder that is or holds a path in use is refused even with the marker.
    @Test func foldersInUseAreRefused() throws {
        let scratch = try SiteScratch()
        try scratch.write("data/.agile-site", SiteFolder.markerContent)
        try scratch.write("data/store.sqlite")
        let store = scratch.path("data/store.sqlite")
        let holding = #expect(throws: SiteFolderError.self) { try SiteFolder(path: scratch.path("data"), inUse: [.init(.store, store)]).check() }
        #expect(holding == .inUse(path: scratch.path("data"), role: .store, used: store, holds: true))
        #expect(holding?.description == "\(scratch.path("data")): is not replaced: it holds the store in use (\(store)); \(Self.advice)")

        try scratch.write("Templates/.agile-site", SiteFolder.markerContent)
        let templates = scratch.path("Templates") + "/"
        let being = #expect(throws: SiteFolderError.self) { try SiteFolder(path: scratch.path("Templates"), inUse: [.init(.templates, templates)]).check() }
        #expect(being?.description == "\(scratch.path("Templates")): is not replaced: it is the templates folder in use (\(templates)); \(Self.advice)")

        // An ancestor of a store that does not exist yet, reached through `..` and a link.
        try scratch.folder("a/b")
        try scratch.link("via", to: scratch.path("a"))
        let future = scratch.path("via/b/../b/new.sqlite")
        #expect(throws: SiteFolderError.inUse(path: scratch.path("a"), role: .store, used: future, holds: true)) {
            try SiteFolder(path: scratch.path("a"), inUse: [.init(.store, future)]).check()
        }
        // A folder beside the store is not in use.
        #expect(try SiteFolder(path: scratch.path("a/b/site"), inUse: [.init(.store, future)]).check() == .absent)
    }

    /// The working folder and its ancestors are never replaced.
    @Test func workingFolderIsRefused() throws {
        let cwd = FileManager.default.currentDirectoryPath
        let real = URL(fileURLWithPath: cwd).resolvingSymlinksInPath().path
        #expect(throws: SiteFolderError.inUse(path: ".", role: .workingFolder, used: real, holds: false)) { try SiteFolder(path: ".").check() }
        let error = #expect(throws: SiteFolderError.self) { try SiteFolder(path: "..").check() }
        #expect(error?.description == "..: is not replaced: it holds the working folder (\(real)); \(Self.advice)")
    }

    @Test func pathsThatAreNoFolderAreRefused() throws {
        let scratch = try SiteScratch()
        try scratch.write("file.txt")
        #expect(throws: SiteFolderError.notAFolder(path: scratch.path("file.txt"))) { try SiteFolder(path: scratch.path("file.txt")) }
        try scratch.link("to-file", to: scratch.path("file.txt"))
        #expect(throws: SiteFolderError.notAFolder(path: scratch.path("to-file"))) { try SiteFolder(path: scratch.path("to-file")) }
        try scratch.link("dangling", to: scratch.path("nothing"))
        let dangling = #expect(throws: SiteFolderError.self) { try SiteFolder(path: scratch.path("dangling")) }
        #expect(dangling?.description == "\(scratch.path("dangling")): is a symbolic link to nothing; \(Self.advice)")
        #expect(throws: SiteFolderError.unusable(path: "/")) { try SiteFolder(path: "/") }
        #expect(throws: SiteFolderError.unusable(path: "")) { try SiteFolder(path: "") }
        let orphan = #expect(throws: SiteFolderError.self) { try SiteFolder(path: scratch.path("missing/site")) }
        #expect(orphan?.description == "\(scratch.path("missing/site")): cannot be created: the folder \(scratch.path("missing")) does not exist")
    }

    /// A link is followed: to a site of ours it resolves to the target, to a user's folder it is
    /// refused like that folder.
    @Test func linksAreJudgedByTheirTarget() throws {
        let scratch = try SiteScratch()
        try scratch.write("real-site/.agile-site", SiteFolder.markerContent)
        try scratch.link("site", to: "real-site")
        let site = try SiteFolder(path: scratch.path("site"))
        #expect(site.resolved == scratch.path("real-site"))
        #expect(try site.check() == .site)
        try scratch.write("thesis/thesis.txt")
        try scratch.link("out", to: scratch.path("thesis"))
        #expect(throws: SiteFolderError.notASite(path: scratch.path("out"), entry: "thesis.txt")) { try SiteFolder(path: scratch.path("out")).check() }
        // A new folder inside a linked folder is written at the resolved path.
        #expect(try SiteFolder(path: scratch.path("out/new")).resolved == scratch.path("thesis/new"))
    }

    @Test func siteFileNames() {
        for name in ["index.md", "audit.html", "ZAF.md", "unit-x.html", "unit-.md", ".agile-site", "assessment-KEN.md", "assessment-unit-x.html",
                     "indicator-I14.md", "indicator-D1.2-x.html", "indicator-LPI_5F1.md"] {
            #expect(SiteFolder.isSiteFile(name), "\(name)")
        }
        for name in ["index.htm", "Index.md", "USAA.md", "us.md", "unit-1.md", "thesis.txt", "style.css", "charts", "notes.md",
                     "assessment-index.md", "assessment-.md", "assessment-KENYA.html", "assessments.md",
                     "indicator-.md", "indicator-I 14.md", "indicator-I14.txt", "indicators.md"] {
            #expect(!SiteFolder.isSiteFile(name), "\(name)")
        }
    }
}
