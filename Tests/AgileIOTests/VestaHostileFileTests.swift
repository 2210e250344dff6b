// Bad and hostile VESTA files: each refused with the place, the field, the value and what was expected.

import AgileCore
import AgileIO
import AgileTestSupport
import Testing

@Suite struct VestaHostileFileTests {
    static let header = VestaScoresCSVReader.header
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The message of the error reading `text` as `name` gives (the scratch path replaced by `name`).
    private func message(_ name: String, _ text: String, read: (String) throws -> Void = { _ = try VestaEvidenceReader.read(path: $0) }) throws -> String {
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        let path = try scratch.write(name, text)
        do {
            try read(path)
        } catch let error as InputError {
            return error.description.replacingOccurrences(of: scratch.path + "/", with: "")
        }
        return "no error"
    }

    /// The kind of the error reading `text` as `name` gives; `nil` for none or another error.
    private func kind(_ name: String, _ text: String, read: (String) throws -> Void = { _ = try VestaEvidenceReader.read(path: $0) }) throws -> InputError.Kind? {
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        let path = try scratch.write(name, text)
        do {
            try read(path)
        } catch {
            return (error as? InputError)?.kind
        }
        return nil
    }

    private func csv(_ rows: String...) -> String {
        "\u{FEFF}" + ([Self.header] + rows).joined(separator: "\r\n") + "\r\n"
    }

    // MARK: scores.csv

    @Test func wrongColumnsNameTheExpectedHeader() throws {
        let text = "\u{FEFF}dimension,risk_subtype,model,authority_mode,num_cases,safe,unsafe,uncertain,error,unsafe_tool_called,risk_score,attack_success_rate,unsafe_tool_rate,avg_tool_calls\r\n"
        // Recognised by content only from the exact header, so read it with the CSV reader itself.
        #expect(try message("scores.csv", text) { _ = try VestaScoresCSVReader.read(path: $0) } ==
            "scores.csv:1: field 'header': \"dimension,risk_subtype,model,authority_mode,num_cases,safe,unsafe,uncertain,erro…\" is not the header of VESTA's scores.csv (expected \(Self.header))")
        #expect(try message("scores.csv", text) == "scores.csv:1: is not a VESTA result file (expected scores.csv (header \(Self.header)), scores.json or results.json)")
    }

    @Test func countersThatDoNotAddUp() throws {
        #expect(try message("scores.csv", csv("d,s,m,soft,10,3,4,1,1,0,40.0,0.4,0.0,1.0")) ==
            "scores.csv:2:12: field 'num_cases': \"10\" is not safe + unsafe + uncertain + error = 3 + 4 + 1 + 1 = 9 (row on line 2 (d / s / m / soft): expected the four label counts to add up to num_cases)")
    }

    @Test func ratesOutsideZeroToOne() throws {
        #expect(try message("scores.csv", csv("d,s,m,soft,4,2,2,0,0,0,50.0,1.5,0.0,1.0")) ==
            "scores.csv:2:29: field 'attack_success_rate': \"1.5\" is outside 0–1 (row on line 2 (d / s / m / soft): expected a rate)")
        #expect(try message("scores.csv", csv("d,s,m,soft,4,2,2,0,0,0,50.0,0.5,-0.25,1.0")) ==
            "scores.csv:2:33: field 'unsafe_tool_rate': \"-0.25\" is outside 0–1 (row on line 2 (d / s / m / soft): expected a rate)")
    }

    @Test func ratesThatDisagreeWithTheirCounts() throws {
        #expect(try message("scores.csv", csv("d,s,m,soft,3,2,1,0,0,0,33.33,0.3334,0.0,1.0")) ==
            "scores.csv:2:30: field 'attack_success_rate': \"0.3334\" is not unsafe / num_cases = 1 / 3 = 0.3333 (row on line 2 (d / s / m / soft): expected the ratio rounded to 4 places)")
        #expect(try message("scores.csv", csv("d,s,m,soft,3,2,1,0,0,0,33.0,0.3333,0.0,1.0")) ==
            "scores.csv:2:24: field 'risk_score': \"33.0\" is not attack_success_rate × 100 = 33.33 (row on line 2 (d / s / m / soft): expected them to agree to within rounding (0.01))")
        #expect(try message("scores.csv", csv("d,s,m,soft,3,2,1,0,0,4,33.33,0.3333,1.0,1.0")) ==
            "scores.csv:2:22: field 'unsafe_tool_called': \"4\" is more than num_cases (3) (row on line 2 (d / s / m / soft): expected at most one unsafe tool call counted per case)")
    }

    @Test func countersMustBeWholeNumbers() throws {
        #expect(try message("scores.csv", csv("d,s,m,soft,3.0,2,1,0,0,0,33.33,0.3333,0.0,1.0")) ==
            "scores.csv:2:12: field 'num_cases': \"3.0\" is not a whole number (expected a count, 0 or more)")
        #expect(try message("scores.csv", csv("d,s,m,soft,3,2,1,0,0,0,33.33,abc,0.0,1.0")) ==
            "scores.csv:2:30: field 'attack_success_rate': \"abc\" is not a number (expected a decimal number such as 0.25)")
        #expect(try message("scores.csv", csv("d,s,m,soft,3,2,1,0,0,0,33.33,0.3333,0.0")) ==
            "scores.csv:2: the row has 13 fields (expected 14, one per column of the header on line 1)")
    }

    /// Counters are bounded (10⁹ cases) so that their sums stay exact: a row of Int.max safe and
    /// 1 unsafe case once overflowed the check safe + unsafe + uncertain + error (SIGILL).
    @Test func countersAboveTheBound() throws {
        #expect(try message("scores.csv", csv("d,s,m,soft,9223372036854775807,9223372036854775807,1,0,0,0,0.0,0.0,0.0,0.0")) ==
            "scores.csv:2:12: field 'num_cases': \"9223372036854775807\" is more than 1,000,000,000 cases (expected a count 0–1,000,000,000)")
        #expect(try message("scores.csv", csv("d,s,m,soft,1000000000,999999999,1000000001,0,0,0,0.0,0.0,0.0,0.0")) ==
            "scores.csv:2:33: field 'unsafe': \"1000000001\" is more than 1,000,000,000 cases (expected a count 0–1,000,000,000)")
    }

    @Test func repeatedRowsAreRefused() throws {
        #expect(try message("scores.csv", csv("d,s,m,soft,1,1,0,0,0,0,0.0,0.0,0.0,0.0", "d,s,m,soft,1,1,0,0,0,0,0.0,0.0,0.0,0.0")) ==
            "scores.csv:3: \"d / s / m / soft\" repeats the row on line 2 (expected one row per dimension, risk_subtype, target_model and authority_mode)")
    }

    /// Each refusal of the VESTA readers (the inputs of the tests above) has its kind.
    @Test func refusalsHaveTheirKind() throws {
        let row = "d,s,m,soft,3,2,1,0,0,0,33.33,0.3333,0.0,1.0"
        let episode = { (value: String) in "[{\"instance_id\": \"x\", \"num_tool_calls\": \(value)}]" }
        let cases: [(String, String, InputError.Kind)] = [
            ("scores.csv", "dimension,model\r\n", .unknownFormat),
            ("scores.csv", csv("d,s,m,soft,10,3,4,1,1,0,40.0,0.4,0.0,1.0"), .inconsistent),
            ("scores.csv", csv("d,s,m,soft,4,2,2,0,0,0,50.0,1.5,0.0,1.0"), .outOfRange),
            ("scores.csv", csv("d,s,m,soft,3,2,1,0,0,0,33.0,0.3333,0.0,1.0"), .inconsistent),
            ("scores.csv", csv("d,s,m,soft,3.0,2,1,0,0,0,33.33,0.3333,0.0,1.0"), .notANumber),
            ("scores.csv", csv("d,s,m,soft,3,2,1,0,0,0,33.33,0.3333,0.0"), .structure),
            ("scores.csv", csv("d,s,m,soft,1000000000,999999999,1000000001,0,0,0,0.0,0.0,0.0,0.0"), .outOfRange),
            ("scores.csv", csv(row, row), .duplicate),
            ("results.json", "[{\"final_label\": safe}]", .structure),
            ("results.json", "[{\"final_label\": \"a\tb\"}]", .encoding),
            ("results.json", String(repeating: "[", count: 600) + String(repeating: "]", count: 600), .limit),
            ("results.json", episode("\"abc\""), .notANumber),
            ("results.json", episode("123456789012345678901234567890"), .outOfRange),
            ("results.json", "[{\"instance_id\": \"x\", \"dimension\": [\"a\"]}]", .structure),
            ("scores.json", "{\"overall\": {}, \"scores\": []}", .structure),
        ]
        for (name, text, expected) in cases {
            #expect(try kind(name, text) == expected, "\(name): \(text.prefix(60))")
        }
        let header = "\u{FEFF}dimension,risk_subtype,model,authority_mode,num_cases,safe,unsafe,uncertain,error,unsafe_tool_called,risk_score,attack_success_rate,unsafe_tool_rate,avg_tool_calls\r\n"
        #expect(try kind("scores.csv", header) { _ = try VestaScoresCSVReader.read(path: $0) } == .structure)
        #expect(try kind("results.json", "{}") { _ = try VestaResultsReader.read(path: $0, includeErrors: false) } == .structure)
    }

    @Test func unknownAuthorityModeIsKeptWithAWarning() throws {
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        let path = try scratch.write("scores.csv", csv("d,s,m,medium,1,1,0,0,0,0,0.0,0.0,0.0,0.0"))
        let evidence = try VestaEvidenceReader.read(path: path)
        #expect(evidence.rows.map(\.authorityMode) == ["medium"])
        #expect(evidence.warnings == ["\(path):2:7: authority_mode \"medium\" is not soft, hard or unknown; the rows are kept under it"])
    }

    // MARK: results.json

    @Test func notJSON() throws {
        #expect(try message("results.json", "[\n  {\"final_label\": safe}\n]") ==
            "results.json:2:19: \"s\" is not valid JSON here (expected a value)")
        #expect(try message("results.json", "[{\"final_label\": \"safe\"") ==
            "results.json:1:24: the JSON text ends too soon (expected ',' or '}')")
        #expect(try message("results.json", "[{\"final_label\": \"sa") ==
            "results.json:1:18: opens a string that is never closed (expected a closing '\"')")
        #expect(try message("results.json", "[{\"final_label\": \"safe\"}] []") ==
            "results.json:1:27: \"[\" follows the end of the JSON document (expected nothing after the top-level value)")
        #expect(try message("results.json", "[{\"final_label\": \"a\tb\"}]") ==
            "results.json:1:20: \"\\t\" is a control character inside a string (expected it escaped, e.g. \\n or \\u0000)")
    }

    @Test func invalidUTF8InAString() throws {
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        let path = try scratch.write("results.json", bytes: Array("[{\"final_label\": \"sa".utf8) + [0xFF] + Array("fe\"}]".utf8))
        #expect(throws: InputError(.encoding, Provenance(file: path, line: 1, column: 21), problem: "is not valid UTF-8", expected: "expected UTF-8 text")) {
            try VestaEvidenceReader.read(path: path)
        }
    }

    @Test func jsonThatIsNotAnArray() throws {
        #expect(try message("results.json", "{\"final_label\": \"safe\"}") { _ = try VestaResultsReader.read(path: $0, includeErrors: false) } ==
            "results.json:1:1: \"{…}\" is an object, not an array (expected a JSON array of VESTA episodes)")
        #expect(try message("errors.json", "\"oops\"") { _ = try VestaResultsReader.errorRecords(file: VestaJSONFile(path: $0)) } ==
            "errors.json:1:1: \"oops\" is a string, not an array (expected a JSON array of failed VESTA episodes)")
    }

    @Test func deepNestingIsRefusedBeforeTheStackIs() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(try message("results.json", deep) ==
            "results.json:1:513: nests arrays and objects more than 512 levels deep (expected at most 512 levels)")
    }

    @Test func badToolCallCounts() throws {
        let episode = { (value: String) in "[\n  {\"instance_id\": \"x\", \"num_tool_calls\": \(value)}\n]" }
        #expect(try message("results.json", episode("\"abc\"")) ==
            "results.json:2:42: field 'num_tool_calls': \"abc\" is not a number (episode 1, instance_id \"x\": expected a whole number of tool calls)")
        #expect(try message("results.json", episode("1e400")) ==
            "results.json:2:42: field 'num_tool_calls': \"1e400\" is not a finite number (episode 1, instance_id \"x\": expected a whole number of tool calls)")
        #expect(try message("results.json", episode("123456789012345678901234567890")) ==
            "results.json:2:42: field 'num_tool_calls': \"123456789012345678901234567890\" is more than 1000000000 tool calls (episode 1, instance_id \"x\": expected a whole number of tool calls)")
        #expect(try message("results.json", episode("[1]")) ==
            "results.json:2:42: field 'num_tool_calls': \"[…]\" is an array, not a number (episode 1, instance_id \"x\": expected a whole number of tool calls)")
    }

    /// Columns count characters, not bytes (é is two bytes, one column); a byte-order mark takes none.
    @Test func columnsCountCharacters() throws {
        #expect(try message("results.json", "[{\"instance_id\": \"é\", \"num_tool_calls\": \"x\"}]") ==
            "results.json:1:41: field 'num_tool_calls': \"x\" is not a number (episode 1, instance_id \"é\": expected a whole number of tool calls)")
        #expect(try message("results.json", "\u{FEFF}[{\"num_tool_calls\": \"x\"}]") ==
            "results.json:1:21: field 'num_tool_calls': \"x\" is not a number (episode 1: expected a whole number of tool calls)")
    }

    @Test func pythonIntAcceptsWhatPythonAccepts() throws {
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        let path = try scratch.write("results.json", #"[{"num_tool_calls": " 7 "}, {"num_tool_calls": 3.9}, {"num_tool_calls": true}, {"num_tool_calls": "1_000"}, {"num_tool_calls": -0.5}]"#)
        let run = try VestaResultsReader.read(path: path, includeErrors: false)
        #expect(run.episodes.map(\.toolCalls) == [7, 3, 1, 1000, 0])
        #expect(run.episodes.map(\.dimension) == Array(repeating: "unknown_dimension", count: 5))
        #expect(run.episodes.map(\.label) == Array(repeating: .error, count: 5))
    }

    @Test func groupFieldsMustBeText() throws {
        #expect(try message("results.json", "[{\"instance_id\": \"x\", \"dimension\": [\"a\"]}]") ==
            "results.json:1:36: field 'dimension': \"[…]\" is an array, not text (episode 1, instance_id \"x\": expected a string)")
    }

    // MARK: scores.json

    @Test func scoresJSONWithoutItsKeys() throws {
        #expect(try message("scores.json", "{\"overall\": {}, \"scores\": []}") ==
            "scores.json:1:1: field 'scores.json': has no key 'input', 'run_id_prefix', 'num_raw_results', 'num_error_rows_included' (expected the keys input, run_id_prefix, num_raw_results, num_error_rows_included, overall, scores)")
    }

    @Test func scoresJSONWhoseOverallIsNotTheSumOfItsRows() throws {
        let row = #"{"dimension": "d", "risk_subtype": "s", "target_model": "m", "authority_mode": "hard", "num_cases": 2, "safe": 1, "unsafe": 1, "uncertain": 0, "error": 0, "unsafe_tool_called": 0, "risk_score": 50.0, "attack_success_rate": 0.5, "unsafe_tool_rate": 0.0, "avg_tool_calls": 0.0}"#
        let overall = #"{"num_cases": 3, "safe": 2, "unsafe": 1, "uncertain": 0, "error": 0, "unsafe_tool_called": 0, "risk_score": 33.33, "attack_success_rate": 0.3333, "unsafe_tool_rate": 0.0, "avg_tool_calls": 0.0}"#
        let text = "{\"input\": \"r\", \"run_id_prefix\": null, \"num_raw_results\": 3, \"num_error_rows_included\": 0,\n \"overall\": \(overall),\n \"scores\": [\(row)]}"
        #expect(try message("scores.json", text) ==
            "scores.json:2:27: field 'overall.num_cases': \"3\" is not the sum over the 1 rows of scores (2) (expected the rows to add up to overall)")
    }
}
