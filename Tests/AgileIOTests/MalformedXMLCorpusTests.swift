// Every malformed or hostile XML input under Tests/Fixtures/malformed gives its exact error.

import AgileCore
import AgileIO
import Foundation
import Testing

/// The XML part of the malformed corpus: `xml-*`, `wbxml-*` (data, ingested into a throw-away
/// store), `registry-*` (loaded as a registry), `lineage-*` (loaded as a registry, then its
/// lineage checked against the predecessor it names, `../registry/lineage/mini-2023.xml`) and
/// `benchmarks-*` (as a benchmark registry). Each `NAME.xml` has a `NAME.expected` with
/// the whole error message, `FILE` standing for the file's path, `FOLDER` for this folder's and
/// `SCHEMA` for the registry schema's; `kinds.txt` gives the kind of each error.
@Suite struct MalformedXMLCorpusTests {
    static let folder = Project.path("Tests/Fixtures/malformed")

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted()
    }()

    @Test func corpusIsLargeEnough() {
        #expect(MalformedXMLCorpusTests.cases.count >= 25)
    }

    @Test(arguments: MalformedXMLCorpusTests.cases)
    func givesTheExpectedError(name: String) throws {
        let path = "\(MalformedXMLCorpusTests.folder)/\(name)"
        let expectedFile = path.replacingOccurrences(of: ".xml", with: ".expected")
        let expected = try String(contentsOfFile: expectedFile, encoding: .utf8)
            .trimmingCharacters(in: .newlines)
            .replacingOccurrences(of: "FILE", with: path)
            .replacingOccurrences(of: "FOLDER", with: MalformedXMLCorpusTests.folder)
            .replacingOccurrences(of: "SCHEMA", with: name.hasPrefix("benchmarks-") ? Project.path("Indicators/benchmarks.xsd") : Project.schema)
        let store = try Store(path: ":memory:", countries: Project.countries)
        var message: String?
        var kind: String?
        do {
            if name.hasPrefix("benchmarks-") {
                _ = try BenchmarkRegistryLoader(schemaPath: Project.path("Indicators/benchmarks.xsd")).load(path: path)
            } else if name.hasPrefix("registry-") {
                _ = try RegistryLoader(countries: Project.countries, schemaPath: Project.schema).load(path: path)
            } else if name.hasPrefix("lineage-") {
                let loader = RegistryLoader(countries: Project.countries, schemaPath: Project.schema)
                _ = try loader.lineage(of: try loader.load(path: path), path: path)
            } else {
                _ = try store.ingest(path: path, format: try DataFormat.detect(path: path), check: Project.check)
            }
        } catch {
            message = "\(error)"
            kind = MalformedKinds.kind(of: error)
        }
        #expect(message == expected)
        #expect(kind == MalformedKinds.table[String(name.dropLast(4))])
        // Nothing of a rejected file reaches the store.
        #expect(try store.counts().observations == 0)
        #expect(try store.ingests().isEmpty)
    }
}
