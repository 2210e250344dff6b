// Self-assessment against a run: a 5-country run worked out by hand, the all-best country, clipping.

import AgileCore
import Testing

@Suite struct AssessmentTests {
    // Framework: D1 = {I1, I2 (negative polarity)}, D2 = {I3, I4}, IDX = mean(D1, D2).
    // COINr's skew-kurtosis treatment (|skew| < 2 or kurtosis < 3.5, winmax 5, log fallback),
    // min-max [0, 100], no imputation (a missing child re-scales the weights), arithmetic means,
    // tiers leading ≥ 60, advancing ≥ 40, developing; match D1 against D2 split at the medians.
    //
    //            I1   I2   I3   I4
    //     AAA     1    0    5    0
    //     BBB     2   10    5   25
    //     CCC     3   20   10   50
    //     DDD     4   30   15   75
    //     EEE   100   40   15  100
    //
    // Treatment of I1: mean 22, d = −21 −20 −19 −18 78, Σd² = 7610, Σd³ = 444600,
    //   Σd⁴ = 37604834; skew = √5·444600/7610^1.5·√20/3 = 2.232… ≥ 2; r = 5·Σd⁴/(Σd²)² =
    //   3.2467…, kurtosis = (6·0.2467… + 6)·4/6 = 4.987 ≥ 3.5: fails. The skew is positive, so
    //   100 takes the next value down, 4: 1 2 3 4 4, mean 2.8, Σd² = 6.8, Σd³ = −2.88,
    //   skew = −0.54: passes. Winsorised from above with bound 4 (no lower bound).
    //   I2, I3, I4 are symmetric (skew 0): untouched.
    // Normalisation parameters (values × direction): I1 [1, 4]; I2 −x in [−40, 0];
    //   I3 [5, 15]; I4 [0, 100].
    // Normalised:  I1 (x−1)/3·100: 0, 100/3, 200/3, 100, 100
    //              I2 (40−x)/40·100: 100, 75, 50, 25, 0
    //              I3 (x−5)/10·100: 0, 0, 50, 100, 100
    //              I4 x: 0, 25, 50, 75, 100
    // D1 = (I1 + I2)/2: AAA 50, BBB 325/6, CCC 175/3, DDD 62.5, EEE 50
    // D2 = (I3 + I4)/2: AAA 0, BBB 12.5, CCC 50, DDD 87.5, EEE 100
    // IDX = (D1 + D2)/2: AAA 25, BBB 100/3, CCC 325/6, DDD 75, EEE 75
    // Match split: median D1 = 325/6 (50, 50, 325/6, 175/3, 62.5), median D2 = 50.
    static let units = ["AAA", "BBB", "CCC", "DDD", "EEE"]
    static let indicators = ["I1", "I2", "I3", "I4"]

    static let framework: Framework = {
        let method = Method(
            treatment: .skewKurtosis(SkewKurtosisRule()), normalisation: .minMax(low: 0, high: 100),
            tiers: [Tier(name: "developing", minimum: -.infinity), Tier(name: "leading", minimum: 60), Tier(name: "advancing", minimum: 40)],
            match: MatchRule(development: ["D1"], governance: ["D2"], split: .median))
        return ScoringFixtures.framework([
            ScoringFixtures.indicator("I1", in: "D1"),
            ScoringFixtures.indicator("I2", in: "D1", polarity: .negative),
            ScoringFixtures.indicator("I3", in: "D2"),
            ScoringFixtures.indicator("I4", in: "D2"),
        ], dimensions: ["D1", "D2"], method: method)
    }()

    static let input = ScoringFixtures.input(units: units, indicators: indicators, rows: [
        [1, 0, 5, 0],
        [2, 10, 5, 25],
        [3, 20, 10, 50],
        [4, 30, 15, 75],
        [100, 40, 15, 100],
    ])

    static func assessment() throws -> Assessment {
        let pipeline = try ScoringPipeline(framework: framework)
        return Assessment(pipeline: pipeline, input: input, scores: try pipeline.run(input))
    }

    static func assess(_ values: [Double], extrapolate: Bool = false) throws -> AssessedUnit {
        let new = ScoringFixtures.input(units: ["NEW"], indicators: indicators, rows: [values])
        return try #require(try assessment().assess(new, extrapolate: extrapolate).first)
    }

    @Test func fittedParameters() throws {
        let fits = try Self.assessment().parameters.indicators
        #expect(fits.map(\.treatment) == [.winsorised(lower: nil, upper: 4), .untouched, .untouched, .untouched])
        #expect(fits.map(\.normalisation) == [
            .minMax(minimum: 1, maximum: 4, low: 0, high: 100), .minMax(minimum: -40, maximum: 0, low: 0, high: 100),
            .minMax(minimum: 5, maximum: 15, low: 0, high: 100), .minMax(minimum: 0, maximum: 100, low: 0, high: 100),
        ])
        #expect(fits.map(\.range) == [1...4, 0...40, 5...15, 0...100])
        #expect(fits.map(\.imputation) == Array(repeating: .none, count: 4))
        let split = try #require(try Self.assessment().parameters.matchSplit)
        #expect(split.development == 325.0 / 6 && split.governance == 50)
    }

    // NEW: I1 50, I2 5, I3 missing, I4 30.
    //   I1: 50 > the bound 4 → 4 (the run's winsorisation; inside the treated range, no flag)
    //       → (4 − 1)/3·100 = 100.  I2: (40 − 5)/40·100 = 87.5.  I3: missing.  I4: 30.
    //   D1 = (100 + 87.5)/2 = 93.75.  D2 = I4 alone (weights re-scaled, share 0.5) = 30.
    //   IDX = (93.75 + 30)/2 = 61.875: tier leading (≥ 60).
    //   Would-be ranks among the five (1 + those scoring higher), of 6:
    //     IDX 61.875 < 75, 75 → 3;  D1 93.75 → 1;  D2 30 < 50, 87.5, 100 → 4;
    //     I1 100 ties DDD and EEE → 1;  I2 87.5 < 100 → 2;  I3 none;  I4 30 < 50, 75, 100 → 4.
    //   Peer medians: IDX 325/6; D1 325/6; D2 50; I1 200/3; I2 50; I3 50; I4 50.
    //   Match: development 93.75 ≥ 325/6, governance 30 < 50 → development ahead.
    @Test func handWorkedAssessment() throws {
        let new = try Self.assess([50, 5, .nan, 30])
        let expected: [(node: String, score: Double, rank: Int?, median: Double)] = [
            ("I1", 100, 1, 200.0 / 3), ("I2", 87.5, 2, 50), ("I3", .nan, nil, 50), ("I4", 30, 4, 50),
            ("D1", 93.75, 1, 325.0 / 6), ("D2", 30, 4, 50), ("IDX", 61.875, 3, 325.0 / 6),
        ]
        #expect(new.placements.map(\.node) == expected.map(\.node))
        for (placement, want) in zip(new.placements, expected) {
            #expect(ScoringFixtures.close(placement.score, want.score), "\(want.node)")
            #expect(placement.rank == want.rank, "\(want.node)")
            #expect(placement.of == 6, "\(want.node)")
            #expect(ScoringFixtures.close(placement.peerMedian, want.median), "\(want.node)")
        }
        #expect(ScoringFixtures.close(new.index, 61.875))
        #expect(new.treated.map { $0.isNaN ? -1 : $0 } == [4, 5, -1, 30])
        #expect(new.tier == "leading")
        #expect(new.match?.quadrant == .developmentAhead)
        #expect(new.match?.development == 93.75 && new.match?.governance == 30)
        #expect(new.flags.isEmpty)
        #expect(new.treatedPoints == [TreatedPoint(unit: "NEW", indicator: "I1", before: 50, after: 4, winsorised: .high, logTransformed: false)])
        #expect(new.imputations.isEmpty)
        #expect(new.aggregationFlags == [AggregationFlag(unit: "NEW", node: "D2", kind: .weightsRescaled, availableShare: 0.5)])
        #expect(new.coverage.observed == 3 && new.coverage.total == 4)
    }

    @Test func everyMemberGetsItsOwnScoresBack() throws {
        let assessment = try Self.assessment()
        let scores = assessment.scores
        for (row, unit) in Self.units.enumerated() {
            let own = try #require(try assessment.assess(Self.input.selecting(units: [row])).first)
            for (node, placement) in own.placements.enumerated() {
                #expect(ScoringFixtures.close(placement.score, scores.aggregated[row, node]), "\(unit) \(placement.node)")
                #expect(placement.rank.map(Double.init) == scores.ranks[row, node], "\(unit) \(placement.node)")
                #expect(placement.of == 5)
            }
            #expect(own.tier == scores.tiers[row])
            #expect(own.match == scores.match?[row])
            #expect(own.flags.isEmpty, "\(unit)")
        }
    }

    // A value beyond the run's treated range: I4 = 120 > 100 is flagged; clipped it scores 100
    // (D2 = 100, IDX = (93.75 + 100)/2 = 96.875); extrapolated it scores 120 (D2 = 120,
    // IDX = (93.75 + 120)/2 = 106.875). I2 = −8 < 0 is below its range: clipped to 0 → 100.
    @Test func beyondTheRangeIsClippedAndFlagged() throws {
        let clipped = try Self.assess([50, 5, .nan, 120])
        #expect(clipped.flags == [RangeFlag(indicator: "I4", value: 120, range: 0...100, goalposts: false, side: .above, clipped: true)])
        #expect(clipped.scores[3] == 100)
        #expect(ScoringFixtures.close(clipped.index, 96.875))
        let extrapolated = try Self.assess([50, 5, .nan, 120], extrapolate: true)
        #expect(extrapolated.flags == [RangeFlag(indicator: "I4", value: 120, range: 0...100, goalposts: false, side: .above, clipped: false)])
        #expect(extrapolated.scores[3] == 120)
        #expect(ScoringFixtures.close(extrapolated.index, 106.875))
        #expect(extrapolated.indexPlacement.rank == 1)
        let below = try Self.assess([50, -8, .nan, 30])
        #expect(below.flags == [RangeFlag(indicator: "I2", value: -8, range: 0...40, goalposts: false, side: .below, clipped: true)])
        #expect(below.scores[1] == 100)
    }

    // Every value at the run's best (I1 at the raw maximum 100, I2 at 0, I3 at 15, I4 at 100)
    // scores 100 everywhere and ranks 1; in a run where a member is best everywhere too, the
    // rank 1 is shared with it.
    @Test func allBestScoresHundredAndRanksFirst() throws {
        let best = try Self.assess([100, 0, 15, 100])
        #expect(best.scores == [100, 100, 100, 100, 100, 100, 100])
        #expect(best.placements.allSatisfy { $0.rank == 1 })
        #expect(best.flags.isEmpty)

        let input = ScoringFixtures.input(units: ["AAA", "BBB"], indicators: ["I1", "I2"], rows: [[1, 3], [2, 1]])
        let framework = ScoringFixtures.framework([
            ScoringFixtures.indicator("I1", in: "D1"), ScoringFixtures.indicator("I2", in: "D1", polarity: .negative),
        ], dimensions: ["D1"], method: Method(treatment: .none, normalisation: .minMax(low: 0, high: 100)))
        let pipeline = try ScoringPipeline(framework: framework)
        let scores = try pipeline.run(input)
        #expect(scores.index == [0, 100])
        let new = try #require(try Assessment(pipeline: pipeline, input: input, scores: scores)
            .assess(ScoringFixtures.input(units: ["NEW"], indicators: ["I1", "I2"], rows: [[2, 1]])).first)
        #expect(new.index == 100)
        #expect(new.indexPlacement.rank == 1 && new.indexPlacement.of == 3)
    }

    // Rank normalisation places a value among the run's values: 1 + those below it.
    @Test func rankNormalisationPlacesAmongTheRunsValues() throws {
        let input = ScoringFixtures.input(units: ["AAA", "BBB", "CCC"], indicators: ["I1"], rows: [[10], [20], [30]])
        let framework = ScoringFixtures.framework([ScoringFixtures.indicator("I1", in: "D1")], dimensions: ["D1"],
                                                  method: Method(treatment: .none, normalisation: .rank))
        let pipeline = try ScoringPipeline(framework: framework)
        let assessment = Assessment(pipeline: pipeline, input: input, scores: try pipeline.run(input))
        let new = try assessment.assess(ScoringFixtures.input(units: ["NEW", "OLD"], indicators: ["I1"], rows: [[25], [20]]))
        // 25: 10 and 20 below → 3, ties CCC at rank 1; 20: 10 below → 2, ties BBB behind CCC.
        #expect(new.map { $0.scores[0] } == [3, 2])
        #expect(new.map(\.indexPlacement.rank) == [1, 2])
    }

    @Test func aScreenedOutUnitIsRefused() throws {
        var framework = Self.framework
        framework.method.coverage = CoverageRule(countryMinimum: 0.75, excludeCountries: true)
        let pipeline = try ScoringPipeline(framework: framework)
        let assessment = Assessment(pipeline: pipeline, input: Self.input, scores: try pipeline.run(Self.input))
        let new = ScoringFixtures.input(units: ["NEW"], indicators: Self.indicators, rows: [[1, .nan, .nan, 3]])
        #expect(throws: ScoringError.screenedOut(unit: "NEW", observed: 2, total: 4, countryMinimum: 0.75)) { try assessment.assess(new) }
    }

    /// The run's scores with the hand-worked NEW added as a sixth row: every run row as it was,
    /// NEW's raw, treated and normalised values, scores, would-be ranks, tier, match, treated
    /// point; the stages an assessment does not keep are missing.
    @Test func theRunsScoresWithAnAssessedRowAdded() throws {
        let assessment = try Self.assessment()
        let new = try Self.assess([50, 5, .nan, 30])
        let scores = assessment.scores.adding(new)
        #expect(scores.units == Self.units + ["NEW"])
        for (row, unit) in Self.units.enumerated() {
            for column in assessment.scores.aggregated.columns.indices {
                #expect(scores.aggregated[row, column].isNaN == assessment.scores.aggregated[row, column].isNaN)
                if !assessment.scores.aggregated[row, column].isNaN {
                    #expect(scores.aggregated[row, column] == assessment.scores.aggregated[row, column], "\(unit)")
                    #expect(scores.ranks[row, column] == assessment.scores.ranks[row, column], "\(unit)")
                }
            }
        }
        let row = 5
        func values(_ table: ScoreTable, _ codes: [String]) -> [Double] {
            codes.map { table[row: "NEW", column: $0].map { $0.isNaN ? -1 : $0 } ?? -2 }
        }
        #expect(values(scores.raw, Self.indicators) == [50, 5, -1, 30])
        #expect(values(scores.treated, Self.indicators) == [4, 5, -1, 30])
        #expect(values(scores.normalised, Self.indicators) == [100, 87.5, -1, 30])
        #expect(values(scores.aggregated, ["D1", "D2", "IDX"]) == [93.75, 30, 61.875])
        #expect(values(scores.ranks, Self.indicators + ["D1", "D2", "IDX"]) == [1, 2, -1, 4, 1, 4, 3])
        #expect(values(scores.imputed, Self.indicators) == [-1, -1, -1, -1])
        #expect(scores.tiers[row] == "leading")
        #expect(scores.match?.last?.unit == "NEW" && scores.match?.last?.quadrant == .developmentAhead)
        #expect(scores.treatedPoints.filter { $0.unit == "NEW" } == new.treatedPoints)
        #expect(scores.unitCoverage.count == 6)
        #expect(scores.years.count == scores.raw.values.count)
        #expect(scores.years[0 ..< 5] == assessment.scores.years[0 ..< 5] && scores.years[5] == nil)
    }
}
