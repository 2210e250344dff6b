// Building a scoring input from an edition's selection of observations.

import AgileCore
import Testing

@Suite struct ScoringInputTests {
    static func observation(_ country: String, _ indicator: String, _ year: Int, _ value: Double?) -> Observation {
        Observation(country: country, indicator: indicator, year: year, value: value, provenance: Provenance(file: "test", line: 1))
    }

    @Test func selectionBecomesMatrices() {
        var framework = ScoringFixtures.framework(
            [
                Indicator(id: "A", name: "A", parent: "D", type: .count, denominator: "POP"),
                ScoringFixtures.indicator("B", in: "D"),
            ],
            dimensions: ["D"])
        framework.denominators = [Denominator(id: "POP", name: "Population")]
        framework.participants = [Participant(code: "DEU", groups: ["region": "Europe"]), Participant(code: "JPN")]
        let observations = [
            Self.observation("DEU", "A", 2021, 5), Self.observation("DEU", "A", 2023, 7),
            Self.observation("DEU", "A", 2018, 1), Self.observation("DEU", "B", 2017, 2),
            Self.observation("DEU", "B", 2019, 3), Self.observation("JPN", "B", 2022, 4),
            Self.observation("DEU", "POP", 2022, 83), Self.observation("JPN", "A", 2024, nil),
        ]
        let input = ScoringInput(framework: framework, observations: observations)
        // Latest in the 2020–2024 window: DEU A 2023; nothing for DEU B or JPN A.
        #expect(input.units == framework.participants)
        #expect(input.raw.rows == ["DEU", "JPN"] && input.raw.columns == ["A", "B"])
        #expect(input.raw[row: "DEU", column: "A"] == 7 && input.raw[row: "JPN", column: "B"] == 4)
        #expect(input.raw[row: "DEU", column: "B"]!.isNaN && input.raw[row: "JPN", column: "A"]!.isNaN)
        #expect(input.years == [2023, nil, nil, 2022])
        #expect(input.denominators.columns == ["POP"])
        #expect(input.denominators[0, 0] == 83 && input.denominators[1, 0].isNaN)
        // Before the window: DEU A 2018 (1), DEU B 2019 (3, the later of 2017 and 2019).
        let earlier = input.earlier
        #expect(earlier?[row: "DEU", column: "A"] == 1 && earlier?[row: "DEU", column: "B"] == 3)
        #expect(input.earlierYears == [2018, nil, 2019, nil])
    }
}
