// `agile init DIR` and the project file it writes: what the folder holds, what is refused, and
// how the project file's paths become the defaults that options still override.

import AgileIO
import AgileReport
import AgileUseCases
import Foundation
import Testing

@Suite struct InitCommandTests {
    static let advice = "nothing was touched; give agile init a new folder or an empty one"

    @Test func aFolderThatHoldsAnythingOrAFileIsRefusedUntouched() throws {
        let folder = try TemporaryFolder()
        try folder.write("mine/notes.txt", "keep me")
        try folder.write("file.txt", "keep me too")
        for (path, reason) in [("mine", "the folder is not empty (it holds 'notes.txt')"), ("file.txt", "it exists and is not a folder")] {
            let result = try CLI.run(["init", path], in: folder, directory: folder.path)
            #expect(result.status == 3, "\(result)")
            #expect(result.stderr == "Error: \(path): is refused: \(reason); \(Self.advice)\n")
            #expect(result.stdout == "")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("mine")) == ["notes.txt"])
        #expect(try String(contentsOfFile: folder.path("mine/notes.txt"), encoding: .utf8) == "keep me")
        #expect(try String(contentsOfFile: folder.path("file.txt"), encoding: .utf8) == "keep me too")
    }

    /// An empty folder is filled: the project file, the example registry, the data template
    /// (its header last, not marked illustrative), the README and the built-in templates.
    @Test func anEmptyFolderGetsTheScaffold() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("empty"), withIntermediateDirectories: false)
        let result = try CLI.run(["init", "empty"], in: folder, directory: folder.path)
        #expect(result.status == 0, "\(result)")
        let files = try ReportsUpToDateTests.listing(folder.path("empty"))
        #expect(files == (["README.md", "agile.toml", "data-template.csv", "registry.xml"] + ReportTemplates.files.map { "templates/\($0)" }).sorted())
        for name in ReportTemplates.files {
            #expect(try String(contentsOfFile: folder.path("empty/templates/\(name)"), encoding: .utf8) == ReportTemplates.builtInSources[name], "\(name)")
        }
        let template = try String(contentsOfFile: folder.path("empty/data-template.csv"), encoding: .utf8)
        #expect(template.hasSuffix("\ncountry,indicator,year,value,source,note\n"))
        let project = try ProjectFile.load(path: folder.path("empty/agile.toml"))
        #expect(project.framework == folder.path("empty/registry.xml"))
        #expect(project.db == folder.path("empty/store.sqlite"))
        #expect(project.templates == folder.path("empty/templates"))
        #expect(project.countries == nil)

        // The template alone holds no value, and marks nothing illustrative.
        let ingest = try CLI.run(["ingest", "data-template.csv"], in: folder, directory: folder.path("empty"))
        #expect(ingest.stdout == "no values  data-template.csv (csv-long): nothing stored\n", "\(ingest)")
        #expect(!ingest.stdout.contains("illustrative"))
    }

    /// The project file's paths are the defaults, relative to the file; an option given wins.
    @Test func theProjectFileGivesDefaultsThatOptionsOverride() throws {
        let folder = try TemporaryFolder()
        #expect(try CLI.run(["init", "myindex"], in: folder, directory: folder.path).status == 0)
        let index = folder.path("myindex")
        try OwnIndexWalkthroughTests.writeData(into: index)
        try StandaloneRegistryTests.copy("Tests/Fixtures/registry/civic/civic-2025.xml", to: "myindex/civic-2025.xml", in: folder)
        try StandaloneRegistryTests.copy("Tests/Fixtures/registry/civic/civic-2025.csv", to: "myindex/civic-2025.csv", in: folder)

        // From elsewhere, --project names the file; its paths are taken from its folder.
        let elsewhere = try CLI.run(["validate", "--project", "myindex/agile.toml"], in: folder, directory: folder.path)
        #expect(elsewhere.lines.first == "myindex/registry.xml: valid framework 'my-index' — Digital Government Index 2025, edition 2025, years 2021–2025", "\(elsewhere)")
        #expect(try CLI.run(["ingest", "--project", "myindex/agile.toml", "myindex/data.csv"], in: folder, directory: folder.path).status == 0)
        #expect(FileManager.default.fileExists(atPath: index + "/store.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: folder.path(".agile")))

        // In the folder, --framework and --db win over the project file.
        let civic = try CLI.run(["validate", "--framework", "civic-2025.xml"], in: folder, directory: index)
        #expect(civic.lines.first == "civic-2025.xml: valid framework 'civic-2025' — Civic Data Readiness Index 2025, edition 2025, years 2022–2025", "\(civic)")
        let other = try CLI.run(["ingest", "--framework", "civic-2025.xml", "--db", "other.sqlite", "civic-2025.csv"], in: folder, directory: index)
        #expect(other.stdout == "ingested   civic-2025.csv (csv-long) [illustrative]: 79 values, 79 added\n", "\(other)")
        let data = try CLI.run(["data"], in: folder, directory: index)
        #expect(data.lines.first == "Store store.sqlite: 70 current values (0 superseded, kept as history) from 1 ingests", "\(data)")

        // The report's templates are the project's (edited here), unless --templates names others.
        let page = index + "/templates/index.md.mustache"
        try ("Edited in the project.\n\n" + String(contentsOfFile: page, encoding: .utf8)).write(toFile: page, atomically: false, encoding: .utf8)
        #expect(try CLI.run(["report", "--out", "site", "--no-audit"], in: folder, directory: index).status == 0)
        #expect(try String(contentsOfFile: index + "/site/index.md", encoding: .utf8).hasPrefix("Edited in the project.\n"))
        try FileManager.default.copyItem(atPath: CLI.packageRoot.path + "/Templates", toPath: folder.path("stock"))
        #expect(try CLI.run(["report", "--out", "site", "--no-audit", "--templates", "../stock"], in: folder, directory: index).status == 0)
        #expect(!(try String(contentsOfFile: index + "/site/index.md", encoding: .utf8)).contains("Edited in the project."))
    }

    @Test func aBadOrMissingProjectFileStopsTheCommand() throws {
        let folder = try TemporaryFolder()
        try folder.write("agile.toml", "# mine\ndbase = \"store.sqlite\"\n")
        let bad = try CLI.run(["data"], in: folder, directory: folder.path)
        #expect(bad.status == 1, "\(bad)")
        #expect(bad.stderr == "Error: agile.toml:2:1: \"dbase\" is not a key of a project file (expected one of framework, db, countries, templates)\n")
        let missing = try CLI.run(["score", "--project", "missing.toml"], in: folder, directory: folder.path)
        #expect(missing.status == 1, "\(missing)")
        #expect(missing.stderr == "Error: missing.toml: cannot be opened: No such file or directory\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path(".agile")))
    }
}
