// The declared 64 KiB XML prolog: a long leading comment is accepted up to the limit (format
// recognition included), refused just past it, and no byte of it ever reaches libxml2 unchecked.

import AgileCore
import AgileIO
import AgileTestSupport
import Testing

@Suite struct XMLPrologTests {
    static let countryData = """
        <countryData xmlns="urn:agile-index:data:1">
          <country code="USA"><obs indicator="I16" year="2023" value="2"/></country>
        </countryData>

        """
    static let worldBank = """
        <wb:data page="1" pages="1" per_page="50" total="1" xmlns:wb="http://www.worldbank.org">
          <wb:data>
            <wb:indicator id="GE.EST">Government Effectiveness: Estimate</wb:indicator>
            <wb:country id="US">United States</wb:country>
            <wb:countryiso3code>USA</wb:countryiso3code>
            <wb:date>2023</wb:date>
            <wb:value>1.2</wb:value>
          </wb:data>
        </wb:data>

        """

    /// A prolog of exactly `bytes` bytes: one comment line (`<!--ccc…-->` and a line feed).
    static func prolog(_ bytes: Int) -> String {
        "<!--" + String(repeating: "c", count: bytes - 8) + "-->\n"
    }

    /// Recognises and ingests `text` (as `agile ingest` does) into a throw-away store.
    static func ingest(_ text: String, scratch: ScratchFolder) throws -> IngestResult {
        let path = try scratch.write("data.xml", text)
        let store = try Store(path: ":memory:", countries: TestFramework.countries)
        return try store.ingest(path: path, format: DataFormat.detect(path: path), check: TestFramework.check)
    }

    /// The error ingesting `text` gives, the scratch folder left out.
    static func error(_ text: String) throws -> String {
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        do {
            _ = try ingest(text, scratch: scratch)
            return "no error"
        } catch let error as InputError {
            return error.description.replacingOccurrences(of: scratch.path + "/", with: "")
        }
    }

    @Test func aFiveThousandByteCommentIsAccepted() throws {
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        // Refused before as "XML without a root element" (the format was looked for in 4 KiB).
        let ours = try Self.ingest(Self.prolog(5_000) + Self.countryData, scratch: scratch)
        #expect(ours.format == .countryXML && ours.rows == 1)
        let worldBank = try Self.ingest(Self.prolog(5_000) + Self.worldBank, scratch: scratch)
        #expect(worldBank.format == .worldBankXML && worldBank.rows == 1)
    }

    @Test func aPrologOfExactly64KiBIsAccepted() throws {
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        #expect(try Self.ingest(Self.prolog(65_536) + Self.countryData, scratch: scratch).rows == 1)
        let path = try scratch.write("reader.xml", Self.prolog(65_536) + Self.countryData)
        #expect(try readAll(CountryXMLReader(), path).1.observations == 1)
    }

    @Test func aPrologJustOver64KiBIsRefused() throws {
        // The comment ends at byte 65,536; the line feed after it is byte 65,537, one past the
        // limit: the check stops at the start of line 2.
        let limit = "the XML prolog is longer than 64 KiB before the root element"
        #expect(try Self.error(Self.prolog(65_537) + Self.countryData) == "data.xml:2:1: \(limit)")
        #expect(try Self.error(Self.prolog(65_537) + Self.worldBank) == "data.xml:2:1: \(limit)")
        // The reader alone says the same.
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        let path = try scratch.write("reader.xml", Self.prolog(65_537) + Self.countryData)
        #expect(throws: InputError(.limit, Provenance(file: path, line: 2, column: 1), problem: limit)) { _ = try readAll(CountryXMLReader(), path) }
    }

    @Test func aDoctypeBehindALongCommentNeverReachesTheParser() throws {
        // Past the limit inside a comment longer than the reader's 256 KiB chunk: the check
        // stops at byte 65,537 of line 1 (column 65,538), before the DOCTYPE that follows. It
        // used to hand such a prolog to libxml2 unchecked.
        let text = Self.prolog(300_000) + "<!DOCTYPE countryData SYSTEM \"file:///etc/passwd\">\n" + Self.countryData
        let scratch = try ScratchFolder(prefix: "agile-vesta")
        let path = try scratch.write("reader.xml", text)
        #expect(throws: InputError(.limit, Provenance(file: path, line: 1, column: 65_538), problem: "the XML prolog is longer than 64 KiB before the root element")) {
            _ = try readAll(CountryXMLReader(), path)
        }
        #expect(try Self.error(text) == "data.xml:1:65538: the XML prolog is longer than 64 KiB before the root element")
        // Within the limit, the DOCTYPE itself is named, by format recognition and by the reader.
        let doctype = "declares a document type (<!DOCTYPE …>); DTDs are refused (the toolkit's XML formats take no DTD, so external entities, parameter entities and entity expansion can never be used)"
        let short = Self.prolog(5_000) + "<!DOCTYPE countryData SYSTEM \"file:///etc/passwd\">\n" + Self.countryData
        #expect(try Self.error(short) == "data.xml:2:1: \(doctype)")
        let shortPath = try scratch.write("short.xml", short)
        #expect(try Self.message(of: { _ = try readAll(WorldBankXMLReader(), shortPath) }, in: scratch) == "short.xml:2:1: \(doctype)")
    }

    /// The message of the error `body` throws, the scratch folder left out.
    static func message(of body: () throws -> Void, in scratch: ScratchFolder) throws -> String {
        do {
            try body()
            return "no error"
        } catch let error as InputError {
            return error.description.replacingOccurrences(of: scratch.path + "/", with: "")
        }
    }
}
