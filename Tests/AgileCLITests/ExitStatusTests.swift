// `agile` exits with the status of what went wrong: 1 data, 2 the store, 3 the output, 64 usage.

import Foundation
import Testing

@Suite struct ExitStatusTests {
    @Test func refusedDataExitsWith1() throws {
        let folder = try TemporaryFolder()
        let bad = try folder.write("bad.csv", "country,indicator,year,value\nUSA,I14,2023,185\n")
        let result = try folder.agile("ingest", "--db", folder.db, bad)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "error: \(bad):2:14: field 'value': \"185\" is above the scale (indicator I14 expects a percent 0–100)\n")
    }

    @Test func aStoreProblemExitsWith2() throws {
        let folder = try TemporaryFolder()
        let notes = try folder.write("notes.txt", "meeting notes, not a store\n")
        let onNotes = try folder.agile("data", "--db", notes)
        #expect(onNotes.status == 2, "\(onNotes)")
        #expect(onNotes.stderr == "Error: \(notes): is not an agile store (not an SQLite database)\n")
        // A store that is not there (a mistyped --db) is a store problem too, and is not made.
        let typo = folder.path("typo.sqlite")
        let missing = try folder.agile("score", "--db", typo)
        #expect(missing.status == 2, "\(missing)")
        #expect(missing.stderr == "Error: \(typo): is not a store yet (ingest data first: agile ingest --db \(typo) FILE…)\n")
        #expect(!FileManager.default.fileExists(atPath: typo))
    }

    @Test func anOutputProblemExitsWith3() throws {
        let folder = try TemporaryFolder()
        let thesis = folder.path("thesis")
        _ = try folder.write("thesis/chapter1.md", "my own work")
        let report = try folder.agile("report", "--db", folder.db, "--out", thesis, "--no-audit")
        #expect(report.status == 3, "\(report)")
        #expect(report.stderr == "Error: \(thesis): is not replaced: it is not a report site (it holds 'chapter1.md', which agile report does not write, and no .agile-site marker); nothing was touched; give --out a new folder, an empty one, or a site agile report wrote\n")
        #expect(try String(contentsOfFile: folder.path("thesis/chapter1.md"), encoding: .utf8) == "my own work")

        // An export file that cannot be written: its folder does not exist.
        let export = folder.path("no-such-folder/ranks.csv")
        let audit = try folder.agile(["audit", "uncertainty", "--n", "2", "--export", export] + AuditCommandTests.asem)
        #expect(audit.status == 3, "\(audit)")
        #expect(audit.stderr == "Error: \(export): cannot be written: No such file or directory\n")
    }

    @Test func aUsageErrorExitsWith64() throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile("score", "--db", folder.db, "--no-such-option")
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.hasPrefix("Error: Unknown option '--no-such-option'\nUsage: agile score"), "\(result)")
    }
}
