// A registry stands alone: `agile` run from a folder outside the checkout, with only the
// registry there, validates, ingests, scores and reports with what is built into it.

import Foundation
import Testing

@Suite struct StandaloneRegistryTests {
    /// Runs `agile` in `folder` itself (outside the checkout: no Indicators/, no Templates/).
    static func agile(_ folder: TemporaryFolder, _ arguments: String...) throws -> CLI.Result {
        try CLI.run(arguments, in: folder, directory: folder.path)
    }

    /// Copies `relative` (from the package root) into `folder` as `name`.
    static func copy(_ relative: String, to name: String, in folder: TemporaryFolder) throws {
        try FileManager.default.createDirectory(atPath: (folder.path(name) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.packageRoot.appendingPathComponent(relative).path, toPath: folder.path(name))
    }

    /// The AGILE registry copied alone: schema, country list, benchmark and model registries and
    /// templates all come built in, and the site is the committed Reports/, byte for byte.
    @Test func theSampleSiteIsTheSameFromAFolderWithTheRegistryAlone() throws {
        let folder = try TemporaryFolder()
        try StandaloneRegistryTests.copy("Indicators/agile-2024.xml", to: "agile-2024.xml", in: folder)
        let validate = try StandaloneRegistryTests.agile(folder, "validate", "agile-2024.xml")
        #expect(validate.status == 0, "\(validate)")
        #expect(validate.lines.first == "agile-2024.xml: valid framework 'agile-2024' — AGILE Index 2024, edition 2024, years 2019–2024")
        // Data by absolute path: their sidecar markers stay beside them.
        let files = try IllustrativeOutputTests.makeRunIngest().files.map { CLI.packageRoot.appendingPathComponent($0).path }
        let ingest = try CLI.run(["ingest", "--framework", "agile-2024.xml", "--db", "store.sqlite"] + files, in: folder, directory: folder.path)
        #expect(ingest.status == 0, "\(ingest)")
        // The unmapped model is to be added to a models.csv beside the registry, not to Indicators/.
        #expect(ingest.stderr.hasSuffix("(add it to models.csv (a copy of the built-in one) to attribute it to a country)\n"), "\(ingest)")
        let vintages = try ReportsUpToDateTests.makeRunVintages()
        let score = try CLI.run(["score", "--framework", "agile-2024.xml", "--db", "store.sqlite"] + vintages, in: folder, directory: folder.path)
        #expect(score.status == 0, "\(score)")
        // The site of the folder's one edition, as `make run` builds every edition: its 2024/ is
        // the committed Reports/2024/, which `make run` built beside the 2025 edition, so adding
        // an edition leaves the earlier one's folder byte for byte as it was.
        let report = try CLI.run(["report", "--framework", "agile-2024.xml", "--db", "store.sqlite", "--out", "site"] + ReportsUpToDateTests.makeRunReport(), in: folder, directory: folder.path)
        #expect(report.status == 0, "\(report)")
        let committed = CLI.packageRoot.appendingPathComponent("Reports/2024").path
        let fresh = try ReportsUpToDateTests.listing(folder.path("site/2024"))
        let kept = try ReportsUpToDateTests.listing(committed)
        #expect(!fresh.isEmpty && fresh == kept)
        for file in fresh {
            #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("site/2024/\(file)"))) == Data(contentsOf: URL(fileURLWithPath: "\(committed)/\(file)")), "\(file)")
        }
        // Its landing page lists the one edition.
        let landing = try String(contentsOfFile: folder.path("site/index.md"), encoding: .utf8)
        #expect(landing.contains("| [2024](2024/index.md) | 2025-02-10 (reconstructed) | 14 | 39 | first edition |") && !landing.contains("2025/"), "\(landing)")
    }

    /// A first ingest that stores nothing leaves no store, and no folder made for it; what was
    /// there before stays, and so does a store that holds data.
    @Test func aFailedFirstIngestLeavesNoStoreBehind() throws {
        let folder = try TemporaryFolder()
        try StandaloneRegistryTests.copy("Tests/Fixtures/registry/civic/civic-2025.xml", to: "civic-2025.xml", in: folder)
        try StandaloneRegistryTests.copy("Tests/Fixtures/registry/civic/civic-2025.csv", to: "civic-2025.csv", in: folder)
        try folder.write("bad.csv", "country,indicator,year,value\nNOR,C2,2024,185\n")
        let error = "error: bad.csv:2:13: field 'value': \"185\" is above the scale (indicator C2 expects a percent 0–100)\n"

        let fresh = try StandaloneRegistryTests.agile(folder, "ingest", "--framework", "civic-2025.xml", "--db", "fresh.sqlite", "bad.csv")
        #expect(fresh.status == 1, "\(fresh)")
        #expect(fresh.stderr == error)
        #expect(fresh.stdout == "rejected   bad.csv: nothing stored\nno store created: nothing was stored in fresh.sqlite\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path("fresh.sqlite")))
        #expect(!FileManager.default.fileExists(atPath: folder.path("fresh.sqlite-wal")))
        // A store in a folder that does not exist is refused before anything is made.
        let deeper = try StandaloneRegistryTests.agile(folder, "ingest", "--framework", "civic-2025.xml", "--db", "new/deeper/store.sqlite", "bad.csv")
        #expect(deeper.status == 2, "\(deeper)")  // a store problem
        #expect(!FileManager.default.fileExists(atPath: folder.path("new")))

        try folder.write("kept/notes.txt", "not ours\n")
        let beside = try StandaloneRegistryTests.agile(folder, "ingest", "--framework", "civic-2025.xml", "--db", "kept/store.sqlite", "bad.csv")
        #expect(beside.status == 1, "\(beside)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("kept")) == ["notes.txt"])

        let good = try StandaloneRegistryTests.agile(folder, "ingest", "--framework", "civic-2025.xml", "--db", "kept/store.sqlite", "civic-2025.csv")
        #expect(good.status == 0, "\(good)")
        let later = try StandaloneRegistryTests.agile(folder, "ingest", "--framework", "civic-2025.xml", "--db", "kept/store.sqlite", "bad.csv")
        #expect(later.status == 1, "\(later)")
        #expect(later.stdout == "rejected   bad.csv: nothing stored\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("kept")).sorted() == ["notes.txt", "store.sqlite"])
        #expect(try storeCounts(folder.path("kept/store.sqlite")) == (79, 79, 1))
    }

    /// The benchmark and model registries are read only for evidence: a broken benchmarks.xml
    /// beside the registry does not stop country data, and stops evidence naming its own path.
    @Test func evidenceRegistriesAreReadOnlyForEvidence() throws {
        let folder = try TemporaryFolder()
        try StandaloneRegistryTests.copy("Tests/Fixtures/registry/civic/civic-2025.xml", to: "study/civic-2025.xml", in: folder)
        try StandaloneRegistryTests.copy("Tests/Fixtures/registry/civic/civic-2025.csv", to: "study/civic-2025.csv", in: folder)
        try folder.write("study/benchmarks.xml", "<benchmarks>\n")
        let data = try StandaloneRegistryTests.agile(folder, "ingest", "--framework", "study/civic-2025.xml", "--db", "store.sqlite", "study/civic-2025.csv")
        #expect(data.status == 0, "\(data)")
        #expect(data.stdout == "ingested   study/civic-2025.csv (csv-long) [illustrative]: 79 values, 79 added\n")
        let evidence = CLI.packageRoot.appendingPathComponent("Data/evidence/mvpbench-illustrative.csv").path
        let rejected = try StandaloneRegistryTests.agile(folder, "ingest", "--framework", "study/civic-2025.xml", "--db", "store.sqlite", evidence)
        #expect(rejected.status == 1, "\(rejected)")
        #expect(rejected.stderr.hasPrefix("error: study/benchmarks.xml:2:1: "), "\(rejected)")
    }
}
