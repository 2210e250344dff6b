// Text that would mislead a terminal or a reader of the reports: control characters in fields,
// UTF-16 and UTF-32 files, CR-only line ends. Each is refused with its place and named.

import AgileCore
import AgileIO
import AgileTestSupport
import Testing

@Suite struct HostileTextTests {
    static let controlExpected = "(expected text without control characters; only tab, line feed and carriage return are allowed)"

    /// The message of the error scanning `bytes` gives with chunks of `chunkSize`.
    static func scannerError(_ bytes: [UInt8], chunkSize: Int, comments: Bool = false) -> String? {
        let scanner = CSVScanner(bytes: bytes, name: "t.csv", chunkSize: chunkSize, allowsComments: comments)
        do {
            while try scanner.nextRecord() {}
            return nil
        } catch {
            return error.description
        }
    }

    /// The message of the error `read` gives on `bytes` written to `name`, the scratch folder
    /// left out of it.
    static func message(_ name: String, _ bytes: [UInt8], _ read: (String) throws -> Void) throws -> String {
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        let path = try scratch.write(name, bytes: bytes)
        do {
            try read(path)
        } catch let error as InputError {
            return error.description.replacingOccurrences(of: scratch.path + "/", with: "")
        }
        return "no error"
    }

    @Test(arguments: [1, 2, 3, 16, 1 << 20])
    func controlCharactersAreRefusedWhereTheyStand(chunkSize: Int) {
        // "é" takes one column, the C1 control U+009B (0xC2 0x9B) stands at column 7 of line 2.
        let c1 = Array("a,b\nx,caf\u{E9}\u{9B}\n".utf8)
        #expect(Self.scannerError(c1, chunkSize: chunkSize) == "t.csv:2:7: \"caf\u{E9}\\u{9b}\" holds the control character U+009B (CSI) \(Self.controlExpected)")
        let escape = Array("a,\"b \u{1B}[2J\"\n".utf8)
        #expect(Self.scannerError(escape, chunkSize: chunkSize) == "t.csv:1:6: \"b \\u{1b}\" holds the control character U+001B (ESC) \(Self.controlExpected)")
        #expect(Self.scannerError([0x61, 0x2C, 0x7F], chunkSize: chunkSize) == "t.csv:1:3: \"\\u{7f}\" holds the control character U+007F (DEL) \(Self.controlExpected)")
        // Tab, a quoted line break and a quoted carriage return are text, the no-break space too.
        #expect(Self.scannerError(Array("a\tb,\"c\nd\",\"e\rf\",g\u{A0}\r\n".utf8), chunkSize: chunkSize) == nil)
    }

    @Test(arguments: [1, 2, 3, 1 << 20])
    func crOnlyLineEndsAreNamed(chunkSize: Int) throws {
        let crOnly = "a carriage return (CR) ends the line without a line feed: CR-only line ends (classic Mac OS) are not supported (expected LF or CRLF line ends: save the file with Unix (LF) or Windows (CRLF) line ends; a carriage return inside a value must be in quotes)"
        #expect(Self.scannerError(Array("ab,c\rd,e\r".utf8), chunkSize: chunkSize) == "t.csv:1:5: \(crOnly)")
        #expect(Self.scannerError(Array("ab,\"c\"\rd\r".utf8), chunkSize: chunkSize) == "t.csv:1:7: \(crOnly)")
        // At the end of the file, too.
        #expect(Self.scannerError(Array("ab,c\r".utf8), chunkSize: chunkSize) == "t.csv:1:5: \(crOnly)")
        #expect(Self.scannerError(Array("# note\rx,y\r".utf8), chunkSize: chunkSize, comments: true) == "t.csv:1:7: \(crOnly)")
        // CRLF stays a line end, in comments too.
        let crlf = CSVScanner(bytes: Array("# note\r\nx,y\r\n".utf8), name: "t.csv", chunkSize: chunkSize, allowsComments: true)
        #expect(try crlf.nextRecord() && crlf.string(1) == "y" && crlf.comments == ["# note"])
    }

    @Test func tabAndLineBreaksReachTheNote() throws {
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        let path = try scratch.write("tab.csv", "country,indicator,year,value,source,note\nUSA,I14,2023,50,ITU,\"first\tsecond\nthird\"\n")
        let (observations, _) = try readAll(LongCSVReader(), path)
        #expect(observations.map(\.note) == ["first\tsecond\nthird"])
    }

    @Test func utf16AndUTF32AreNamedByEveryReader() throws {
        let utf16 = "UTF-16 text (little-endian, with a byte-order mark); UTF-16 is not supported (save it as UTF-8)"
        let csv = Array("\u{FEFF}country,indicator,year,value\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try Self.message("a.csv", csv) { _ = try DataFormat.detect(path: $0) } == "a.csv:1: is \(utf16)")
        #expect(try Self.message("a.csv", csv) { _ = try readAll(WideCSVReader(), $0) } == "a.csv:1: is \(utf16)")
        // An XML document in UTF-16 is refused by name before anything looks for its DOCTYPE.
        let xml = Array("\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x SYSTEM \"file:///etc/passwd\"><x/>".utf16)
            .flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try Self.message("a.xml", xml) { _ = try readAll(CountryXMLReader(), $0) } == "a.xml:1: is \(utf16)")
        #expect(try Self.message("results.json", xml) { _ = try VestaEvidenceReader.read(path: $0) } == "results.json:1: is \(utf16)")
        // Without a byte-order mark, from the NUL bytes: UTF-16 big-endian and UTF-32 big-endian.
        #expect(try Self.message("b.csv", [0x00, 0x63, 0x00, 0x6F]) { _ = try CSVScanner(path: $0).nextRecord() }
            == "b.csv:1: is UTF-16 text (big-endian); UTF-16 is not supported (save it as UTF-8)")
        #expect(try Self.message("c.xml", [0x00, 0x00, 0x00, 0x3C, 0x00, 0x00, 0x00, 0x78]) { _ = try DataFormat.detect(path: $0) }
            == "c.xml:1: is UTF-32 text (big-endian); UTF-32 is not supported (save it as UTF-8)")
        #expect(try Self.message("d.csv", [0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x61]) { _ = try DataFormat.detect(path: $0) }
            == "d.csv:1: is UTF-32 text (big-endian, with a byte-order mark); UTF-32 is not supported (save it as UTF-8)")
    }

    // MARK: VESTA

    /// One VESTA episode with `model` as its target model.
    static func episode(model: String) -> String {
        "[\n  {\"dimension\": \"goal_norm_misalignment\", \"risk_subtype\": \"reward_hacking\", \"target_model\": \"\(model)\", \"authority_mode\": \"soft\", \"final_label\": \"unsafe\"}\n]\n"
    }

    @Test func vestaTextsWithControlCharactersAreRefusedAtIngest() throws {
        let text = Array(Self.episode(model: "GPT-4o\\u001b[8m").utf8)
        #expect(try Self.message("results.json", text) { _ = try VestaEvidenceReader.read(path: $0) } ==
            "results.json:2:3: field 'target_model': \"GPT-4o\\u{1b}[8m\" holds the control character U+001B (ESC) \(Self.controlExpected)")
        // VESTA's scorer takes any text, and `agile evidence vesta-score` with it.
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        let path = try scratch.write("results.json", bytes: text)
        #expect(try VestaResultsReader.read(path: path, includeErrors: false).episodes.map(\.targetModel) == ["GPT-4o\u{1B}[8m"])
    }

    @Test func vestaScoresJSONTextsWithControlCharactersAreRefused() throws {
        let row = "{\"dimension\": \"d\\u0085\", \"risk_subtype\": \"s\", \"target_model\": \"m\", \"authority_mode\": \"soft\", \"num_cases\": 1, \"safe\": 1, \"unsafe\": 0, \"uncertain\": 0, \"error\": 0, \"unsafe_tool_called\": 0, \"risk_score\": 0.0, \"attack_success_rate\": 0.0, \"unsafe_tool_rate\": 0.0, \"avg_tool_calls\": 0.0}"
        let overall = "{\"num_cases\": 1, \"safe\": 1, \"unsafe\": 0, \"uncertain\": 0, \"error\": 0, \"unsafe_tool_called\": 0, \"risk_score\": 0.0, \"attack_success_rate\": 0.0, \"unsafe_tool_rate\": 0.0, \"avg_tool_calls\": 0.0}"
        let text = "{\"input\": \"r\", \"run_id_prefix\": \"\", \"num_raw_results\": 1, \"num_error_rows_included\": 0, \"overall\": \(overall),\n\"scores\": [\(row)]}\n"
        #expect(try Self.message("scores.json", Array(text.utf8)) { _ = try VestaEvidenceReader.read(path: $0) } ==
            "scores.json:2:26: field 'dimension': \"d\\u{85}\" holds the control character U+0085 (NEL) \(Self.controlExpected)")
    }
}
