// Paths stay put: nothing in the data or the options makes `agile report` write outside its
// output folder, and no symbolic link in or at the output folder is followed.

import AgileIO
import Foundation
import Testing

@Suite struct ReportPathTests {
    /// A folder with a store of the sample data, ready for `agile report`.
    static func prepared() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let ingest = try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles)
        #expect(ingest.status == 0, "\(ingest)")
        return folder
    }

    /// The folder's own files: what a report run must leave as it was (its output, the store and
    /// the captured output of the runs aside).
    static func others(_ folder: TemporaryFolder) throws -> FolderListing {
        try FolderListing(folder.url.path) { name in
            name == "site" || name.hasPrefix("stdout-") || name.hasPrefix("stderr-") || name.hasPrefix("store.sqlite")
        }
    }

    @Test func symlinksPlantedInTheOutputAreNotFollowed() throws {
        let folder = try ReportPathTests.prepared()
        let manager = FileManager.default
        let outside = folder.path("outside")
        try manager.createDirectory(atPath: "\(outside)/charts", withIntermediateDirectories: true)
        try folder.write("outside/target.html", "untouched")
        let site = folder.path("site")
        try manager.createDirectory(atPath: site, withIntermediateDirectories: true)
        try folder.write("site/.agile-site", SiteFolder.markerContent)
        try manager.createSymbolicLink(atPath: "\(site)/index.html", withDestinationPath: "\(outside)/target.html")
        try manager.createSymbolicLink(atPath: "\(site)/USA.html", withDestinationPath: "../outside/target.html")
        try manager.createSymbolicLink(atPath: "\(site)/charts", withDestinationPath: "\(outside)/charts")
        let before = try ReportPathTests.others(folder)

        let result = try folder.agile("report", "--db", folder.db, "--out", site)
        #expect(result.status == 0, "\(result)")
        #expect(try String(contentsOfFile: "\(outside)/target.html", encoding: .utf8) == "untouched")
        #expect(try manager.contentsOfDirectory(atPath: "\(outside)/charts").isEmpty)
        #expect(try ReportPathTests.others(folder) == before)
        // The old folder was replaced whole: no link is left, the pages are plain files.
        let written = try FolderListing(site)
        #expect(written.links.isEmpty, "\(written.links)")
        #expect(written.entries["index.html"]?.hasPrefix("file ") == true)
        #expect(written.entries["USA.html"]?.hasPrefix("file ") == true)
        #expect(written.entries["charts"] == "dir")
    }

    /// An output that is a link to a folder of the user's is refused; link and folder stay.
    @Test func outputThatIsASymlinkIsRefused() throws {
        let folder = try ReportPathTests.prepared()
        let manager = FileManager.default
        let real = folder.path("real")
        try manager.createDirectory(atPath: real, withIntermediateDirectories: true)
        try folder.write("real/keep.txt", "keep")
        let site = folder.path("site")
        try manager.createSymbolicLink(atPath: site, withDestinationPath: real)
        let before = try ReportPathTests.others(folder)

        let result = try folder.agile("report", "--db", folder.db, "--out", site)
        #expect(result.status == 3, "\(result)")  // an output problem
        #expect(result.stderr.contains("\(site): is not replaced: it is not a report site (it holds 'keep.txt', which agile report does not write, and no .agile-site marker)"), "\(result)")
        #expect(try ReportPathTests.others(folder) == before)
        #expect(try manager.destinationOfSymbolicLink(atPath: site) == real)
    }

    @Test func dottedTemplateFolderIsOnlyRead() throws {
        let folder = try ReportPathTests.prepared()
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder.path("a/b"), withIntermediateDirectories: true)
        try manager.copyItem(atPath: CLI.packageRoot.appendingPathComponent("Templates").path, toPath: folder.path("x"))
        let before = try ReportPathTests.others(folder)
        let site = folder.path("site")

        let result = try folder.agile("report", "--db", folder.db, "--out", site, "--templates", folder.path("a/b/../../x"))
        #expect(result.status == 0, "\(result)")
        #expect(try ReportPathTests.others(folder) == before)
        #expect(manager.fileExists(atPath: "\(site)/index.html"))
    }

    @Test func countryOptionCannotNameAPath() throws {
        let folder = try ReportPathTests.prepared()
        let before = try ReportPathTests.others(folder)
        let site = folder.path("site")

        let result = try folder.agile("report", "--db", folder.db, "--out", site, "--country", "../../x")
        #expect(result.status != 0, "\(result)")
        #expect(result.stderr.contains("'../../x' is not one of the countries scored."), "\(result)")
        #expect(try ReportPathTests.others(folder) == before)
        #expect(!FileManager.default.fileExists(atPath: site))
    }
}
