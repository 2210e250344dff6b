// The effect of an evidence-derived indicator on the ranking, worked out by hand.

import AgileCore
import Testing

@Suite struct DerivedIndicatorEffectTests {
    /// A (+): USA 10, DEU 20, JPN 30 → min-max 0, 50, 100. S (derived): USA 90, DEU 10, JPN
    /// missing → 100, 0. Index with S: USA 50, DEU 25, JPN 100 (A alone) → ranks 2, 3, 1.
    /// Without S: USA 0, DEU 50, JPN 100 → ranks 3, 2, 1. USA gains a place, DEU loses one.
    @Test func comparesTheRunWithAndWithoutTheDerivedIndicator() throws {
        let framework = Framework(
            id: "mini", name: "Mini", edition: 2024, years: 2020...2024, levelNames: ["Indicator", "Index"],
            indicators: [
                Indicator(id: "A", name: "Articles", parent: "IDX", type: .count),
                Indicator(id: "S", name: "Agent safety", parent: "IDX", type: .percent, status: .experimental,
                          evidence: EvidenceDerivation(benchmark: "vesta", statistic: .domesticSafety)),
            ],
            aggregates: [Aggregate(id: "IDX", name: "Index", level: 2, parent: nil)],
            participants: [Participant(code: "USA"), Participant(code: "DEU"), Participant(code: "JPN")])
        func observation(_ country: String, _ indicator: String, _ value: Double) -> Observation {
            Observation(country: country, indicator: indicator, year: 2024, value: value, provenance: Provenance(file: "t.csv", line: 2))
        }
        let observations = [
            observation("USA", "A", 10), observation("DEU", "A", 20), observation("JPN", "A", 30),
            observation("USA", "S", 90), observation("DEU", "S", 10),
        ]
        let selection = EditionSelection(framework: framework, observations: observations)
        let scores = try ScoringPipeline(framework: framework).run(ScoringInput(framework: framework, selection: selection, earlier: observations))
        let effect = try #require(try DerivedIndicatorEffect(framework: framework, selection: selection, scores: scores, method: framework.method, weights: .declared))
        #expect(effect.indicators == ["S"])
        #expect(effect.countriesWithValue == ["DEU", "USA"])
        let rows = Dictionary(uniqueKeysWithValues: effect.comparison.rows.map { ($0.unit, $0) })
        #expect(rows["USA"]?.firstScore == 0 && rows["USA"]?.secondScore == 50)
        #expect(rows["DEU"]?.firstScore == 50 && rows["DEU"]?.secondScore == 25)
        #expect(rows["USA"]?.rankChange == 1 && rows["DEU"]?.rankChange == -1 && rows["JPN"]?.rankChange == 0)
    }

    @Test func aFrameworkWithoutDerivedIndicatorsHasNoEffect() throws {
        let framework = Framework(
            id: "mini", name: "Mini", edition: 2024, years: 2020...2024, levelNames: ["Indicator", "Index"],
            indicators: [Indicator(id: "A", name: "Articles", parent: "IDX", type: .count)],
            aggregates: [Aggregate(id: "IDX", name: "Index", level: 2, parent: nil)],
            participants: [Participant(code: "USA")])
        let selection = EditionSelection(framework: framework, observations: [])
        let scores = try ScoringPipeline(framework: framework).run(ScoringInput(framework: framework, selection: selection, earlier: []))
        #expect(try DerivedIndicatorEffect(framework: framework, selection: selection, scores: scores, method: framework.method, weights: .declared) == nil)
    }
}
