// Tests of the CSV scanner: RFC 4180 cases, positions, chunk boundaries, errors and limits.

import AgileCore
import AgileIO
import Foundation
import Testing

@Suite struct CSVScannerTests {
    static let edgePath = Fixtures.path("csv/scanner-edge.csv")

    /// The records of `csv/scanner-edge.csv`, worked out by hand from the file's bytes.
    static let edgeRecords: [CSVRecord] = [
        CSVRecord(line: 1, fields: [
            CSVField(text: "a", line: 1, column: 1),
            CSVField(text: "b,c", line: 1, column: 3, quoted: true),
            CSVField(text: "d\"e", line: 1, column: 9, quoted: true),
        ]),
        CSVRecord(line: 2, fields: [
            CSVField(text: "multi\nline", line: 2, column: 1, quoted: true),
            CSVField(text: "x", line: 3, column: 7),
        ]),
        CSVRecord(line: 4, fields: [
            CSVField(text: "", line: 4, column: 1),
            CSVField(text: "", line: 4, column: 2),
            CSVField(text: "", line: 4, column: 3),
        ]),
        CSVRecord(line: 5, fields: [
            CSVField(text: "lone\rcr", line: 5, column: 1, quoted: true),
            CSVField(text: "q", line: 5, column: 11, quoted: true),
        ]),
        CSVRecord(line: 6, fields: [
            CSVField(text: "ünï", line: 6, column: 1),
            CSVField(text: "☃", line: 6, column: 5),
            CSVField(text: "😀", line: 6, column: 7, quoted: true),
        ]),
        CSVRecord(line: 7, fields: [CSVField(text: "", line: 7, column: 1, quoted: true)]),
        CSVRecord(line: 8, fields: [CSVField(text: "", line: 8, column: 1)]),
        CSVRecord(line: 9, fields: [
            CSVField(text: "last", line: 9, column: 1),
            CSVField(text: "no newline", line: 9, column: 6),
        ]),
    ]

    static func records(_ scanner: CSVScanner) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        while try scanner.nextRecord() { records.append(scanner.record) }
        return records
    }

    static func records(_ text: String, chunkSize: Int = 1 << 20, limits: CSVLimits = CSVLimits()) throws -> [CSVRecord] {
        try records(CSVScanner(bytes: Array(text.utf8), name: "test.csv", chunkSize: chunkSize, limits: limits))
    }

    /// The message of a CSV file with a CR-only line end.
    static let crOnly = "a carriage return (CR) ends the line without a line feed: CR-only line ends (classic Mac OS) are not supported (expected LF or CRLF line ends: save the file with Unix (LF) or Windows (CRLF) line ends; a carriage return inside a value must be in quotes)"

    /// The error scanning `bytes` gives, if any; with `names`, the fields are named after the
    /// first record, as a reader names them from its header.
    static func error(_ bytes: [UInt8], chunkSize: Int = 1 << 20, limits: CSVLimits = CSVLimits(), names: [String] = []) -> String? {
        let scanner = CSVScanner(bytes: bytes, name: "test.csv", chunkSize: chunkSize, limits: limits)
        do {
            if !names.isEmpty, try scanner.nextRecord() { scanner.fieldNames = names }
            while try scanner.nextRecord() {}
            return nil
        } catch {
            return error.description
        }
    }

    @Test func edgeCasesFromTheFile() throws {
        let records = try Self.records(CSVScanner(path: Self.edgePath))
        #expect(records == Self.edgeRecords)
    }

    @Test(arguments: [1, 2, 3, 5, 7, 16, 64])
    func chunkBoundariesDoNotChangeRecords(chunkSize: Int) throws {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: Self.edgePath)))
        let scanner = CSVScanner(bytes: bytes, name: Self.edgePath, chunkSize: chunkSize)
        #expect(try Self.records(scanner) == Self.edgeRecords)
    }

    @Test func smallFileChunksMatchOneMebibyte() throws {
        let small = try Self.records(CSVScanner(path: Self.edgePath, chunkSize: 16))
        let large = try Self.records(CSVScanner(path: Self.edgePath, chunkSize: 1 << 20))
        #expect(small == large)
        #expect(small == Self.edgeRecords)
    }

    @Test(arguments: [1, 2, 4, 1 << 20])
    func byteOrderMarkIsSkipped(chunkSize: Int) throws {
        let bytes = try [0xEF, 0xBB, 0xBF] + Array(Data(contentsOf: URL(fileURLWithPath: Self.edgePath)))
        let scanner = CSVScanner(bytes: bytes, name: "bom.csv", chunkSize: chunkSize)
        #expect(try Self.records(scanner) == Self.edgeRecords)
    }

    @Test func aByteOrderMarkOnlyCountsAtTheStart() throws {
        let records = try Self.records("a,\u{FEFF}b\n")
        #expect(records[0].fields[1] == CSVField(text: "\u{FEFF}b", line: 1, column: 3))
    }

    @Test func emptyInputHasNoRecords() throws {
        #expect(try Self.records("").isEmpty)
        #expect(try Self.records("\u{FEFF}").isEmpty)
    }

    @Test func trailingSeparatorMakesAnEmptyLastField() throws {
        let records = try Self.records("a,b,\nc,d,")
        #expect(records.map(\.texts) == [["a", "b", ""], ["c", "d", ""]])
        #expect(records[1].fields[2] == CSVField(text: "", line: 2, column: 5))
    }

    @Test func crlfAfterQuotedFieldAndQuotedLineBreaksKeepLinesRight() throws {
        let records = try Self.records("\"x\"\r\n\"1\r\n2\",\"3\"\r\nnext,\"\"\"\"\r\n")
        #expect(records == [
            CSVRecord(line: 1, fields: [CSVField(text: "x", line: 1, column: 1, quoted: true)]),
            CSVRecord(line: 2, fields: [
                CSVField(text: "1\r\n2", line: 2, column: 1, quoted: true),
                CSVField(text: "3", line: 3, column: 4, quoted: true),
            ]),
            CSVRecord(line: 4, fields: [
                CSVField(text: "next", line: 4, column: 1),
                CSVField(text: "\"", line: 4, column: 6, quoted: true),
            ]),
        ])
    }

    @Test func commentsBeforeTheHeaderAndTheIllustrativeMarker() throws {
        let text = "# a comment\r\n#   Illustrative data\n\ncountry,year\n# not a comment any more\n"
        let scanner = CSVScanner(bytes: Array(text.utf8), name: "c.csv", chunkSize: 3, allowsComments: true)
        let records = try Self.records(scanner)
        #expect(scanner.comments == ["# a comment", "#   Illustrative data"])
        #expect(scanner.illustrative)
        #expect(records.map(\.line) == [3, 4, 5])
        #expect(records[1].texts == ["country", "year"])
        #expect(records[2].texts == ["# not a comment any more"])
    }

    @Test func commentsAreDataWhenNotAllowed() throws {
        let scanner = CSVScanner(bytes: Array("# x\na\n".utf8), name: "c.csv")
        #expect(try Self.records(scanner).map(\.texts) == [["# x"], ["a"]])
        #expect(!scanner.illustrative)
    }

    @Test func aCommentWithoutTheMarkerIsNotIllustrative() throws {
        let scanner = CSVScanner(bytes: Array("# illustration of nothing\n# see illustrative\na\n".utf8), name: "c.csv", allowsComments: true)
        _ = try Self.records(scanner)
        #expect(!scanner.illustrative)
    }

    @Test func accessorsOfTheCurrentRecord() throws {
        let scanner = CSVScanner(bytes: Array(" a ,\"b\", \n".utf8), name: "x.csv")
        #expect(try scanner.nextRecord())
        #expect(scanner.fieldCount == 3)
        #expect(scanner.string(0) == " a ")
        #expect(!scanner.isEmpty(0))
        #expect(scanner.isEmpty(2))
        #expect(scanner.isQuoted(1))
        #expect(scanner.location(1) == Provenance(file: "x.csv", line: 1, column: 5))
        #expect(scanner.withBytes(1) { Array($0) } == [UInt8(ascii: "b")])
        let raw = scanner.rawField(0, name: "first")
        #expect(raw.text == " a " && raw.name == "first" && raw.location.column == 1)
        #expect(try !scanner.nextRecord())
    }

    // MARK: Errors

    @Test(arguments: [1, 3, 1 << 20])
    func errorsArePlacedExactly(chunkSize: Int) {
        func check(_ text: String, _ expected: String) {
            #expect(Self.error(Array(text.utf8), chunkSize: chunkSize) == expected)
        }
        check("a,b\"c\n", "test.csv:1:4: \"b\\\"\" has a quote inside an unquoted field (expected the whole field in quotes, with quotes inside it doubled)")
        check("x\n\"abc\"x,1\n", "test.csv:2:6: \"abc\" has text after its closing quote (expected a separator or the end of the line after the closing quote)")
        // A carriage return after a closing quote must start CRLF: alone, it is a CR-only line end.
        check("\"a\"\rb\n", "test.csv:1:4: \(Self.crOnly)")
        check("\"a\"\r", "test.csv:1:4: \(Self.crOnly)")
        check("x\n\"abc\n\n", "test.csv:2:1: \"abc\\n\\n\" has a quote that is never closed (expected a closing quote before the end of the file)")
        check("é,\"x", "test.csv:1:3: \"x\" has a quote that is never closed (expected a closing quote before the end of the file)")
    }

    @Test(arguments: [1, 2, 1 << 20])
    func invalidUTF8IsRefused(chunkSize: Int) {
        func check(_ bytes: [UInt8], _ expected: String) {
            #expect(Self.error(bytes, chunkSize: chunkSize) == expected)
        }
        let a = UInt8(ascii: "a"), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n")
        check([a, comma, a, 0xFF, newline], "test.csv:1:4: \"a\u{FFFD}\" is not valid UTF-8 (expected UTF-8 text; found byte 0xFF)")
        // An overlong encoding of "/" and an encoded surrogate.
        check([0xC0, 0xAF], "test.csv:1:1: \"\u{FFFD}\" is not valid UTF-8 (expected UTF-8 text; found byte 0xC0)")
        check([a, 0xED, 0xA0, 0x80], "test.csv:1:2: \"a\u{FFFD}\" is not valid UTF-8 (expected UTF-8 text; found bytes 0xED 0xA0)")
        // A character cut short by a separator, and by the end of the file; columns after "é".
        check(Array("é".utf8) + [0xE2, 0x82, comma], "test.csv:1:2: \"é\u{FFFD}\" is not valid UTF-8 (expected UTF-8 text; found bytes 0xE2 0x82 0x2C)")
        check([newline, 0xF0, 0x9F, 0x98], "test.csv:2:1: \"\u{FFFD}\" is not valid UTF-8 (expected UTF-8 text; found bytes 0xF0 0x9F 0x98 at the end of the file)")
        // In a quoted field, after a quoted line break.
        check(Array("\"x\n".utf8) + [0x80, UInt8(ascii: "\"")], "test.csv:2:1: \"x\\n\u{FFFD}\" is not valid UTF-8 (expected UTF-8 text; found byte 0x80)")
    }

    @Test func scannerErrorsNameTheField() throws {
        let scanner = CSVScanner(bytes: Array("a,b\n1,2\"\n".utf8), name: "n.csv")
        #expect(try scanner.nextRecord())
        scanner.fieldNames = ["first", "second"]
        do {
            _ = try scanner.nextRecord()
            Issue.record("no error thrown")
        } catch {
            #expect(error.description == "n.csv:2:4: field 'second': \"2\\\"\" has a quote inside an unquoted field (expected the whole field in quotes, with quotes inside it doubled)")
        }
    }

    @Test(arguments: [1, 7, 1 << 20])
    func recordLengthLimit(chunkSize: Int) throws {
        let limits = CSVLimits(maximumRecordBytes: 10)
        // 10 bytes pass, 11 do not; quoted line breaks count, the line end does not.
        #expect(try Self.records("0123456789\r\nabc\n", chunkSize: chunkSize, limits: limits).count == 2)
        #expect(try Self.records("\"1\n345678\"\n", chunkSize: chunkSize, limits: limits).count == 1)
        // The error stands where the field that passes the limit starts, named by its number
        // until a header names it.
        #expect(Self.error(Array("ok\n0123456789A\n".utf8), chunkSize: chunkSize, limits: limits)
            == "test.csv:2:1: the record is longer than 10 bytes in its field 1 (expected at most 10 bytes per record)")
        #expect(Self.error(Array("ok\n\"0123\n456789\"\n".utf8), chunkSize: chunkSize, limits: limits)
            == "test.csv:2:1: the record is longer than 10 bytes in its field 1 (expected at most 10 bytes per record)")
        #expect(Self.error(Array(",,,,,,,,,,,\n".utf8), chunkSize: chunkSize, limits: limits)
            == "test.csv:1:12: the record is longer than 10 bytes in its field 12 (expected at most 10 bytes per record)")
        #expect(Self.error(Array("abc,def\n1,123456789\n".utf8), chunkSize: chunkSize, limits: limits, names: ["abc", "def"])
            == "test.csv:2:3: field 'def': the record is longer than 10 bytes (expected at most 10 bytes per record)")
        let comments = CSVScanner(bytes: Array("# a long comment line\nx\n".utf8), name: "test.csv", chunkSize: chunkSize, limits: limits, allowsComments: true)
        let tooLong = #expect(throws: InputError.self) { while try comments.nextRecord() {} }
        #expect(tooLong?.kind == .limit)
    }

    @Test func fieldCountLimit() throws {
        let limits = CSVLimits(maximumFields: 3)
        #expect(try Self.records("a,b,c\n", limits: limits).count == 1)
        #expect(Self.error(Array("a,b,c\n1,2,3,4\n".utf8), limits: limits)
            == "test.csv:2:7: the record has more than 3 fields: field 4 starts here (expected at most 3 fields per record)")
    }

    /// An endless line of NUL bytes (`/dev/zero`) is refused at its first byte, a control
    /// character (ResourceLimitTests refuses an endless line of text at the record limit).
    @Test func anEndlessLineIsRefused() throws {
        let scanner = try CSVScanner(path: "/dev/zero")
        do {
            _ = try scanner.nextRecord()
            Issue.record("no error thrown")
        } catch {
            #expect(error.description == "/dev/zero:1:1: \"\\u{0}\" holds the control character U+0000 (NUL) (\(ControlCharacters.expected))")
        }
    }

    @Test func missingFileIsUnreadable() {
        let error = #expect(throws: InputError.self) { _ = try CSVScanner(path: Fixtures.path("csv/no-such-file.csv")) }
        #expect(error?.kind == .unreadable)
    }

    // MARK: nextRow

    @Test func nextRowSkipsTrailingBlankLinesAndRefusesInnerOnes() throws {
        let trailing = CSVScanner(bytes: Array("a\nb\n\n\r\n\n".utf8), name: "t.csv")
        var rows: [String] = []
        while try trailing.nextRow() { rows.append(trailing.string(0)) }
        #expect(rows == ["a", "b"])

        let inner = CSVScanner(bytes: Array("a\n\nb\n".utf8), name: "t.csv")
        #expect(try inner.nextRow())
        #expect(throws: InputError(.structure, Provenance(file: "t.csv", line: 2), problem: "a blank line comes before more rows",
                                   expected: "expected blank lines only at the end of the file")) {
            _ = try inner.nextRow()
        }
    }
}
