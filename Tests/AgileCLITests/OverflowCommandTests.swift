// Numbers at the edge of double precision and of Int: refused with a message and no run stored,
// or printed, never a crash (SIGILL) or a stored run of inf scores.

import Foundation
import GRDB
import Testing

@Suite struct OverflowCommandTests {
    static let unbounded = ["--framework", "Tests/Fixtures/overflow/unbounded.xml", "--countries", "Indicators/iso3166-1.csv"]

    static func runCount(_ db: String) throws -> Int {
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        return try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM runs") ?? -1 }
    }

    /// Values of ±1.7e308 under min-max, or 1e308 and 1.5e308 under z-scores: before, scores
    /// every unit tied or NA, exit 0 and the run recorded.
    @Test(arguments: [
        ("far-apart.csv", [String](), "the normalisation of 'U1' overflows: the range max − min is not a finite number"),
        ("huge.csv", ["--normalise", "zscore"], "the normalisation of 'U1' overflows: the standard deviation is not a finite number"),
    ])
    func anOverflowInThePipelineStoresNoRun(file: String, options: [String], message: String) throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--db", folder.db, "Tests/Fixtures/overflow/" + file] + Self.unbounded).status == 0)
        for command in [["score"], ["report", "--no-audit", "--out", folder.path("site")]] {
            let result = try folder.agile(command + ["--db", folder.db] + Self.unbounded + options)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr == "Error: \(message) (the values are too large or too far apart for double precision); "
                + "scale the values down or choose another normalisation\n", "\(result)")
            #expect(result.stdout.isEmpty)
        }
        #expect(try Self.runCount(folder.db) == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.path("site")))
    }

    /// generalised:1e308 raised every normalised score above 1 to inf; the index was inf and
    /// every country "rank 1, leading".
    @Test func anAggregationThatOverflowsStoresNoRun() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let result = try folder.agile("score", "--db", folder.db, "--aggregate", "generalised:1e308")
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "Error: the aggregation of 'D01' overflows: the generalised:1e+308 mean for USA is not a finite number "
            + "(the values are too large or too far apart for double precision); scale the values down or choose another aggregation\n", "\(result)")
        #expect(try Self.runCount(folder.db) == 0)
    }

    /// Scores near 10³⁰⁰ (min-max onto 0–10³⁰⁰) crashed the table in `Int(_:)`; they print as
    /// Swift writes them, the same number the JSON holds.
    @Test func hugeScoresPrintInsteadOfCrashing() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let table = try folder.agile("score", "--db", folder.db, "--normalise", "minmax:0,1e300")
        #expect(table.status == 0, "\(table)")
        let json = try folder.agile("score", "--db", folder.db, "--normalise", "minmax:0,1e300", "--format", "json")
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let units = try #require(document?["units"] as? [[String: Any]])
        let first = try #require(units.first { (($0["scores"] as? [String: Any])?["AGILE"] as? [String: Any])?["rank"] as? Int == 1 })
        let score = try #require(((first["scores"] as? [String: Any])?["AGILE"] as? [String: Any])?["score"] as? Double)
        #expect(score > 1e299 && score <= 1e300)
        let row = try #require(table.lines.first { $0.hasPrefix("   1  ") })
        #expect(row.contains("  \(score)  "), "\(row) shows \(score)")
    }

    /// Two evidence files of n = 5 × 10¹⁸ each pooled past Int.max in every later report and
    /// scoring run; n is now bounded at ingest, with the file's line and column.
    @Test func casesBeyondTheBoundAreRefusedAtIngest() throws {
        let folder = try TemporaryFolder()
        let header = "benchmark,model,country,dimension,sub_dimension,context,metric,value,n\n"
        let file = try folder.write("cases.csv", header + "vesta,GPT-4o,,goal_norm_misalignment,reward_hacking,soft,asr,0.40,5000000000000000000\n")
        let result = try folder.agile("ingest", "--db", folder.db, file)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("\(file):2:67: field 'n': \"5000000000000000000\" is more than 1,000,000,000 cases "
            + "(expected a whole number of cases 1–1,000,000,000 behind the rate, or empty when unknown)\n"), "\(result)")
        #expect(result.stdout.contains("rejected   \(file): nothing stored"), "\(result)")
    }

    /// A store written before the bound may hold such n: scoring with an evidence-derived
    /// indicator, and reports, stop at the record's file and line instead of crashing.
    @Test func casesBeyondTheBoundInAnOlderStore() throws {
        let folder = try TemporaryFolder()
        let header = "benchmark,model,country,dimension,sub_dimension,context,metric,value,n\n"
        let first = try folder.write("first.csv", header + "vesta,GPT-4o,,goal_norm_misalignment,reward_hacking,soft,asr,0.40,1000\n")
        let second = try folder.write("second.csv", header + "vesta,GPT-4o,,goal_norm_misalignment,reward_hacking,hard,asr,0.30,1000\n")
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles + [first, second]).status == 0)
        let queue = try DatabaseQueue(path: folder.db)
        try queue.write { try $0.execute(sql: "UPDATE evidence SET n = 5000000000000000000") }
        try queue.close()
        let message = "Error: \(second):2: field 'n': \"5000000000000000000\" is stored as more than 1,000,000,000 cases "
            + "(stored before counts were bounded; ingest a corrected file to replace it)\n"
        let score = try folder.agile("score", "--db", folder.db, "--framework", "Indicators/agile-2024-evidence.xml")
        #expect(score.status == 1 && score.stderr == message, "\(score)")
        let report = try folder.agile("report", "--db", folder.db, "--no-audit", "--out", folder.path("site"))
        #expect(report.status == 1 && report.stderr == message, "\(report)")
        #expect(try Self.runCount(folder.db) == 0)
    }
}
