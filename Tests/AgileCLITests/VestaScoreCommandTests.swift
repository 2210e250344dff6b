// `agile evidence vesta-score`: VESTA's scores.csv / scores.json on stdout, byte for byte.

import Foundation
import Testing

@Suite struct VestaScoreCommandTests {
    /// Runs `agile arguments…` and returns its exit status, raw standard output and standard error.
    private func run(_ arguments: [String]) throws -> (status: Int32, stdout: [UInt8], stderr: String) {
        let folder = try TemporaryFolder()
        let running = try CLI.start(arguments, in: folder)
        let result = try running.wait()
        return (result.status, Array(try Data(contentsOf: running.out)), result.stderr)
    }

    private func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/Fixtures/vesta/\(name)")))
    }

    static let skippedWarning = "warning: Tests/Fixtures/vesta/results.json: skipped 1 array item that is not an object (as VESTA does)\n"

    @Test(arguments: [
        ([String](), "expected-scores.csv"),
        (["--include-errors"], "expected-scores-include-errors.csv"),
        (["--include-errors", "--vesta-compatible"], "expected-scores-vesta-compatible.csv"),
        (["--format", "json"], "expected-scores.json"),
    ])
    func printsVESTAsFilesByteForByte(options: [String], expected: String) throws {
        let result = try run(["evidence", "vesta-score", "Tests/Fixtures/vesta/results.json"] + options)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try fixture(expected)))
        #expect(result.stderr == Self.skippedWarning)
    }

    @Test func aFolderIsReadLikeItsResultsFile() throws {
        // Tests/Fixtures/vesta holds results.json and no stable A/B/results.json: that file is scored.
        let result = try run(["evidence", "vesta-score", "Tests/Fixtures/vesta"])
        #expect(result.status == 0)
        #expect(result.stdout == (try fixture("expected-scores.csv")))
    }

    @Test func vestaCompatibleNeedsIncludeErrors() throws {
        let result = try run(["evidence", "vesta-score", "Tests/Fixtures/vesta/results.json", "--vesta-compatible"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--vesta-compatible only changes --include-errors; give both."))
    }

    @Test func badInputIsReportedWithItsPlace() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("results.json", "[\n  {\"instance_id\": \"x\", \"num_tool_calls\": \"abc\"}\n]")
        let result = try folder.agile("evidence", "vesta-score", path)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: \(path):2:42: field 'num_tool_calls': \"abc\" is not a number (episode 1, instance_id \"x\": expected a whole number of tool calls)\n")
    }

    @Test func noEpisodesPrintNoCSV() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("results.json", "[]")
        let csv = try folder.agile("evidence", "vesta-score", path)
        #expect(csv.status == 0 && csv.stdout.isEmpty)
        #expect(csv.stderr == "warning: \(path): no episodes to score; VESTA writes no scores.csv\n")
        let json = try folder.agile("evidence", "vesta-score", path, "--format", "json")
        #expect(json.stdout.hasSuffix("\"overall\": {\n    \"num_cases\": 0,\n    \"safe\": 0,\n    \"unsafe\": 0,\n    \"uncertain\": 0,\n    \"error\": 0,\n    \"unsafe_tool_called\": 0,\n    \"risk_score\": 0.0,\n    \"attack_success_rate\": 0.0,\n    \"unsafe_tool_rate\": 0.0,\n    \"avg_tool_calls\": 0.0\n  },\n  \"scores\": []\n}"))
    }

    @Test func helpSaysWhereErrorRowsGo() throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile("evidence", "vesta-score", "--help")
        #expect(result.status == 0)
        #expect(result.stdout.contains("By default each error row is filed under its OWN dimension"))
        #expect(result.stdout.contains("--vesta-compatible"))
        let group = try folder.agile("evidence", "--help")
        #expect(group.stdout.contains("vesta-score"))
    }
}
