// What the command prints about hostile or odd input: values and names escaped (no byte of it
// drives the terminal), UTF-16 named, a file without values warned about.

import AgileCore
import Foundation
import Testing

@Suite struct MessageTests {
    /// Whether `text` holds a byte that would drive a terminal (C0 but line feed and tab, DEL, C1).
    static func drivesTheTerminal(_ text: String) -> Bool {
        text.unicodeScalars.contains { ControlCharacters.isRefused($0) || $0 == "\r" }
    }

    @Test func dataEchoesTheCountryEscaped() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("two.csv", StreamInputTests.csv)
        #expect(try folder.agile("ingest", "--db", folder.db, path).status == 0)
        let result = try folder.agile("data", "--db", folder.db, "--country", "\u{1B}[31mX\u{7}")
        #expect(result.status != 0, "\(result)")
        #expect(result.stderr.hasPrefix("Error: '\\u{1b}[31mX\\u{7}' is not an ISO 3166-1 country code.\n"), "\(result)")
        #expect(!Self.drivesTheTerminal(result.stderr + result.stdout))
    }

    @Test func argumentParserMessagesAreEscaped() throws {
        let folder = try TemporaryFolder()
        let impute = try folder.agile("score", "--coinr", COINrTableTests.asemData, COINrTableTests.asemMeta, "--impute", "\u{1B}]0;title\u{7}")
        #expect(impute.status != 0)
        #expect(impute.stderr.hasPrefix("Error: The value '\\u{1b}]0;title\\u{7}' is invalid for '--impute <method>': is not one of its forms; expected none, mean, median, group-mean:COLUMN or latest-earlier\n"), "\(impute)")
        let option = try folder.agile("ingest", "x.csv", "--\u{1B}[2J")
        #expect(option.status != 0)
        #expect(option.stderr.hasPrefix("Error: Unknown option '--\\u{1b}[2J'"), "\(option)")
        #expect(!Self.drivesTheTerminal(impute.stderr + option.stderr))
    }

    @Test func fileNamesAndValuesAreEscaped() throws {
        let folder = try TemporaryFolder()
        let missing = try folder.agile("ingest", "--db", folder.db, "bad\u{1B}[2Jname.csv")
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: bad\\u{1b}[2Jname.csv: cannot be opened: No such file or directory\n")
        #expect(missing.stdout == "rejected   bad\\u{1b}[2Jname.csv: nothing stored\nno store created: nothing was stored in \(folder.db)\n")
        // A note with a terminal escape is refused; the message shows it escaped.
        let path = try folder.write("note.csv", "country,indicator,year,value,note\nUSA,I14,2023,50,\u{1B}[2J\u{1B}]0;owned\u{7}\n")
        let refused = try folder.agile("ingest", "--db", folder.db, path)
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: \(path):2:17: field 'note': \"\\u{1b}\" holds the control character U+001B (ESC) (expected text without control characters; only tab, line feed and carriage return are allowed)\n")
        #expect(!Self.drivesTheTerminal(missing.stderr + missing.stdout + refused.stderr + refused.stdout))
    }

    @Test func aFileWithAHeaderAndNoValuesIsAWarning() throws {
        let folder = try TemporaryFolder()
        let data = try folder.write("header.csv", "country,indicator,year,value\n")
        let result = try folder.agile("ingest", "--db", folder.db, data)
        #expect(result.status == 0, "\(result)")
        // It used to say "unchanged … 0 values, all already stored", with no warning.
        #expect(result.stdout == "no values  \(data) (csv-long): nothing stored\n")
        #expect(result.stderr == "warning: \(data): no values: the file has no value to store\n")
        let evidence = try folder.write("evidence.csv", "benchmark,model,country,dimension,sub_dimension,context,metric,value,n\n")
        let second = try folder.agile("ingest", "--db", folder.db, evidence)
        #expect(second.status == 0, "\(second)")
        #expect(second.stdout == "no values  \(evidence) (evidence-csv): nothing stored\n")
        #expect(second.stderr == "warning: \(evidence): no values: the file has a header but no rows\n")
    }

    @Test func utf16IsNamed() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("utf16.csv")
        let bytes = Array("\u{FEFF}country,indicator,year,value\nUSA,I14,2023,50\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let result = try folder.agile("ingest", "--db", folder.db, path)
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(path):1: is UTF-16 text (little-endian, with a byte-order mark); UTF-16 is not supported (save it as UTF-8)\n")
    }
}
