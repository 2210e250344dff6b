// A whole pipeline run on 3 countries × 4 indicators, every number worked out by hand.

import AgileCore
import Testing

@Suite struct HandWorkedScoringTests {
    // Framework: D1 = {I1 (weight 2), I2 (weight 1, negative polarity)}, D2 = {I3, I4},
    // IDX = mean(D1, D2). Min-max [0, 100], arithmetic means, no outlier treatment.
    //
    //            I1   I2   I3   I4
    //     AAA    10    5    1    0
    //     BBB    20    3   NA  100
    //     CCC    40    1    3   50
    //
    // Normalised (min-max over the observed values, polarity first):
    //   I1: (x − 10)/30·100        → AAA 0, BBB 100/3 = 33.33…, CCC 100
    //   I2: −x in [−5, −1]: (−x + 5)/4·100 → AAA 0, BBB 50, CCC 100
    //   I3: (x − 1)/2·100          → AAA 0, BBB NA, CCC 100
    //   I4: x/100·100              → AAA 0, BBB 100, CCC 50
    // D1 = (2·I1 + I2)/3            → AAA 0, BBB (200/3 + 50)/3 = 350/9 = 38.88…, CCC 100
    // D2 = (I3 + I4)/2, BBB has I4 only (weights re-scaled, flagged) → AAA 0, BBB 100, CCC 75
    // IDX = (D1 + D2)/2             → AAA 0, BBB (350/9 + 100)/2 = 625/9 = 69.44…, CCC 87.5
    // Ranks on IDX: CCC 1, BBB 2, AAA 3.
    // Tiers (leading ≥ 80, advancing ≥ 60, developing): CCC leading, BBB advancing, AAA developing.
    // Match development = D1, governance = D2, split at the medians (D1: 350/9, D2: 75):
    //   AAA 0 < 350/9, 0 < 75 → both low; BBB 350/9 ≥ 350/9, 100 ≥ 75 → both high;
    //   CCC 100, 75 → both high. Gaps: AAA 0, BBB 350/9 − 100 = −550/9, CCC 25.
    static let units = ["AAA", "BBB", "CCC"]

    static func run(weights: WeightChoice = .declared) throws -> Scores {
        let method = Method(
            treatment: .none, normalisation: .minMax(low: 0, high: 100),
            tiers: [Tier(name: "developing", minimum: -.infinity), Tier(name: "leading", minimum: 80), Tier(name: "advancing", minimum: 60)],
            match: MatchRule(development: ["D1"], governance: ["D2"], split: .median))
        let framework = ScoringFixtures.framework([
            ScoringFixtures.indicator("I1", in: "D1", weight: 2),
            ScoringFixtures.indicator("I2", in: "D1", polarity: .negative),
            ScoringFixtures.indicator("I3", in: "D2"),
            ScoringFixtures.indicator("I4", in: "D2"),
        ], dimensions: ["D1", "D2"], method: method)
        let input = ScoringFixtures.input(units: units, indicators: ["I1", "I2", "I3", "I4"], rows: [
            [10, 5, 1, 0],
            [20, 3, .nan, 100],
            [40, 1, 3, 50],
        ])
        return try ScoringPipeline(framework: framework, weights: weights).run(input)
    }

    @Test func normalisedValues() throws {
        let scores = try Self.run()
        let expected: [String: [Double]] = [
            "I1": [0, 100.0 / 3, 100], "I2": [0, 50, 100], "I3": [0, .nan, 100], "I4": [0, 100, 50],
        ]
        for (indicator, values) in expected {
            for (row, value) in values.enumerated() {
                #expect(ScoringFixtures.close(scores.normalised[row: Self.units[row], column: indicator]!, value), "\(indicator) \(Self.units[row])")
            }
        }
    }

    @Test func aggregatesRanksAndFlags() throws {
        let scores = try Self.run()
        let expected: [String: [Double]] = ["D1": [0, 350.0 / 9, 100], "D2": [0, 100, 75], "IDX": [0, 625.0 / 9, 87.5]]
        for (node, values) in expected {
            for (row, value) in values.enumerated() {
                #expect(ScoringFixtures.close(scores.aggregated[row: Self.units[row], column: node]!, value), "\(node) \(Self.units[row])")
            }
        }
        #expect(scores.index == scores.aggregated.column(named: "IDX"))
        #expect(scores.indexRanks == [3, 2, 1])
        #expect(scores.aggregationFlags == [AggregationFlag(unit: "BBB", node: "D2", kind: .weightsRescaled, availableShare: 0.5)])
        #expect(scores.unitCoverage.map(\.share) == [1, 0.75, 1])
        #expect(scores.table(atLevel: 2).columns == ["D1", "D2"])
        #expect(scores.treatment.map(\.outcome) == Array(repeating: .notTreated, count: 4))
    }

    @Test func tiersAndMatch() throws {
        let scores = try Self.run()
        #expect(scores.tiers == ["developing", "advancing", "leading"])
        let match = try #require(scores.match)
        #expect(match.map(\.quadrant) == [.bothLow, .bothHigh, .bothHigh])
        #expect(ScoringFixtures.close(match[1].gap, -550.0 / 9))
        #expect(match[0].gap == 0 && ScoringFixtures.close(match[2].gap, 25))
    }

    /// `--weight D1=2`: the dimension D1 weighs twice D2 in the index, so
    /// IDX = (2·D1 + D2)/3 → AAA 0, BBB (2·350/9 + 100)/3 = 1600/27 = 59.259…, CCC (200 + 75)/3
    /// = 275/3 = 91.666…; BBB falls below the advancing tier's 60. The dimensions themselves do
    /// not move. `D2=0` leaves D2 out: IDX = D1.
    @Test func doublingADimensionWeight() throws {
        let doubled = try Self.run(weights: .overridden(.declared, [WeightOverride(node: "D1", weight: 2)]))
        let expected: [String: [Double]] = ["D1": [0, 350.0 / 9, 100], "D2": [0, 100, 75], "IDX": [0, 1600.0 / 27, 275.0 / 3]]
        for (node, values) in expected {
            for (row, value) in values.enumerated() {
                #expect(ScoringFixtures.close(doubled.aggregated[row: Self.units[row], column: node]!, value), "\(node) \(Self.units[row])")
            }
        }
        #expect(doubled.indexRanks == [3, 2, 1])
        #expect(doubled.tiers == ["developing", "developing", "leading"])
        let withoutD2 = try Self.run(weights: .overridden(.declared, [WeightOverride(node: "D2", weight: 0)]))
        #expect(ScoringFixtures.close(withoutD2.aggregated[row: "BBB", column: "IDX"]!, 350.0 / 9))
        // I1's declared 2 set back to 1: D1 = (I1 + I2)/2 → BBB (100/3 + 50)/2 = 125/3.
        let evenI1 = try Self.run(weights: .overriding(.overridden(.declared, [WeightOverride(node: "D1", weight: 2)]), with: [WeightOverride(node: "I1", weight: 1)]))
        #expect(ScoringFixtures.close(evenI1.aggregated[row: "BBB", column: "D1"]!, 125.0 / 3))
        #expect(ScoringFixtures.close(evenI1.aggregated[row: "BBB", column: "IDX"]!, (2 * 125.0 / 3 + 100) / 3))
        #expect(throws: ScoringError.unknownWeightedNode("D9")) { try Self.run(weights: .overridden(.equal, [WeightOverride(node: "D9", weight: 1)])) }
    }
}
