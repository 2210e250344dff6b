// Tiers of the index score and the development–governance quadrants.

import AgileCore
import Testing

@Suite struct TierAndMatchTests {
    // Development = P1 (indicator A), governance = mean of P2 (B) and P3 (C). Goalposts 0–100
    // leave the values as they are. Units and (A, B, C):
    //   DH (80, 70, 90): dev 80, gov 80   GA (20, 90, 70): dev 20, gov 80
    //   DA (90, 10, 30): dev 90, gov 20   BL (10, 20, 10): dev 10, gov 15
    // Index = (A + B + C)/3: DH 80, GA 60, DA 130/3 = 43.3…, BL 40/3 = 13.3…
    static func scores(split: MatchSplit) throws -> Scores {
        let posts = MethodOverrides(goalposts: Goalposts(0...100))
        let framework = ScoringFixtures.framework(
            [
                ScoringFixtures.indicator("A", in: "P1", overrides: posts),
                ScoringFixtures.indicator("B", in: "P2", overrides: posts),
                ScoringFixtures.indicator("C", in: "P3", overrides: posts),
            ],
            dimensions: ["P1", "P2", "P3"],
            method: Method(
                treatment: .none, normalisation: .goalposts(scale: 100),
                tiers: [Tier(name: "leading", minimum: 55), Tier(name: "advancing", minimum: 43.4), Tier(name: "developing", minimum: -.infinity)],
                match: MatchRule(development: ["P1"], governance: ["P2", "P3"], split: split)))
        let input = ScoringFixtures.input(units: ["DH", "GA", "DA", "BL"], indicators: ["A", "B", "C"], rows: [
            [80, 70, 90], [20, 90, 70], [90, 10, 30], [10, 20, 10],
        ])
        return try ScoringPipeline(framework: framework).run(input)
    }

    @Test func tiersTakeTheHighestMinimumReached() throws {
        // 80 and 60 are leading (≥ 55); 43.33… is below 43.4.
        #expect(try Self.scores(split: .median).tiers == ["leading", "leading", "developing", "developing"])
        let tiers = [Tier(name: "developing", minimum: -.infinity), Tier(name: "leading", minimum: 60), Tier(name: "advancing", minimum: 50)]
        #expect(Tier.tier(for: 60, in: tiers)?.name == "leading")
        #expect(Tier.tier(for: 59.999, in: tiers)?.name == "advancing")
        #expect(Tier.tier(for: 50, in: tiers)?.name == "advancing")
        #expect(Tier.tier(for: -1e9, in: tiers)?.name == "developing")
        #expect(Tier.tier(for: .nan, in: tiers) == nil)
        #expect(Tier.tier(for: 10, in: Array(tiers.dropFirst())) == nil)
    }

    @Test func quadrantsAtAThreshold() throws {
        let match = try #require(try Self.scores(split: .threshold(50)).match)
        #expect(match.map(\.unit) == ["DH", "GA", "DA", "BL"])
        #expect(match.map(\.quadrant) == [.bothHigh, .governanceAhead, .developmentAhead, .bothLow])
        #expect(match.map(\.development) == [80, 20, 90, 10])
        #expect(match.map(\.governance) == [80, 80, 20, 15])
        #expect(match.map(\.gap) == [0, -60, 70, -5])
    }

    @Test func quadrantsAtTheMedians() throws {
        // Development median (20 + 80)/2 = 50, governance median (20 + 80)/2 = 50.
        let match = try #require(try Self.scores(split: .median).match)
        #expect(match.map(\.quadrant) == [.bothHigh, .governanceAhead, .developmentAhead, .bothLow])
    }
}
