// `agile runs`, `agile score --run`, `agile report --run` and `agile --version`: recorded runs
// listed, and printed again with the registry the store kept with them, whatever the registry
// file holds now; the version that made a run in its list and its pages' footers.

import AgileCore
import AgileIO
import Foundation
import GRDB
import Testing

@Suite struct RunsCommandTests {
    /// The sample data's snapshot, as the committed Reports/ footers show it.
    static let snapshot = "cf5e784c8ef9"

    /// A folder with a copy of the AGILE registry (beside no companion: the built-in ones are
    /// used) and a store of the sample data ingested with it.
    func sampleStore() throws -> (folder: TemporaryFolder, registry: String) {
        let folder = try TemporaryFolder()
        let registry = folder.path("agile-2024.xml")
        try FileManager.default.copyItem(atPath: CLI.packageRoot.appendingPathComponent("Indicators/agile-2024.xml").path, toPath: registry)
        let ingest = try folder.agile(["ingest", "--db", folder.db, "--framework", registry] + ScoreCommandTests.sampleFiles)
        #expect(ingest.status == 0, "\(ingest)")
        return (folder, registry)
    }

    /// Pillar P1 counts three times in the index from now on.
    func editWeight(_ registry: String) throws {
        let text = try String(contentsOfFile: registry, encoding: .utf8)
        #expect(text.contains("<pillar id=\"P1\">"))
        try text.replacingOccurrences(of: "<pillar id=\"P1\">", with: "<pillar id=\"P1\" weight=\"3\">")
            .write(toFile: registry, atomically: true, encoding: .utf8)
    }

    /// Before, `score --run` did not exist and `report --run` refused a run once its registry
    /// file had changed. Now each format prints byte for byte what the first print of the run
    /// printed, after a weight was edited, and with the file removed.
    @Test func aRecordedRunPrintsTheSameAfterItsRegistryIsEdited() throws {
        let (folder, registry) = try sampleStore()
        let formats = [[], ["--format", "csv"], ["--format", "json"], ["--level", "pillar", "--country", "DE"]]
        let first = try formats.map { try folder.agile(["score", "--db", folder.db, "--framework", registry] + $0) }
        #expect(first.allSatisfy { $0.status == 0 }, "\(first)")
        #expect(first[0].lines.contains("Stored as run 1."))
        #expect(first[3].lines.contains("Stored as run 1."))

        try editWeight(registry)
        let edited = try folder.agile("score", "--db", folder.db, "--framework", registry)
        #expect(edited.lines.contains("Stored as run 2."))
        #expect(edited.stdout.replacingOccurrences(of: "run 2.", with: "run 1.") != first[0].stdout, "the edit changes a new run")

        for (format, print) in zip(formats, first) {
            let again = try folder.agile(["score", "--db", folder.db, "--framework", registry, "--run", "1"] + format)
            #expect(again.status == 0, "\(again)")
            #expect(again.stdout == print.stdout, "score --run 1 \(format)")
            #expect(again.stderr == print.stderr)
        }
        try FileManager.default.removeItem(atPath: registry)
        let gone = try folder.agile("score", "--db", folder.db, "--framework", registry, "--run", "1", "--format", "json")
        #expect(gone.status == 0, "\(gone)")
        #expect(gone.stdout == first[2].stdout)
        // The replays recorded nothing.
        #expect(try Self.runCount(folder.db) == 2)
    }

    /// A run scored with a COINr iMeta table as the framework replays with the table the store
    /// kept, after the file's weights changed.
    @Test func aRunOfACOINrFrameworkReplaysWithTheStoredTable() throws {
        let folder = try TemporaryFolder()
        let meta = folder.path("iMeta.csv")
        try FileManager.default.copyItem(atPath: CLI.packageRoot.appendingPathComponent("Tests/Fixtures/coinr-asem/iMeta.csv").path, toPath: meta)
        #expect(try folder.agile("ingest", "--coinr-meta", meta, "--db", folder.db, "Tests/Fixtures/coinr-asem/raw_iData.csv").status == 0)
        let first = try folder.agile("score", "--coinr-meta", meta, "--db", folder.db, "--format", "csv")
        #expect(first.status == 0, "\(first)")
        let text = try String(contentsOfFile: meta, encoding: .utf8)
        let row = "2,\"Physical\",\"Physical\",1,1,\"Score\",NA,NA,\"Conn\",\"Aggregate\""
        #expect(text.contains(row))
        try text.replacingOccurrences(of: row, with: row.replacingOccurrences(of: ",1,1,", with: ",1,4,")).write(toFile: meta, atomically: true, encoding: .utf8)
        let edited = try folder.agile("score", "--coinr-meta", meta, "--db", folder.db, "--format", "csv")
        #expect(edited.status == 0 && edited.stdout != first.stdout, "\(edited)")
        let again = try folder.agile("score", "--coinr-meta", meta, "--db", folder.db, "--format", "csv", "--run", "1")
        #expect(again.status == 0, "\(again)")
        #expect(again.stdout == first.stdout)
    }

    /// `score --run` and `report --run` take neither data nor a method of their own (the report
    /// once ignored them silently), and nothing is written.
    @Test(arguments: ["score", "report"])
    func aReplayRefusesChoicesOfItsOwn(command: String) throws {
        let folder = try TemporaryFolder()
        for (option, value) in [("--weights", "equal"), ("--weight", "P1=2"), ("--normalise", "rank"), ("--edition", "2024")] {
            let out = folder.path("site")
            let result = try folder.agile(command, "--db", folder.db, "--run", "1", option, value, "--out", out, "--format", command == "score" ? "xlsx" : "both")
            #expect(result.status == 64, "\(result)")
            let leftOut = option == "--normalise" ? "method options" : option
            #expect(result.stderr.contains("--run replays a recorded run with its own registry, weights, method and vintages: leave out \(leftOut)"))
            #expect(!FileManager.default.fileExists(atPath: out))
        }
        guard command == "score" else { return }
        let missing = try folder.agile("score", "--db", folder.db, "--run", "1")
        #expect(missing.status == 2, "\(missing)")
        let empty = folder.path("empty.sqlite")
        #expect(try folder.agile("ingest", "--db", empty, "Tests/Fixtures/store/y1.csv").status == 0)
        let none = try folder.agile("score", "--db", empty, "--run", "7")
        #expect(none.status == 1, "\(none)")
        #expect(none.stderr == "Error: The store holds no run 7; `agile score` records runs.\n")
    }

    /// The report of a run after its registry file was edited is the first report, byte for
    /// byte; the footer names the agile that made the run, or says its version is unknown.
    @Test func aRecordedRunReportsTheSameAfterItsRegistryIsEdited() throws {
        let (folder, registry) = try sampleStore()
        let options = ["--db", folder.db, "--framework", registry, "--format", "html", "--no-audit"]
        let first = try folder.agile(["report", "--out", folder.path("first")] + options)
        #expect(first.status == 0, "\(first)")
        try editWeight(registry)
        let again = try folder.agile(["report", "--run", "1", "--out", folder.path("again")] + options)
        #expect(again.status == 0, "\(again)")
        let files = try ReportsUpToDateTests.listing(folder.path("first"))
        let againFiles = try ReportsUpToDateTests.listing(folder.path("again"))
        #expect(files.contains("index.html") && files == againFiles)
        for file in files {
            #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("first/\(file)"))) == Data(contentsOf: URL(fileURLWithPath: folder.path("again/\(file)"))), "\(file)")
        }
        let footer = try String(contentsOfFile: folder.path("again/index.html"), encoding: .utf8)
        #expect(footer.contains("<p>AGILE Index 2024 · generated by the AGILE toolkit from data snapshot \(Self.snapshot) with agile \(AgileVersion.current) · revised values (the latest of every vintage) · <strong>illustrative data</strong></p>"))

        // A run recorded before versions were.
        try Self.alter(folder.db, "UPDATE runs SET version = NULL WHERE id = 1")
        let old = try folder.agile(["report", "--run", "1", "--out", folder.path("old")] + options)
        #expect(old.status == 0, "\(old)")
        for file in files where file.hasSuffix(".html") {
            let page = try String(contentsOfFile: folder.path("old/\(file)"), encoding: .utf8)
            #expect(page.contains("from data snapshot \(Self.snapshot) with agile (version unknown) · "), "\(file)")
        }
    }

    /// Every run, oldest first, with what it was scored with; a run recorded before versions
    /// were says its version is unknown.
    @Test func runsListsTheRecordedRuns() throws {
        let (folder, registry) = try sampleStore()
        #expect(try folder.agile("runs", "--db", folder.db).lines == ["No runs recorded in \(folder.db); `agile score` records one.", ""])
        #expect(try folder.agile("score", "--db", folder.db, "--framework", registry).status == 0)
        #expect(try folder.agile("score", "--db", folder.db, "--framework", registry, "--weights", "equal", "--normalise", "minmax:1,100").status == 0)
        try Self.alter(folder.db, "UPDATE runs SET version = NULL WHERE id = 1")
        let sha = String(try FileDigest.sha256(path: registry).prefix(12))
        let times = try Self.times(folder.db)
        let result = try folder.agile("runs", "--db", folder.db)
        #expect(result.status == 0, "\(result)")
        #expect(result.lines == [
            "Run  Recorded              Registry    Edition  SHA-256       Method                    Weights   Vintages  Data snapshot  Illustrative  agile",
            "  1  \(times[0])  agile-2024     2024  \(sha)  as the registry declares  declared  revised   \(Self.snapshot)   yes           unknown",
            "  2  \(times[1])  agile-2024     2024  \(sha)  normalise=minmax:1,100    equal     revised   \(Self.snapshot)   yes           \(AgileVersion.current)",
            "",
        ])
        #expect(times.allSatisfy { $0.count == 20 && $0.hasSuffix("Z") })
    }

    @Test func versionIsTheSourceConstant() throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile("--version")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "0.13.0\n")
        #expect(AgileVersion.current == "0.13.0")
    }

    /// Changes the store at `path` with SQL, outside agile.
    static func alter(_ path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
    }

    /// The times the runs were recorded at, as stored.
    static func times(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { try String.fetchAll($0, sql: "SELECT created_at FROM runs ORDER BY id") }
    }

    static func runCount(_ path: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM runs") } ?? -1
    }
}
