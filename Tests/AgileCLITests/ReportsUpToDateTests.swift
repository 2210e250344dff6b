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

    /// The report command of `make run`: the words after `report` on the Makefile's
    /// `$(AGILE) report` line, without `--db` and `--out` and their values.
    static func makeRunReport() throws -> [String] {
        let makefile = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Makefile"), encoding: .utf8)
        let line = try #require(makefile.split(separator: "\n").first { $0.contains("$(AGILE) report") })
        var words = line.split(separator: " ").map(String.init).drop { $0 != "report" }.dropFirst()
        var options: [String] = []
        while let word = words.popFirst() {
            if word == "--db" || word == "--out" { _ = words.popFirst() } else { options.append(word) }
        }
        return options
    }

    /// Does what `make run` does before its report, into the store of `folder`: every
    /// `$(AGILE) ingest`, `score` and `assess` line of the Makefile in order (the 2024 files, the
    /// later editions' data with their registries, the scoring runs, the self-assessment of the
    /// latest edition), `$(VINTAGES)` as the Makefile sets it.
    static func makeRunStore(_ folder: TemporaryFolder) throws {
        let makefile = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Makefile"), encoding: .utf8)
        let commands = ["ingest", "score", "assess"]
        for line in makefile.split(separator: "\n") {
            guard let command = commands.first(where: { line.contains("$(AGILE) \($0) ") }) else { continue }
            var words = line.split(separator: " ").map(String.init).drop { $0 != command }.dropFirst()
            var arguments = [command, "--db", folder.db]
            while let word = words.popFirst() {
                if word == "--db" {
                    _ = words.popFirst()
                } else if word == "$(VINTAGES)" {
                    arguments += try makeRunVintages()
                } else if word == "--framework", let registry = words.popFirst() {
                    arguments += [word, CLI.packageRoot.appendingPathComponent(registry).path]
                } else if word.hasPrefix("-") || command != "ingest" {
                    arguments.append(word)
                } else {
                    arguments += IllustrativeOutputTests.glob(word)
                }
            }
            let result = try folder.agile(arguments)
            #expect(result.status == 0, "\(result)")
        }
    }

    /// Regenerates the site from the bundled data into a temporary folder and compares it,
    /// file by file and byte by byte (the `.agile-site` marker, every edition's folder and the
    /// landing page), with the committed Reports/. When this fails after an intended change,
    /// run `make run` and commit Reports/.
    @Test func committedReportsMatchARegeneration() throws {
        let folder = try TemporaryFolder()
        // As `make run` does: its files, without --illustrative (the files and their sidecars say
        // so), its report command.
        try Self.makeRunStore(folder)
        let out = folder.path("site")
        let result = try folder.agile(["report", "--db", folder.db, "--out", out] + Self.makeRunReport())
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
        #expect(fresh.contains("2024/index.html") && fresh.contains("2025/index.html") && fresh.contains("index.md"), "\(fresh.prefix(5))")
        let again = try folder.agile(["report", "--db", folder.db, "--out", folder.path("site2")] + Self.makeRunReport())
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
