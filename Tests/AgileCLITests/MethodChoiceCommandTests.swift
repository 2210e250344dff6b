// Method choices on the command line: read by AgileCore's types, recorded in their canonical
// text, and runs recorded with the text as it was typed (before the types) still replay.

import Foundation
import GRDB
import Testing

@Suite struct MethodChoiceCommandTests {
    /// The method text recorded with each run, oldest first.
    static func recordedMethods(_ db: String) throws -> [String] {
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        return try queue.read { try String.fetchAll($0, sql: "SELECT method FROM runs ORDER BY id") }
    }

    /// Rewrites the method recorded with run `id`, as an older agile recorded it.
    static func recordMethod(_ text: String, run id: Int, in db: String) throws {
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        try queue.write { try $0.execute(sql: "UPDATE runs SET method = ? WHERE id = ?", arguments: [text, id]) }
    }

    /// Every file of a report folder, by name.
    static func files(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let name = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder), !isFolder.boolValue {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            }
        }
        return files
    }

    @Test func theCanonicalTextIsRecordedAndOldRecordsReplay() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        // Typed in any case and with "1.0": recorded as minmax:1,100.
        let typed = try folder.agile("score", "--db", folder.db, "--normalise", "MINMAX:1.0,100", "--aggregate", "Geometric")
        #expect(typed.status == 0, "\(typed)")
        #expect(typed.lines.first?.hasSuffix("; method normalise=minmax:1,100 aggregate=geometric") == true, "\(typed)")
        #expect(typed.lines.contains("Stored as run 1."))
        #expect(try Self.recordedMethods(folder.db) == ["normalise=minmax:1,100 aggregate=geometric"])
        // The same choices written canonically are the same run.
        let canonical = try folder.agile("score", "--db", folder.db, "--normalise", "minmax:1,100", "--aggregate", "geometric")
        #expect(canonical.lines.contains("Stored as run 1."), "\(canonical)")

        let report = ["report", "--db", folder.db, "--run", "1", "--no-audit", "--format", "md"]
        #expect(try folder.agile(report + ["--out", folder.path("site-new")]).status == 0)
        // Before the typed choices, a run recorded the text as it was typed.
        try Self.recordMethod("normalise=MINMAX:1.0,100 aggregate=Geometric", run: 1, in: folder.db)
        let replayed = try folder.agile(report + ["--out", folder.path("site-old")])
        #expect(replayed.status == 0, "\(replayed)")
        let new = try Self.files(folder.path("site-new")), old = try Self.files(folder.path("site-old"))
        #expect(!new.isEmpty && new == old, "a run recorded in the old text gives the same report")
    }

    @Test func aRecordedMethodThatCannotBeReadIsAnError() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        #expect(try folder.agile("score", "--db", folder.db, "--normalise", "rank").status == 0)
        // A run an older agile stored from --normalise minmax:0,1e309 (scores of inf).
        try Self.recordMethod("normalise=minmax:0,1e309", run: 1, in: folder.db)
        let result = try folder.agile("report", "--db", folder.db, "--run", "1", "--no-audit", "--out", folder.path("site"))
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix(
            "Error: Run 1 was recorded with a method that cannot be read: normalisation \"minmax:0,1e309\": U is not a finite number; expected minmax:L,U with L and U finite\n"),
            "\(result)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("site")))
    }

    /// Each option's bad value is refused with the reason, as a usage error (exit 64).
    @Test(arguments: [
        (["score", "--normalise", "minmax:0,1e309"],
         "Error: The value 'minmax:0,1e309' is invalid for '--normalise <method>': U is not a finite number; expected minmax:L,U with L and U finite"),
        (["score", "--normalise", "minmax:1e308,1.7e308"],
         "Error: The value 'minmax:1e308,1.7e308' is invalid for '--normalise <method>': L + U is not a finite number; expected minmax:L,U with a finite middle (L + U)/2"),
        (["score", "--aggregate", "generalised:inf"],
         "Error: The value 'generalised:inf' is invalid for '--aggregate <method>': P is not a finite number; expected generalised:P with P finite"),
        (["score", "--treat", "winmax:-1"],
         "Error: The value 'winmax:-1' is invalid for '--treat <method>': expected winmax:N with N a whole number 0–100,000"),
        (["score", "--impute", "mode"],
         "Error: The value 'mode' is invalid for '--impute <method>': is not one of its forms; expected none, mean, median, group-mean:COLUMN or latest-earlier"),
        (["audit", "uncertainty", "--normalise-choices", "rank", "zscore:0,0"],
         "Error: The value 'zscore:0,0' is invalid for '--normalise-choices <method>': S is out of range; expected zscore:M,S with S positive"),
        (["audit", "uncertainty", "--winmax-range", "0-9223372036854775807"],
         "Error: The value '0-9223372036854775807' is invalid for '--winmax-range <low-high>': high is out of range; expected two whole numbers low-high from 0 to 100,000, low ≤ high, e.g. 1-5"),
    ])
    func badChoicesAreUsageErrors(arguments: [String], message: String) throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile(arguments + ["--db", folder.db])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.hasPrefix(message + "\n"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: folder.db), "nothing is opened, let alone stored")
    }
}
