// Each aggregation, weights, weight sets and missing children on small hand-computed inputs.

import AgileCore
import Testing

@Suite struct AggregationTests {
    // One dimension D of A (weight 1), B (weight 2), C (weight 1) under IDX. Goalposts 0–100
    // with scale 100 leave the values as they are: the unit U has children 10, 40, 80; LOW and
    // HIGH only keep the columns from being constant.
    static func scores(_ aggregation: Aggregation, values: [Double] = [10, 40, 80], weights: WeightChoice = .declared, minimum: Double = 0) throws -> Scores {
        let posts = MethodOverrides(goalposts: Goalposts(0...100))
        let framework = ScoringFixtures.framework(
            [
                ScoringFixtures.indicator("A", in: "D", overrides: posts),
                ScoringFixtures.indicator("B", in: "D", weight: 2, overrides: posts),
                ScoringFixtures.indicator("C", in: "D", overrides: posts),
            ],
            dimensions: ["D"],
            method: Method(
                coverage: CoverageRule(aggregateMinimum: minimum), treatment: .none,
                normalisation: .goalposts(scale: 100), aggregation: aggregation),
            weightSets: [WeightSet(id: "flat", name: "Flat", weights: ["B": 1])])
        let input = ScoringFixtures.input(units: ["U", "LOW", "HIGH"], indicators: ["A", "B", "C"], rows: [values, [1, 1, 1], [100, 100, 100]])
        return try ScoringPipeline(framework: framework, weights: weights).run(input)
    }

    static func dimension(_ scores: Scores) -> Double { scores.aggregated[row: "U", column: "D"]! }

    @Test func arithmetic() throws {
        // (10 + 2·40 + 80)/4
        #expect(ScoringFixtures.close(Self.dimension(try Self.scores(.arithmetic)), 42.5))
    }

    @Test func geometric() throws {
        // (10 · 40² · 80)^(1/4) = 1 280 000^(1/4)
        #expect(ScoringFixtures.close(Self.dimension(try Self.scores(.geometric)), (1_280_000.0).squareRoot().squareRoot()))
    }

    @Test func harmonic() throws {
        // 4 / (1/10 + 2/40 + 1/80) = 4 / 0.1625
        #expect(ScoringFixtures.close(Self.dimension(try Self.scores(.harmonic)), 4 / 0.1625))
    }

    @Test func generalised() throws {
        // p = 2: sqrt((10² + 2·40² + 80²)/4) = sqrt(2425); p = 1 is the arithmetic mean, p = 0 the geometric
        #expect(ScoringFixtures.close(Self.dimension(try Self.scores(.generalised(p: 2))), (2425.0).squareRoot()))
        #expect(ScoringFixtures.close(Self.dimension(try Self.scores(.generalised(p: 1))), 42.5))
        #expect(ScoringFixtures.close(Self.dimension(try Self.scores(.generalised(p: 0))), (1_280_000.0).squareRoot().squareRoot()))
    }

    @Test func equalWeightsAndWeightSets() throws {
        // (10 + 40 + 80)/3 with every weight 1, or with the set giving B weight 1
        #expect(ScoringFixtures.close(Self.dimension(try Self.scores(.arithmetic, weights: .equal)), 130.0 / 3))
        #expect(ScoringFixtures.close(Self.dimension(try Self.scores(.arithmetic, weights: .weightSet("flat"))), 130.0 / 3))
        #expect(throws: ScoringError.unknownWeightSet("heavy")) { try Self.scores(.arithmetic, weights: .weightSet("heavy")) }
        let pipeline = try ScoringPipeline(framework: ScoringFixtures.framework([ScoringFixtures.indicator("A", in: "D")], dimensions: ["D"]))
        #expect(pipeline.reweighted(["A": 3, "nothing": 5]).weights == [3, 1, 1])
    }

    @Test func missingChildrenAreDroppedOrLeaveTheNodeMissing() throws {
        // B missing: (10 + 80)/2, B's half of the weight is gone → available share 0.5
        let rescaled = try Self.scores(.arithmetic, values: [10, .nan, 80])
        #expect(ScoringFixtures.close(Self.dimension(rescaled), 45))
        #expect(rescaled.aggregationFlags == [AggregationFlag(unit: "U", node: "D", kind: .weightsRescaled, availableShare: 0.5)])
        // With an aggregate minimum of 0.6 the node is left missing, and so is the index above it.
        let dropped = try Self.scores(.arithmetic, values: [10, .nan, 80], minimum: 0.6)
        #expect(Self.dimension(dropped).isNaN)
        #expect(dropped.aggregated[row: "U", column: "IDX"]!.isNaN)
        #expect(dropped.indexRanks[0].isNaN)
        #expect(dropped.aggregationFlags.map(\.kind) == [.belowMinimum, .belowMinimum])
    }

    @Test func geometricMeanOfZeroSaysHowToFixIt() throws {
        let error = #expect(throws: ScoringError.self) { try Self.scores(.geometric, values: [0, 40, 80]) }
        #expect(error == .valueOutsideAggregationDomain(aggregation: .geometric, node: "D", child: "A", unit: "U", value: 0))
        #expect(error?.description == "the geometric mean of 'D' for U meets 0 in 'A': the geometric mean uses log, so every value must be > 0. Normalise onto [1, 100] (min-max with low 1) so that no value is zero or negative, or aggregate 'D' with the arithmetic mean")
        #expect(throws: ScoringError.self) { try Self.scores(.harmonic, values: [0, 40, 80]) }
    }
}
