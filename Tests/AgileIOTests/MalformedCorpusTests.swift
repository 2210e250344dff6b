// Runs every file of Tests/Fixtures/malformed/ through its reader and compares the exact error
// and its kind.

import AgileCore
import AgileIO
import Foundation
import Testing

@Suite struct MalformedCorpusTests {
    static let folder = Fixtures.path("malformed")

    static let benchmarks = try! BenchmarkRegistryLoader().load(path: Project.path("Indicators/benchmarks.xml"))

    /// COINr's ASEM iMeta, for the `coinrasem-` tables (iData checked against it as COINr does).
    static let asemMeta = try! COINrMetaReader().read(path: Fixtures.path("coinr-asem/iMeta.csv"))

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
    }()

    /// Reads `path` with the reader its name prefix picks; files named `…-limit-…` get small
    /// limits (64 bytes, 8 fields). `coinr-` tables are read without iMeta, `coinrasem-` tables
    /// with COINr's ASEM iMeta.
    static func read(_ name: String, path: String, chunkSize: Int) throws {
        let limits = name.contains("-limit-") ? CSVLimits(maximumRecordBytes: 64, maximumFields: 8) : CSVLimits()
        let check = TestFramework.check
        if name.hasPrefix("long-") {
            _ = try readAll(LongCSVReader(limits: limits, chunkSize: chunkSize), path, check: check)
        } else if name.hasPrefix("wide-") {
            _ = try readAll(WideCSVReader(limits: limits, chunkSize: chunkSize), path, check: check)
        } else if name.hasPrefix("wb-") {
            _ = try readAll(WorldBankCSVReader(limits: limits, chunkSize: chunkSize), path, check: check)
        } else if name.hasPrefix("coinrasem-") {
            let check = ObservationCheck(framework: Self.asemMeta.framework, countries: Project.countries)
            _ = try readAll(COINrDataReader(meta: Self.asemMeta, limits: limits, chunkSize: chunkSize), path, check: check)
        } else if name.hasPrefix("coinr-") {
            _ = try readAll(COINrDataReader(limits: limits, chunkSize: chunkSize), path, check: check)
        } else if name.hasPrefix("coinrmeta-") {
            _ = try COINrMetaReader(limits: limits).read(path: path)
        } else if name.hasPrefix("evidence-") {
            _ = try EvidenceCSVReader(benchmarks: Self.benchmarks, countries: Project.countries, limits: limits).read(path: path)
        } else if name.hasPrefix("models-") {
            _ = try ModelRegistryLoader(countries: Project.countries).load(path: path)
        } else if name.hasPrefix("countries-") {
            _ = try CountryList.load(path: path, limits: limits)
        } else {
            Issue.record("no reader for the name prefix of \(name).csv")
        }
    }

    @Test func corpusIsLargeEnough() {
        #expect(Self.names.count >= 15)
    }

    @Test(arguments: names)
    func errorMatchesExpected(name: String) throws {
        let path = Self.folder + "/" + name + ".csv"
        let expected = try String(contentsOfFile: Self.folder + "/" + name + ".expected", encoding: .utf8)
            .trimmingCharacters(in: .newlines)
        for chunkSize in [16, 1 << 20] {
            var caught: (any Error)?
            do { try Self.read(name, path: path, chunkSize: chunkSize) } catch { caught = error }
            let message = (caught as? InputError)?.description.replacingOccurrences(of: path, with: "FILE")
            #expect(message == expected, "\(name).csv with chunks of \(chunkSize) bytes")
            #expect(caught.map(MalformedKinds.kind) == MalformedKinds.table[name], "\(name).csv with chunks of \(chunkSize) bytes")
        }
    }
}
