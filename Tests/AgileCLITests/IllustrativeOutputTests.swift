// The illustrative marker from file to output: everything `make run` ingests is stored as
// illustrative without the flag, and an output says "illustrative" exactly when a value it used
// came from a file marked so.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgileCore
import AgileIO
import Foundation
import Testing

@Suite struct IllustrativeOutputTests {
    /// The files the Makefile's `run` target ingests (its globs expanded), and its options.
    static func makeRunIngest() throws -> (options: [String], files: [String]) {
        let makefile = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Makefile"), encoding: .utf8)
        let line = try #require(makefile.split(separator: "\n").first { $0.contains("$(AGILE) ingest") })
        var words = line.split(separator: " ").map(String.init).drop { $0 != "ingest" }.dropFirst()
        var options: [String] = [], files: [String] = []
        while let word = words.popFirst() {
            if word == "--db" {
                _ = words.popFirst()
            } else if word.hasPrefix("-") {
                options.append(word)
            } else {
                files += glob(word)
            }
        }
        return (options, files)
    }

    /// The files matching `pattern` (relative to the package root), sorted as the shell sorts them.
    static func glob(_ pattern: String) -> [String] {
        let root = CLI.packageRoot.path + "/"
        var found = glob_t()
        defer { globfree(&found) }
        guard Glibc.glob(root + pattern, 0, nil, &found) == 0 else { return [] }
        return (0..<Int(found.gl_pathc)).compactMap { found.gl_pathv[$0].map { String(String(cString: $0).dropFirst(root.count)) } }
    }

    @Test func everySampleIngestOfMakeRunIsStoredAsIllustrative() throws {
        let (options, files) = try Self.makeRunIngest()
        #expect(options.isEmpty, "make run ingests with \(options): the files must say they are illustrative themselves")
        // Data/: 4 CSV (long, its revisions, wide, World Bank) and 2 XML; evidence: 2 CSV and VESTA's results.json.
        #expect(files.count == 9, "\(files)")
        #expect(files.contains("Data/evidence/vesta/results.json") && files.contains("Data/worldbank-GE.EST-illustrative.xml"))
        let folder = try TemporaryFolder()
        let ingest = try folder.agile(["ingest", "--db", folder.db] + files)
        #expect(ingest.status == 0, "\(ingest)")
        // Each file's line, and the one value the revisions supersede.
        let superseded = "Data/agile-2024-revisions.csv:6: IND I01 2023 [OpenAlex / Scopus (illustrative)]: 29957 (ingest #2, Data/agile-2024-long.csv:17) → 34120"
        #expect(ingest.lines.filter { !$0.hasPrefix("ingested   ") } == [superseded, ""])
        for line in ingest.lines where line.hasPrefix("ingested   ") {
            #expect(line.contains(") [illustrative]: "), "\(line)")
        }
        let countries = try CountryList.load(path: CLI.packageRoot.appendingPathComponent("Indicators/iso3166-1.csv").path)
        let ingests = try Store(path: folder.db, countries: countries).ingests()
        #expect(ingests.map(\.file) == files)
        for record in ingests { #expect(record.illustrative, "\(record.file) is stored as not illustrative") }
    }

    /// Copies of the sample data files with their markers taken out (and no sidecars): "official".
    static func unmarkedSample(in folder: TemporaryFolder) throws -> [String] {
        try ScoreCommandTests.sampleFiles.map { file in
            let bytes = try Data(contentsOf: CLI.packageRoot.appendingPathComponent(file))
            // Lines split at the LF byte, so a CRLF file keeps its CR (Swift strings would see
            // "\r\n" as one character).
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
                .filter { !$0.starts(with: Array("# illustrative".utf8)) }
            let unmarked = String(decoding: Data(lines.joined(separator: [0x0A])), as: UTF8.self)
                .replacingOccurrences(of: "illustrative=\"true\"", with: "illustrative=\"false\"")
            return try folder.write(URL(fileURLWithPath: file).lastPathComponent, unmarked)
        }
    }

    /// Before, the run was illustrative when any current value of the framework's indicators
    /// came from an illustrative file, used or not.
    @Test func outputsAreIllustrativeExactlyWhenAValueUsedIs() throws {
        let folder = try TemporaryFolder()
        let ingest = try folder.agile(["ingest", "--db", folder.db] + Self.unmarkedSample(in: folder))
        #expect(ingest.status == 0, "\(ingest)")
        #expect(!ingest.stdout.contains("[illustrative]"), "\(ingest)")
        // Illustrative values the edition does not use: KEN is not one of its countries, 2018 is
        // not USA's latest year of I14 (marked by the flag here, by the file below).
        let unused = try folder.write("unused.csv", "country,indicator,year,value\nKEN,I14,2023,35\nUSA,I14,2018,50\n")
        #expect(try folder.agile("ingest", "--illustrative", "--db", folder.db, unused).status == 0)

        let official = try folder.agile("score", "--db", folder.db)
        #expect(official.status == 0, "\(official)")
        #expect(!official.stdout.contains("ILLUSTRATIVE"))
        #expect(official.lines.contains("Stored as run 1."))
        let json = try folder.agile("score", "--db", folder.db, "--format", "json")
        #expect(json.stdout.contains("\n  \"illustrative\" : false,\n"), "\(json.stdout.prefix(300))")
        let csv = try folder.agile("score", "--db", folder.db, "--format", "csv")
        #expect(csv.status == 0 && csv.stderr == "note: revised values (the latest of every vintage)\n", "\(csv)")

        // A value the edition uses: USA's I14 for 2024 becomes its latest.
        let used = try folder.write("used.csv", "# illustrative\ncountry,indicator,year,value\nUSA,I14,2024,95\n")
        #expect(try folder.agile("ingest", "--db", folder.db, used).status == 0)
        let marked = try folder.agile("score", "--db", folder.db)
        #expect(marked.lines.contains("ILLUSTRATIVE DATA — not the official AGILE Index results."), "\(marked)")
        #expect(marked.lines.contains("Stored as run 2."))
        #expect(try folder.agile("score", "--db", folder.db, "--format", "json").stdout.contains("\n  \"illustrative\" : true,\n"))
        let markedCSV = try folder.agile("score", "--db", folder.db, "--format", "csv")
        #expect(markedCSV.stderr == "note: ILLUSTRATIVE DATA — not the official AGILE Index results.\nnote: revised values (the latest of every vintage)\n")
        #expect(markedCSV.stdout.hasPrefix("uCode,"))

        // The report of each run says what its own values were.
        let banner = "> **Illustrative data.**"
        let replay = try folder.agile("report", "--db", folder.db, "--run", "1", "--no-audit", "--format", "md", "--out", folder.path("run1"))
        #expect(replay.status == 0, "\(replay)")
        #expect(!(try String(contentsOfFile: folder.path("run1/index.md"), encoding: .utf8)).contains(banner))
        let latest = try folder.agile("report", "--db", folder.db, "--no-audit", "--format", "md", "--out", folder.path("run2"))
        #expect(latest.status == 0, "\(latest)")
        #expect(try String(contentsOfFile: folder.path("run2/index.md"), encoding: .utf8).contains(banner))
        #expect(try String(contentsOfFile: folder.path("run2/USA.md"), encoding: .utf8).contains(banner))
    }
}
