// The store as the file system has it: a read-only store (file or folder) is read, scored
// without recording and replayed, never written; a store of a newer agile, a folder, a text
// file, a missing folder and an unreadable file are refused with the path and what it means.
//
// File modes do not stop root, who may write a file of mode 444 (and so the toolkit, asking
// the kernel with access(2), rightly treats it as writable). As root these tests run `agile`
// through setpriv without the two capabilities that bypass file modes (CAP_DAC_OVERRIDE and
// CAP_DAC_READ_SEARCH): the kernel then checks the modes for it as for any user, through the
// same access(2) and open(2) calls. As another user the modes apply directly.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GRDB
import Testing

/// How to run `agile` so that file modes apply to it; `nil` when they cannot be made to.
enum FileModes {
    static let setpriv = "/usr/bin/setpriv"

    static let wrapper: [String]? = {
        if geteuid() != 0 { return [] }
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--"]
    }()

    static var apply: Bool { wrapper != nil }

    /// Runs `agile arguments…` with file modes applying to it.
    static func agile(_ arguments: [String], in folder: TemporaryFolder) throws -> CLI.Result {
        try CLI.start(arguments, in: folder, wrapper: try #require(wrapper)).wait()
    }
}

@Suite struct StoreAccessTests {
    /// A store of the sample data in a folder of its own (`folder/store/`), with run 1 recorded.
    /// Returns the store's path and the output of `data` and `score` on it.
    func sampleStore(in folder: TemporaryFolder) throws -> (db: String, data: String, score: String) {
        try FileManager.default.createDirectory(atPath: folder.path("store"), withIntermediateDirectories: false)
        let db = folder.path("store/agile.sqlite")
        let ingest = try folder.agile(["ingest", "--illustrative", "--db", db] + sampleFiles)
        #expect(ingest.status == 0, "\(ingest)")
        let data = try folder.agile("data", "--db", db)
        let score = try folder.agile("score", "--db", db)
        #expect(data.status == 0 && score.status == 0, "\(data)\(score)")
        return (db, data.stdout, score.stdout)
    }

    func bytes(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    func names(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    /// Runs `data`, `score`, `report --run 1`, `assess` and `ingest` on a store that cannot be
    /// written: the first four work, nothing is recorded or written, the ingest is refused.
    func readsButNeverWrites(_ db: String, data: String, score: String, in folder: TemporaryFolder, because reason: String) throws {
        let before = try bytes(db)
        let listing = try names(folder.path("store"))

        let dataNow = try FileModes.agile(["data", "--db", db], in: folder)
        #expect(dataNow.status == 0, "\(dataNow)")
        #expect(dataNow.stdout == data)
        #expect(dataNow.stderr.isEmpty, "\(dataNow)")

        let scoreNow = try FileModes.agile(["score", "--db", db], in: folder)
        #expect(scoreNow.status == 0, "\(scoreNow)")
        // The same table, without the line of a recorded run.
        #expect(score.contains("Stored as run 1.\n"))
        #expect(scoreNow.stdout == score.replacingOccurrences(of: "Stored as run 1.\n", with: ""))
        #expect(scoreNow.stderr == "note: \(db): \(reason) is read only, so this run was not recorded\n")

        let site = folder.path("site")
        let report = try FileModes.agile(["report", "--db", db, "--run", "1", "--out", site, "--format", "md", "--no-audit"], in: folder)
        #expect(report.status == 0, "\(report)")
        #expect(report.stdout.hasPrefix("wrote "), "\(report)")
        #expect(report.stdout.contains("to \(site)/ (run 1, data snapshot "), "\(report)")
        #expect(report.stderr.isEmpty, "\(report)")

        // A self-assessment is printed, with a note instead of its record.
        let assess = try FileModes.agile(["assess", "--db", db, "--run", "1", "Data/assess/ken-illustrative.csv"], in: folder)
        #expect(assess.status == 0, "\(assess)")
        #expect(assess.stdout.contains("KEN would rank 14 of 15"), "\(assess)")
        #expect(!assess.stdout.contains("Stored as assessment"), "\(assess)")
        #expect(assess.stderr == "note: \(db): \(reason) is read only, so this assessment was not recorded\n")

        let ingest = try FileModes.agile(["ingest", "--db", db, "Tests/Fixtures/store/first.csv"], in: folder)
        #expect(ingest.status == 2, "\(ingest)")  // a store problem
        #expect(ingest.stderr == "Error: \(db): cannot be written: \(reason) is read only (make it writable, or copy the store to a writable folder)\n")

        #expect(try bytes(db) == before)
        #expect(try names(folder.path("store")) == listing)
    }

    @Test(.enabled(if: FileModes.apply, "as root without setpriv, file modes cannot be made to apply"))
    func aReadOnlyStoreFileIsReadScoredAndReplayed() throws {
        let folder = try TemporaryFolder()
        let (db, data, score) = try sampleStore(in: folder)
        chmod(db, 0o444)
        defer { chmod(db, 0o644) }
        try readsButNeverWrites(db, data: data, score: score, in: folder, because: "the file")
    }

    @Test(.enabled(if: FileModes.apply, "as root without setpriv, file modes cannot be made to apply"))
    func aStoreInAReadOnlyFolderIsReadScoredAndReplayed() throws {
        let folder = try TemporaryFolder()
        let (db, data, score) = try sampleStore(in: folder)
        chmod(folder.path("store"), 0o555)
        defer { chmod(folder.path("store"), 0o755) }
        try readsButNeverWrites(db, data: data, score: score, in: folder, because: "its folder \(folder.path("store"))")
    }

    @Test(.enabled(if: FileModes.apply, "as root without setpriv, file modes cannot be made to apply"))
    func anUnreadableStoreIsNamed() throws {
        let folder = try TemporaryFolder()
        let (db, _, _) = try sampleStore(in: folder)
        chmod(db, 0)
        defer { chmod(db, 0o644) }
        let result = try FileModes.agile(["data", "--db", db], in: folder)
        #expect(result.status == 2, "\(result)")  // a store problem
        #expect(result.stderr == "Error: \(db): cannot be read: permission denied (ask its owner for read access)\n")
    }

    @Test func aStoreOfANewerAgileIsRefusedUntouched() throws {
        let folder = try TemporaryFolder()
        let (db, _, _) = try sampleStore(in: folder)
        let queue = try DatabaseQueue(path: db)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')") }
        try queue.close()
        let before = try bytes(db)
        let listing = try names(folder.path("store"))
        for arguments in [["data"], ["score"], ["ingest", "Tests/Fixtures/store/first.csv"], ["report", "--out", folder.path("site")]] {
            let result = try folder.agile(arguments + ["--db", db])
            #expect(result.status == 2, "\(result)")  // a store problem
            #expect(result.stderr == "Error: \(db): written by a newer agile (migration v99); upgrade\n", "\(arguments)")
        }
        #expect(try bytes(db) == before)
        #expect(try names(folder.path("store")) == listing)
    }

    @Test func aFolderOrATextFileAsTheStoreIsNamed() throws {
        let folder = try TemporaryFolder()
        let notes = folder.path("notes.txt")
        try FileManager.default.copyItem(atPath: CLI.packageRoot.appendingPathComponent("Tests/Fixtures/store/not-a-store.txt").path, toPath: notes)
        let before = try bytes(notes)
        for command in ["data", "score", "ingest"] {
            let arguments = command == "ingest" ? [command, "Tests/Fixtures/store/first.csv"] : [command]
            let onNotes = try folder.agile(arguments + ["--db", notes])
            #expect(onNotes.status == 2, "\(onNotes)")  // a store problem
            #expect(onNotes.stderr == "Error: \(notes): is not an agile store (not an SQLite database)\n")
            let onFolder = try folder.agile(arguments + ["--db", folder.url.path])
            #expect(onFolder.status == 2, "\(onFolder)")
            #expect(onFolder.stderr == "Error: \(folder.url.path): is a folder, not a store (give the path of a store file, e.g. \(folder.url.path)/agile.sqlite)\n")
        }
        #expect(try bytes(notes) == before)
    }

    @Test func aMissingFolderIsAnErrorNotMade() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("typo/deeper/store.sqlite")
        let result = try folder.agile("ingest", "--db", db, "Tests/Fixtures/store/first.csv")
        #expect(result.status == 2, "\(result)")  // a store problem
        #expect(result.stderr == "Error: \(db): the folder \(folder.path("typo/deeper")) does not exist (create it first; only the default .agile/ is created)\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path("typo")))
    }
}
