// Tests of the World Bank download reader: preamble, aggregates, specials and values.

import AgileCore
import AgileIO
import Testing

@Suite struct WorldBankCSVReaderTests {
    @Test(arguments: [16, 1 << 20])
    func internetUsers(chunkSize: Int) throws {
        let path = Fixtures.path("csv/wb-internet.csv")
        let (observations, summary) = try readAll(WorldBankCSVReader(chunkSize: chunkSize), path)
        func obs(_ country: String, _ year: Int, _ value: Double, _ line: Int, _ column: Int) -> Observation {
            Observation(country: country, indicator: "I14", year: year, value: value, source: "World Bank IT.NET.USER.ZS",
                        provenance: Provenance(file: path, line: line, column: column))
        }
        #expect(observations == [
            obs("ABW", 2022, 97.2, 6, 92),
            obs("DEU", 2019, 88.1, 8, 85),
            obs("DEU", 2020, 89.8, 8, 92),
            obs("DEU", 2021, 91.4280548095703, 8, 99),
            obs("DEU", 2022, 91.63, 8, 118),
            obs("DEU", 2023, 92.5, 8, 126),
            obs("KOR", 2019, 96.2, 10, 89),
            obs("KOR", 2023, 97.2, 10, 105),
        ])
        #expect(summary.observations == 8)
        #expect(summary.skippedAggregates == ["AFE": 1, "WLD": 1, "EMU": 1])
        #expect(summary.skippedAggregateRows == 3)
        #expect(summary.skippedMissing == 7)
        #expect(summary.warnings == [
            "\(path):9:10: skipped \"XKX\" (Kosovo): a World Bank code that is neither an ISO 3166-1 country nor an aggregate",
            "\(path):12:19: skipped \"CHI\" (Channel Islands): a World Bank code that is neither an ISO 3166-1 country nor an aggregate",
        ])
    }
}
