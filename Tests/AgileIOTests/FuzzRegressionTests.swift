// Inputs the fuzz targets (Fuzz/) found to crash or to fail unclearly, each with the error it must now give.

import AgileCore
import AgileIO
import Testing

/// Every file of `Tests/Fixtures/fuzz/` is an input a fuzz target once found (see Fuzz/README.md),
/// read here by the same reader as the target, with the exact error expected now (`FILE` stands
/// for the file's path). CSV readers are run with 1 MiB and 16-byte chunks, as the targets do.
@Suite struct FuzzRegressionTests {
    /// The reader of a fuzz target.
    enum Target: String, Sendable {
        case longCSV, wideCSV, worldBankCSV, coinrData, coinrMeta, countryXML, worldBankXML, registry, detectRead
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var target: Target
        var expected: String
        var kind: InputError.Kind
        var testDescription: String { file }
    }

    static let encoding = " (expected text valid in the encoding the XML declaration names, from here on; the toolkit's files are UTF-8)"

    static let cases: [Case] = [
        // libxml2 reports an input conversion failure (bytes not valid in the declared encoding,
        // here UTF-7) only as its last error of the thread, so the readers used to say "is not
        // well-formed XML" at line 0; now they give libxml2's message where the parser stopped:
        // the start of the tag holding the bytes 0xFF (line 3, column 3: `<country ÿÿÿÿcode=…`),
        // the end of the line before the byte 0xA0 (line 8 is 28 characters long; 0xA0 opens line 9).
        Case(file: "xml-utf7-invalid-bytes.xml", target: .countryXML,
             expected: "FILE:3:3: input conversion failed due to input error, bytes 0xFF 0xFF 0xFF 0xFF" + Self.encoding, kind: .encoding),
        Case(file: "wbxml-utf7-invalid-bytes.xml", target: .worldBankXML,
             expected: "FILE:8:29: input conversion failed due to input error, bytes 0xA0 0x3C 0x2F 0x77" + Self.encoding, kind: .encoding),
        // A header whose goalpost_lower column is mangled (`"goalpos;;;…;t_lower"`) beside a
        // goalpost_upper column: an upper post without a lower column unwrapped a missing
        // column index and trapped. Field 'goalpost_upper' is the 13th column of line 2 ("10").
        Case(file: "coinrmeta-goalpost-upper-without-lower.csv", target: .coinrMeta,
             expected: "FILE:2:59: field 'goalpost_upper': \"10\" is given without a goalpost_lower column (expected goalpost_lower and goalpost_upper columns together)",
             kind: .structure),
    ]

    static func read(_ target: Target, path: String, chunkSize: Int) throws {
        let check = Project.check
        switch target {
        case .longCSV: _ = try LongCSVReader(chunkSize: chunkSize).read(path: path, check: check) { _ in }
        case .wideCSV: _ = try WideCSVReader(chunkSize: chunkSize).read(path: path, check: check) { _ in }
        case .worldBankCSV: _ = try WorldBankCSVReader(chunkSize: chunkSize).read(path: path, check: check) { _ in }
        case .coinrData:
            let meta = try COINrMetaReader().read(path: Project.path("Tests/Fixtures/coinr-asem/iMeta.csv"))
            let asem = ObservationCheck(framework: meta.framework, countries: Project.countries)
            let reader = COINrDataReader(meta: meta, chunkSize: chunkSize)
            _ = try reader.read(path: path, check: asem) { _ in }
            _ = try reader.units(path: path, countries: Project.countries)
        case .coinrMeta: _ = try COINrMetaReader().read(path: path)
        case .countryXML: _ = try CountryXMLReader().read(path: path, check: check) { _ in }
        case .worldBankXML: _ = try WorldBankXMLReader().read(path: path, check: check) { _ in }
        case .registry:
            _ = try RegistryLoader(countries: Project.countries, schemaPath: Project.schema).load(path: path)
        case .detectRead:
            _ = try DataFormat.detect(path: path).reader.read(path: path, check: check) { _ in }
        }
    }

    @Test(arguments: cases)
    func givesTheExpectedError(_ test: Case) throws {
        let path = Project.path("Tests/Fixtures/fuzz/\(test.file)")
        for chunkSize in [1 << 20, 16] {
            let message = try inputErrorMessage(path: path) { try Self.read(test.target, path: path, chunkSize: chunkSize) }
            #expect(message == test.expected, "\(test.file) with chunks of \(chunkSize) bytes")
            let error = #expect(throws: InputError.self) { try Self.read(test.target, path: path, chunkSize: chunkSize) }
            #expect(error?.kind == test.kind, "\(test.file) with chunks of \(chunkSize) bytes")
        }
    }
}
