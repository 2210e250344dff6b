// Tests of the long CSV reader on good input: values, provenance, comments, CRLF and BOM.

import AgileCore
import AgileIO
import Testing

@Suite struct LongCSVReaderTests {
    @Test(arguments: [16, 1 << 20])
    func basicFile(chunkSize: Int) throws {
        let path = Fixtures.path("csv/long-basic.csv")
        let (observations, summary) = try readAll(LongCSVReader(chunkSize: chunkSize), path)
        func at(_ line: Int, _ column: Int) -> Provenance { Provenance(file: path, line: line, column: column) }
        #expect(observations == [
            Observation(country: "USA", indicator: "I14", year: 2023, value: 91.8, source: "ITU, 2024", provenance: at(4, 14)),
            Observation(country: "DEU", indicator: "I14", year: 2023, value: 93.1, source: "ITU", note: "quoted value", provenance: at(5, 13)),
            Observation(country: "CHN", indicator: "I16", year: 2022, value: 3, source: "OECD.AI", note: "a note with \"quotes\"", provenance: at(6, 14)),
            Observation(country: "GBR", indicator: "I19", year: 2023, value: 1, source: "gov.uk", note: "two\nlines", provenance: at(7, 14)),
            Observation(country: "FRA", indicator: "I11", year: 2023, value: -0.25, provenance: at(9, 14)),
            Observation(country: "JPN", indicator: "I01", year: 2023, value: nil, note: "explicitly missing", provenance: at(10, 14)),
        ])
        #expect(summary.observations == 6)
        #expect(summary.illustrative)
        #expect(summary.warnings.isEmpty)
    }

    @Test(arguments: [16, 1 << 20])
    func crlfAndByteOrderMark(chunkSize: Int) throws {
        let path = Fixtures.path("csv/long-crlf-bom.csv")
        let (observations, summary) = try readAll(LongCSVReader(chunkSize: chunkSize), path)
        func at(_ line: Int, _ column: Int) -> Provenance { Provenance(file: path, line: line, column: column) }
        #expect(observations == [
            // "Zürich ☃" is 10 characters (15 bytes) with its quotes: the value is at column 25.
            Observation(country: "CHE", indicator: "I14", year: 2023, value: 96, note: "Zürich ☃", provenance: at(2, 25)),
            Observation(country: "ITA", indicator: "I16", year: 2024, value: 2, note: "multi\r\nline", provenance: at(4, 20)),
            Observation(country: "SGP", indicator: "I19", year: 2023, value: 0, provenance: at(5, 15)),
        ])
        #expect(summary.observations == 3)
        #expect(!summary.illustrative)
    }

    @Test func consumerErrorsPassThrough() {
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            _ = try LongCSVReader().read(path: Fixtures.path("csv/long-basic.csv"), check: TestFramework.check) { _ in throw Stop() }
        }
    }
}
