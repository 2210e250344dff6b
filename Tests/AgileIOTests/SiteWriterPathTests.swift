// SiteWriter keeps every file inside its folder: paths that could leave it are refused.

import AgileCore
@testable import AgileIO
import Foundation
import Testing

@Suite struct SiteWriterPathTests {
    @Test(arguments: [
        "", "..", ".", "../x", "../../x", "a/../../x", "a/./b", "/etc/passwd", "/x", ".hidden", "a/.git/config",
        "a//b", "a/", "countries/../../x.html", "a b.html", "a\\b", "a/b/c/d", "é.html",
    ])
    func refusesPathsThatCouldLeave(_ path: String) {
        let error = #expect(throws: SiteFolderError.self) { try SiteWriter.check(path) }
        #expect(error == .unsafePath(path: path))
        #expect(error?.description == "\(path): is not a plain path inside the report folder (names of letters, digits, '.', '_' and '-', without '..')")
    }

    @Test(arguments: ["index.html", "countries/USA.html", "charts/USA/radar.svg", "style.css", "unit-x.html"])
    func acceptsPlainPaths(_ path: String) throws {
        try SiteWriter.check(path)
    }

    @Test func refusedPathWritesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agile-sitewriter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site").path
        #expect(throws: SiteFolderError.unsafePath(path: "../escaped.html")) {
            try SiteWriter(destination: site).write([("index.html", "ok"), ("../escaped.html", "no")])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
