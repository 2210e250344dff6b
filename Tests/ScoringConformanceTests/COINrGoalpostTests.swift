// Goalpost normalisation against COINr on its ASEM example: the goalposts case of COINr's own
// tests (Tests/Fixtures/coinr-goalposts/NOTE.md), read from an iMeta with goalpost columns.

import AgileCore
import AgileIO
import Testing

@Suite struct COINrGoalpostTests {
    static func path(_ relative: String) -> String { ConformanceFixtures.packageRoot + "/Tests/Fixtures/" + relative }

    /// The ASEM example with the goalpost columns, normalised straight from the raw data as
    /// COINr's test does (no denomination, imputation or treatment), with each indicator's own
    /// scale (`goalposts` without a SCALE: COINr's `use_iMeta`).
    static func scores() throws -> Scores {
        let countries = try CountryList.load(path: ConformanceFixtures.packageRoot + "/Indicators/iso3166-1.csv")
        let dataset = try COINrDataset(meta: path("coinr-goalposts/iMeta.csv"), data: path("coinr-asem/raw_iData.csv"), countries: countries, id: "asem")
        var framework = dataset.framework
        for index in framework.indicators.indices { framework.indicators[index].denominator = nil }
        framework.method = Method(
            coverage: CoverageRule(countryMinimum: 0, excludeCountries: false), imputation: .none, treatment: .none,
            normalisation: .goalposts(scale: nil))
        return try ScoringPipeline(framework: framework).run(dataset.scoringInput)
    }

    @Test func theIMetaColumnsAreRead() throws {
        let meta = try COINrMetaReader().read(path: Self.path("coinr-goalposts/iMeta.csv"))
        let indicators = Dictionary(uniqueKeysWithValues: meta.framework.indicators.map { ($0.id, $0) })
        #expect(indicators.values.allSatisfy { $0.overrides.goalposts != nil })
        // LPI: lower 2.17518965, upper 4.11803135 (5 % of the range inside 2.067254 … 4.225967).
        #expect(indicators["LPI"]?.overrides.goalposts == Goalposts(2.17518965...4.11803135, units: .treated, scale: 1))
        #expect(indicators["Flights"]?.overrides.goalposts?.scale == 10)
        #expect(indicators["Goods"]?.overrides.goalposts?.truncates == false)
        // Tariff has Direction −1 and keeps lower below upper: the pipeline flips them.
        #expect(indicators["Tariff"]?.polarity == .negative)
        let tariff = try #require(indicators["Tariff"]?.overrides.goalposts)
        guard case .values(let range) = tariff.bounds else { Issue.record("Tariff: \(tariff)"); return }
        #expect(range.lowerBound < range.upperBound)
    }

    /// Every normalised value is COINr's to the last bit: the same IEEE operations in the same
    /// order (x·Direction, the flipped posts, the fraction, the cut, the scale).
    @Test func normalisedEqualsCOINr() throws {
        let scores = try Self.scores()
        let expected = try COINrExport("../coinr-goalposts/dset_Normalised.csv").table
        let comparison = TableComparison(scores.normalised, expected, relative: 0, absolute: 0)
        #expect(comparison.mismatches.isEmpty, "\(comparison)")
        #expect(comparison.cells == 51 * 49 && comparison.identical == comparison.cells, "\(comparison)")
        // Goods is not cut: some countries score above 1, none of the cut indicators does.
        let goods = scores.normalised.columns.firstIndex(of: "Goods")!
        #expect(scores.units.indices.contains { scores.normalised[$0, goods] > 1 })
        let lpi = scores.normalised.columns.firstIndex(of: "LPI")!
        #expect(scores.units.indices.allSatisfy { (0...1).contains(scores.normalised[$0, lpi]) })
    }

    @Test func aggregatesEqualCOINr() throws {
        let scores = try Self.scores()
        let expected = try COINrExport("../coinr-goalposts/dset_Aggregated.csv").table
        let comparison = TableComparison(scores.aggregated, expected, relative: 1e-12, absolute: 1e-15)
        #expect(comparison.mismatches.isEmpty, "\(comparison)")
        #expect(comparison.cells == 51 * (49 + 11), "\(comparison)")
    }
}
