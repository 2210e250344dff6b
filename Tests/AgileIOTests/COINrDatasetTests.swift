// Reading a COINr iMeta/iData pair into a framework and a scoring input.

import AgileCore
import AgileIO
import Testing

@Suite struct COINrDatasetTests {
    @Test func asemBecomesAScoringInput() throws {
        let dataset = try COINrDataset(
            meta: Fixtures.path("coinr-asem/iMeta.csv"), data: Fixtures.path("coinr-asem/raw_iData.csv"),
            countries: TestFramework.countries, id: "asem")
        #expect(dataset.framework.id == "asem" && dataset.framework.edition == 2018)
        #expect(dataset.framework.participants.count == 51 && dataset.units.participants == dataset.framework.participants)
        #expect(dataset.observations.count == 51 * 53 - 64)
        let input = dataset.scoringInput
        #expect(input.raw.rows.count == 51 && input.raw.columns.count == 49)
        #expect(input.raw.missingCount == 63)
        #expect(input.denominators.columns == ["Area", "Energy", "GDP", "Population"])
        #expect(input.denominators[row: "LAO", column: "Energy"]!.isNaN)
        #expect(input.raw[row: "AUT", column: "LPI"] == 4.0979850000000004)
        #expect(input.years.compactMap { $0 }.allSatisfy { $0 == 2018 })
        #expect(input.units.first { $0.code == "AUT" }?.groups["EurAsia_group"] == "Europe")
        #expect(input.earlier == nil)
    }
}
