// Tests of the wide CSV reader on good input: one row per country, empty cells skipped.

import AgileCore
import AgileIO
import Testing

@Suite struct WideCSVReaderTests {
    @Test(arguments: [16, 1 << 20])
    func basicFile(chunkSize: Int) throws {
        let path = Fixtures.path("csv/wide-basic.csv")
        let (observations, summary) = try readAll(WideCSVReader(chunkSize: chunkSize), path)
        func at(_ line: Int, _ column: Int) -> Provenance { Provenance(file: path, line: line, column: column) }
        #expect(observations == [
            Observation(country: "USA", indicator: "I14", year: 2023, value: 91.8, provenance: at(3, 10)),
            Observation(country: "USA", indicator: "I16", year: 2023, value: 3, provenance: at(3, 15)),
            Observation(country: "USA", indicator: "I19", year: 2023, value: 1, provenance: at(3, 17)),
            Observation(country: "USA", indicator: "POP", year: 2023, value: 334_914_895, provenance: at(3, 19)),
            Observation(country: "DEU", indicator: "I16", year: 2023, value: 2, provenance: at(4, 10)),
            Observation(country: "DEU", indicator: "I19", year: 2023, value: 1, provenance: at(4, 12)),
            Observation(country: "CHN", indicator: "I14", year: 2022, value: 80.5, provenance: at(5, 9)),
            Observation(country: "CHN", indicator: "I19", year: 2022, value: 0, provenance: at(5, 17)),
            Observation(country: "CHN", indicator: "POP", year: 2022, value: 1_410_710_000, provenance: at(5, 19)),
        ])
        #expect(summary.observations == 9)
        #expect(summary.skippedMissing == 3)
        #expect(summary.illustrative)
    }
}
