// VESTA's native files read as evidence: results.json scored by VESTA's rules, scores.csv and
// scores.json read back, folder layouts, and the fixture's hand-worked expectations.

import AgileCore
@testable import AgileIO
import AgileTestSupport
import Foundation
import Testing

@Suite struct VestaReaderTests {
    static let results = Fixtures.path("vesta/results.json")

    private func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    /// The fixture scored exactly as in Tests/Fixtures/vesta/README.md: byte for byte the
    /// hand-written expected-scores.csv (byte-order mark, CRLF, 0.125 → 0.62 etc.).
    @Test func resultsFixtureGivesTheHandWorkedScoresCSV() throws {
        let run = try VestaResultsReader.read(path: Self.results, includeErrors: false)
        #expect(run.episodes.count == 30 && run.skippedItems == 1 && run.errors.isEmpty)
        let scores = try VestaScorer.score(episodes: run.episodes)
        #expect(VestaScoresWriter.csv(scores) == (try bytes(Fixtures.path("vesta/expected-scores.csv"))))
        #expect(scores.overall == VestaTally(numCases: 30, safe: 14, unsafe: 11, uncertain: 3, error: 2, unsafeToolCalled: 10, toolCallSum: 31))
        #expect([scores.overall.riskScore, scores.overall.attackSuccessRate, scores.overall.unsafeToolRate, scores.overall.avgToolCalls] == [36.67, 0.3667, 0.3333, 1.03])
    }

    @Test(arguments: [
        (VestaErrorFiling.ownDimension, "vesta/expected-scores-include-errors.csv"),
        (VestaErrorFiling.firstEpisode, "vesta/expected-scores-vesta-compatible.csv"),
    ])
    func errorRowsFiledAsAsked(filing: VestaErrorFiling, expected: String) throws {
        let run = try VestaResultsReader.read(path: Self.results, includeErrors: true)
        #expect(run.errors.count == 3)  // the 42 in errors.json is not an object
        let scores = try VestaScorer.score(episodes: run.episodes, errors: run.errors, filing: filing)
        #expect(VestaScoresWriter.csv(scores) == (try bytes(Fixtures.path(expected))))
        #expect(scores.numErrorRowsIncluded == 3 && scores.overall.numCases == 33 && scores.overall.error == 5)
    }

    @Test func evidenceFromResultsHasProvenanceOfEachGroupsFirstEpisode() throws {
        let evidence = try VestaEvidenceReader.read(path: Self.results)
        #expect(evidence.format == .resultsJSON && evidence.numRawResults == 30)
        #expect(evidence.rows.map { $0.provenance.map { "\($0.line):\($0.column)" } ?? "" } == ["53:3", "143:3", "2:3", "288:3", "263:3", "180:3"])
        #expect(evidence.warnings == ["\(Self.results): skipped 1 array item that is not an object (as VESTA does)"])
    }

    @Test func scoresCSVReadsBackTheSameRows() throws {
        let path = Fixtures.path("vesta/expected-scores.csv")
        let scored = try VestaEvidenceReader.read(path: Self.results)
        let evidence = try VestaEvidenceReader.read(path: path)
        #expect(evidence.format == .scoresCSV && evidence.warnings.isEmpty && evidence.numRawResults == nil)
        #expect(evidence.rows.map(\.tally) == scored.rows.map(\.tally))
        #expect(evidence.rows.map(\.key) == scored.rows.map(\.key))
        #expect(evidence.rows.map { $0.provenance?.line } == [2, 3, 4, 5, 6, 7])
        // Overall: the counters summed; avg_tool_calls from the rounded row averages:
        // (0.62×8 + 2.33×3 + 2.5×4 + 0.5×4 + 0×3 + 0.88×8) / 30 = 30.99 / 30 → 1.03.
        let overall = evidence.overall
        let counters: [Int] = [overall.numCases, overall.safe, overall.unsafe, overall.uncertain, overall.error, overall.unsafeToolCalled]
        #expect(counters == [30, 14, 11, 3, 2, 10])
        #expect([overall.riskScore, overall.attackSuccessRate, overall.unsafeToolRate, overall.avgToolCalls] == [36.67, 0.3667, 0.3333, 1.03])
    }

    @Test func scoresJSONRoundTrip() throws {
        let path = Fixtures.path("vesta/expected-scores.json")
        let evidence = try VestaEvidenceReader.read(path: path)
        #expect(evidence.format == .scoresJSON && evidence.numRawResults == 30 && evidence.warnings.isEmpty)
        let scored = try VestaEvidenceReader.read(path: Self.results)
        #expect(evidence.rows.map(\.tally) == scored.rows.map(\.tally))
        #expect(evidence.overall.numCases == 30 && evidence.overall.avgToolCalls == 1.03)
        // Written again from what was read: the same bytes (input as the file says).
        let again = VestaScores(rows: evidence.rows, overall: evidence.overall, numRawResults: 30, numErrorRowsIncluded: 0)
        #expect(Array(VestaScoresWriter.json(again, input: "Tests/Fixtures/vesta/results.json").utf8) == (try bytes(path)))
    }

    @Test func writerQuotesAsPythonsCSVAndEscapesAsPythonsJSON() {
        #expect(CSVQuoting.field("plain-name_1.5") == "plain-name_1.5")
        #expect(CSVQuoting.field("a,b") == "\"a,b\"")
        #expect(CSVQuoting.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVQuoting.field("two\nlines") == "\"two\nlines\"")
        // A CRLF is one Character in Swift: the check must look at scalars to quote it.
        #expect(CSVQuoting.field("two\r\nlines") == "\"two\r\nlines\"")
        #expect(VestaScoresWriter.jsonString("é\"\\\n\u{01}\u{7F}") == "\"é\\\"\\\\\\n\\u0001\u{7F}\"")
    }

    // MARK: Folders

    @Test func folderWithItsOwnResultsAndNoStableFiles() throws {
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        try scratch.write("results.json", "[]")
        try scratch.write("a/results.json", "[]")  // two levels down: not a stable file
        #expect(try VestaResultsReader.resultFiles(path: scratch.path) == [scratch.path + "/results.json"])
    }

    @Test func stableFilesWinAndSortByPathComponents() throws {
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        for file in ["results.json", "m1/soft/results.json", "m0/hard/results.json", "m0-x/hard/results.json", "by_subtype/a/b/c/results.json"] {
            try scratch.write(file, "[]")
        }
        // Components compare one by one: "m0" < "m0-x" < "m1" (a plain string sort would put "m0-x/…" first).
        #expect(try VestaResultsReader.resultFiles(path: scratch.path) == ["m0/hard", "m0-x/hard", "m1/soft"].map { "\(scratch.path)/\($0)/results.json" })
    }

    @Test func bySubtypeFilesWhenThereAreNoStableOnes() throws {
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        for file in ["merged/results.json", "run/by_subtype/goal/reward_hacking/results.json", "run/by_subtype/goal/objective_drift/results.json"] {
            try scratch.write(file, "[]")
        }
        #expect(try VestaResultsReader.resultFiles(path: scratch.path) == [
            "run/by_subtype/goal/objective_drift", "run/by_subtype/goal/reward_hacking",
        ].map { "\(scratch.path)/\($0)/results.json" })
    }

    @Test func otherwiseEveryResultsFileOutsideScores() throws {
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        for file in ["b/c/d/e/results.json", "a/results.json", "scores/results.json"] { try scratch.write(file, "[]") }
        #expect(try VestaResultsReader.resultFiles(path: scratch.path) == ["a", "b/c/d/e"].map { "\(scratch.path)/\($0)/results.json" })
        let empty = try ScratchFolder(prefix: "agile-vesta")
        #expect(throws: InputError(.structure, Provenance(file: empty.path, line: 0), problem: "holds no results.json file", expected: "expected VESTA's results layout")) {
            try VestaResultsReader.resultFiles(path: empty.path)
        }
    }

    /// Two stable files, each with an errors.json: episodes in path order; the first episode
    /// (of m0) decides the dimension of all error rows in VESTA's mode.
    @Test func stableFolderWithErrorsBesideEachFile() throws {
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        try scratch.write("m1/soft/results.json", #"[{"dimension": "z_dim", "risk_subtype": "s", "target_model": "M1", "authority_mode": "soft", "final_label": "unsafe"}]"#)
        try scratch.write("m1/soft/errors.json", #"[{"dimension": "y_dim", "subtype": "s", "target_model": "M1", "authority_mode": "soft"}]"#)
        try scratch.write("m0/hard/results.json", #"[{"dimension": "a_dim", "risk_subtype": "s", "target_model": "M0", "authority_mode": "hard", "final_label": "safe"}]"#)
        try scratch.write("m0/hard/errors.json", #"[{"family_id": "x_dim.s", "risk_subtype": "s", "target_model": "M0", "authority_mode": "hard"}]"#)
        let run = try VestaResultsReader.read(path: scratch.path, includeErrors: true)
        #expect(run.episodes.map(\.dimension) == ["a_dim", "z_dim"])
        #expect(run.errors.map(\.ownDimension) == ["x_dim", "y_dim"])
        let own = try VestaScorer.score(episodes: run.episodes, errors: run.errors)
        #expect(own.rows.map { "\($0.dimension)/\($0.targetModel)" } == ["a_dim/M0", "x_dim/M0", "y_dim/M1", "z_dim/M1"])
        let quirk = try VestaScorer.score(episodes: run.episodes, errors: run.errors, filing: .firstEpisode)
        #expect(quirk.rows.map { "\($0.dimension)/\($0.targetModel)/\($0.tally.error)" } == ["a_dim/M0/1", "a_dim/M1/1", "z_dim/M1/0"])
    }

    // MARK: Recognising

    @Test func recognisesEachNativeFormatFromItsHead() throws {
        #expect(VestaEvidenceReader.format(path: "x.csv", head: [0xEF, 0xBB, 0xBF] + Array((VestaScoresCSVReader.header + "\r\n").utf8)) == .scoresCSV)
        #expect(VestaEvidenceReader.format(path: "x.json", head: Array(#"{"input": "r", "overall": {}, "scores": []}"#.utf8)) == .scoresJSON)
        #expect(VestaEvidenceReader.format(path: "x.json", head: Array("[\n  {\"instance_id\": \"a\", \"final_label\": \"safe\"".utf8)) == .resultsJSON)
        #expect(VestaEvidenceReader.format(path: "run/results.json", head: Array("[]".utf8)) == .resultsJSON)
        #expect(VestaEvidenceReader.format(path: "x.json", head: Array("[1, 2]".utf8)) == nil)
        #expect(VestaEvidenceReader.format(path: "x.csv", head: Array("country,indicator,year,value\n".utf8)) == nil)
        #expect(VestaEvidenceReader.recognises(path: Fixtures.path("vesta"), head: []))
    }
}
