// The committed Reports/ is exactly what the README's main command generates from Data/.

import Foundation
import Testing

@Suite struct ReportsUpToDateTests {
    /// The vintages `make run` scores with: the words of the Makefile's `VINTAGES ?= …` line.
    static func makeRunVintages() throws -> [String] {
        let makefile = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Makefile"), encoding: .utf8)
        let line = try #require(makefile.split(separator: "\n").first { $0.hasPrefix("VINTAGES ?=") })
        return line.dropFirst("VINTAGES ?=".count).split(separator: " ").map(String.init)
    }

    /// Regenerates the site from the bundled data into a temporary folder and compares it,
    /// file by file and byte by byte (the `.agile-site` marker too), with the committed Reports/. When this fails after an
    /// intended change, run `make run` and commit Reports/.
    @Test func committedReportsMatchARegeneration() throws {
        let folder = try TemporaryFolder()
        // As `make run` does: its files, without --illustrative (the files and their sidecars say
        // so), the report of its vintages.
        let files = try IllustrativeOutputTests.makeRunIngest().files
        #expect(try folder.agile(["ingest", "--db", folder.db] + files).status == 0)
        let out = folder.path("site")
        let result = try folder.agile(["report", "--db", folder.db, "--out", out] + Self.makeRunVintages())
        #expect(result.status == 0, "\(result)")
        let committed = CLI.packageRoot.appendingPathComponent("Reports").path
        let fresh = try ReportsUpToDateTests.listing(out)
        let kept = try ReportsUpToDateTests.listing(committed)
        #expect(fresh == kept, "the files of Reports/ differ from a regeneration: run `make run` and commit Reports/")
        // The site marker is part of the site, committed like the pages.
        #expect(fresh.contains(".agile-site") && kept.contains(".agile-site"), "Reports/.agile-site is missing: run `make run` and commit Reports/")
        for file in fresh where kept.contains(file) {
            let a = try Data(contentsOf: URL(fileURLWithPath: "\(out)/\(file)"))
            let b = try Data(contentsOf: URL(fileURLWithPath: "\(committed)/\(file)"))
            #expect(a == b, "Reports/\(file) differs from a regeneration: run `make run` and commit Reports/")
        }
        // A second regeneration is byte-identical to the first.
        let again = try folder.agile(["report", "--db", folder.db, "--out", folder.path("site2")] + Self.makeRunVintages())
        #expect(again.status == 0)
        for file in fresh {
            #expect(try Data(contentsOf: URL(fileURLWithPath: "\(out)/\(file)")) == Data(contentsOf: URL(fileURLWithPath: "\(folder.path("site2"))/\(file)")))
        }
    }

    static func listing(_ folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: "\(folder)/\(path)", isDirectory: &isFolder), !isFolder.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
