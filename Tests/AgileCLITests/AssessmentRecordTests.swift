// Self-assessments recorded in the store: listed by `agile assessments`, printed again by
// `agile assess --replay` byte for byte after their files are gone.

import Foundation
import GRDB
import Testing

@Suite struct AssessmentRecordTests {
    /// The SHA-256 of Data/assess/ken-illustrative.csv (sha256sum).
    static let kenSHA256 = "61206e25e3ad86d707261778003fce15b75b96a75c8565eaf861de94793299fb"

    /// A store of the sample data with run 1 scored, and a copy of the illustrative Kenya file
    /// in the scratch folder (which the test may delete).
    func scoredStore() throws -> (folder: TemporaryFolder, file: String) {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        #expect(try folder.agile("score", "--db", folder.db).status == 0)
        let file = folder.path("ken.csv")
        try FileManager.default.copyItem(atPath: CLI.packageRoot.appendingPathComponent("Data/assess/ken-illustrative.csv").path, toPath: file)
        return (folder, file)
    }

    /// Runs `agile arguments…` in the scratch folder, so `ken.csv` names the copy.
    func agile(_ arguments: String..., in folder: TemporaryFolder) throws -> CLI.Result {
        try CLI.run(arguments, in: folder, directory: folder.path)
    }

    /// Recorded, then its file deleted: the replay prints the same bytes, in every format; the
    /// a second with --extrapolate is another.
    @Test func aReplayWithoutTheFileIsByteIdentical() throws {
        let (folder, file) = try scoredStore()
        let first = try agile("assess", "--db", folder.db, "--edition", "2024", "ken.csv", in: folder)
        #expect(first.status == 0, "\(first)")
        #expect(first.stderr.isEmpty, "\(first)")
        #expect(first.lines.contains("Stored as assessment 1; `agile assess --replay 1` prints it again."))
        #expect(first.lines.contains("Files: ken.csv (SHA-256 \(Self.kenSHA256.prefix(12))…)"))
        let json = try agile("assess", "--db", folder.db, "--run", "1", "--format", "json", "ken.csv", in: folder)
        #expect(json.status == 0, "\(json)")
        let extrapolated = try agile("assess", "--db", folder.db, "--run", "1", "--extrapolate", "ken.csv", in: folder)
        #expect(extrapolated.lines.contains("Stored as assessment 2; `agile assess --replay 2` prints it again."))

        try FileManager.default.removeItem(atPath: file)
        let replayed = try folder.agile("assess", "--db", folder.db, "--replay", "1")
        #expect(replayed.status == 0, "\(replayed)")
        #expect(replayed.stdout == first.stdout)
        #expect(replayed.stderr.isEmpty, "\(replayed)")
        #expect(try folder.agile("assess", "--db", folder.db, "--replay", "1", "--format", "json").stdout == json.stdout)
        let again = try folder.agile("assess", "--db", folder.db, "--replay", "2")
        #expect(again.stdout == extrapolated.stdout)
        #expect(again.lines.contains("KEN I14: 40.8 is below the run's range 52.1–99: extrapolated"))
    }

    /// `agile assessments` lists each with its run, edition, countries, files and parameters.
    @Test func theAssessmentsAreListed() throws {
        let (folder, file) = try scoredStore()
        let none = try folder.agile("assessments", "--db", folder.db)
        #expect(none.stdout == "No self-assessments recorded in \(folder.db); `agile assess` records one.\n")
        let first = try agile("assess", "--db", folder.db, "--edition", "2024", "ken.csv", in: folder)
        #expect(first.status == 0, "\(first)")
        // The same assessment again is the same record.
        #expect(try agile("assess", "--db", folder.db, "--edition", "2024", "ken.csv", in: folder).stdout == first.stdout)
        #expect(try folder.agile("assess", "--db", folder.db, "--edition", "2024", "--extrapolate", file).status == 0)
        let listing = try folder.agile("assessments", "--db", folder.db, "--format", "csv")
        #expect(listing.status == 0, "\(listing)")
        let rows = listing.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == 3)
        #expect(rows[0] == ["assessment", "recorded", "run", "edition", "countries", "files", "extrapolate", "version"])
        #expect(rows[1][0] == "1" && rows[1][2] == "1" && rows[1][3] == "2024" && rows[1][4] == "KEN")
        #expect(rows[1][5] == "ken.csv (\(Self.kenSHA256.prefix(12)))")
        #expect(rows[1][6] == "no" && rows[2][6] == "yes")
        #expect(rows[2][5] == "\(file) (\(Self.kenSHA256.prefix(12)))")
    }

    @Test func replayRefusals() throws {
        let (folder, file) = try scoredStore()
        let missing = try folder.agile("assess", "--db", folder.db, "--replay", "7")
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("The store holds no self-assessment 7; `agile assessments` lists those recorded."), "\(missing)")
        let mixed = try folder.agile("assess", "--db", folder.db, "--replay", "1", "--edition", "2024")
        #expect(mixed.status == 64)
        #expect(mixed.stderr.contains("--replay prints a recorded assessment with its own run, values and parameters: leave out --edition"), "\(mixed)")
        let withFile = try folder.agile("assess", "--db", folder.db, "--replay", "1", file)
        #expect(withFile.stderr.contains("leave out the files"), "\(withFile)")
    }
}

extension AssessmentRecordTests {
    /// A recorded placement that the replay no longer gives (as from an agile that scored
    /// otherwise) is named in a warning; the output is the replay's.
    @Test func aReplayThatDiffersFromTheRecordSaysSo() throws {
        let (folder, _) = try scoredStore()
        let first = try agile("assess", "--db", folder.db, "--edition", "2024", "ken.csv", in: folder)
        #expect(first.status == 0, "\(first)")
        let queue = try DatabaseQueue(path: folder.db)
        try queue.write { db in try db.execute(sql: "UPDATE assessment_scores SET score = 12.5, rank = 15 WHERE node = 'AGILE'") }
        try queue.close()
        let replayed = try folder.agile("assess", "--db", folder.db, "--replay", "1")
        #expect(replayed.status == 0, "\(replayed)")
        #expect(replayed.stdout == first.stdout)
        #expect(replayed.stderr.hasPrefix("warning: assessment 1 replays otherwise than recorded: KEN AGILE: recorded 12.5, rank 15 of 15, peer median "), "\(replayed)")
        #expect(replayed.stderr.split(separator: "\n").count == 1)
    }
}
