// Effective weights and leave-one-out on small frameworks worked out by hand.

import AgileCore
import Testing

@Suite struct WeightSharesTests {
    static let method = Method(treatment: .none, normalisation: .minMax(low: 0, high: 100))

    /// D1 (I1, I2, I3) and D2 (I4 weighted 1, I5 weighted 3) under an index weighting them
    /// equally; C lacks I1.
    static func model() throws -> AuditModel {
        let indicators = [
            ScoringFixtures.indicator("I1", in: "D1"), ScoringFixtures.indicator("I2", in: "D1"), ScoringFixtures.indicator("I3", in: "D1"),
            ScoringFixtures.indicator("I4", in: "D2"), ScoringFixtures.indicator("I5", in: "D2", weight: 3),
        ]
        let framework = ScoringFixtures.framework(indicators, dimensions: ["D1", "D2"], method: method)
        let input = ScoringFixtures.input(units: ["A", "B", "C"], indicators: ["I1", "I2", "I3", "I4", "I5"], rows: [
            [10, 1, 5, 2, 8], [20, 3, 1, 4, 6], [.nan, 2, 3, 6, 7],
        ])
        return try AuditModel(framework: framework, input: input)
    }

    /// Declared shares are products of relative weights (1/2 × 1/3 = 1/6, 1/2 × 3/4 = 3/8);
    /// implied shares re-scale C's D1 over I2 and I3 (I1: (1/6 + 1/6 + 0)/3 = 1/9,
    /// I2: (1/6 + 1/6 + 1/4)/3 = 7/36); every kind of share sums to 1 per level.
    @Test func declaredAndImpliedShares() throws {
        let shares = WeightShares(model: try Self.model())
        func node(_ code: String) throws -> NodeWeight { try #require(shares.nodes.first { $0.node == code }) }
        #expect(shares.nodes.map(\.node) == ["I1", "I2", "I3", "I4", "I5", "D1", "D2"])
        #expect(ScoringFixtures.close(try node("I1").declared, 1.0 / 6))
        #expect(ScoringFixtures.close(try node("I4").declared, 1.0 / 8))
        #expect(ScoringFixtures.close(try node("I5").declared, 3.0 / 8))
        #expect(ScoringFixtures.close(try node("D2").declared, 1.0 / 2))
        #expect(ScoringFixtures.close(try node("I1").implied, 1.0 / 9))
        #expect(ScoringFixtures.close(try node("I2").implied, 7.0 / 36))
        #expect(ScoringFixtures.close(try node("I5").implied, 3.0 / 8))
        #expect(try node("I1").parent == "D1")
        for level in [1, 2] {
            let nodes = shares.nodes.filter { $0.level == level }
            #expect(ScoringFixtures.close(nodes.map(\.declared).reduce(0, +), 1))
            #expect(ScoringFixtures.close(nodes.map(\.implied).reduce(0, +), 1))
            #expect(ScoringFixtures.close(nodes.map(\.correlationShare).reduce(0, +), 1))
        }
        let d1 = try #require(shares.correlations.first { $0.parent == "D1" })
        #expect(d1.children == ["I1", "I2", "I3"])
        #expect(d1.matrix[0][0] == 1 && d1.matrix[1][2] == d1.matrix[2][1])
        #expect(shares.correlations.last?.parent == "IDX")
    }

    /// r of (1, 2, 3, 4) and (2, 4, 5, 9): Σdxdy = 11, Σdx² = 5, Σdy² = 26, so r = 11/√130; a
    /// pair with a missing side is left out; a constant side gives NaN.
    @Test func pearsonByHand() {
        #expect(ScoringFixtures.close(Correlation.pearson([1, 2, 3, 4], [2, 4, 5, 9]), 11 / 130.0.squareRoot()))
        #expect(ScoringFixtures.close(Correlation.pearson([1, 2, .nan, 3, 4], [2, 4, 100, 5, 9]), 11 / 130.0.squareRoot()))
        #expect(ScoringFixtures.close(Correlation.pearson([4, 3, 2, 1], [2, 4, 5, 9]), -11 / 130.0.squareRoot()))
        #expect(Correlation.pearson([1, 1, 1], [1, 2, 3]).isNaN)
        #expect(Correlation.pearson([1], [1]).isNaN)
    }

    /// I3 runs against I1 = I2 (r = −0.8 on ranks 0…3): r with the index is −3/√45 ≈ −0.45
    /// against 6/√45 for I1 and I2, so I3's correlation share is 0.2/1.8 = 1/9 of a declared
    /// 1/3: flagged negative and diverging.
    @Test func divergenceFlags() throws {
        let indicators = [ScoringFixtures.indicator("I1", in: "D1"), ScoringFixtures.indicator("I2", in: "D1"), ScoringFixtures.indicator("I3", in: "D1")]
        let framework = ScoringFixtures.framework(indicators, dimensions: ["D1"], method: Self.method)
        let input = ScoringFixtures.input(units: ["A", "B", "C", "D"], indicators: ["I1", "I2", "I3"], rows: [
            [1, 1, 4], [2, 2, 2], [3, 3, 3], [4, 4, 1],
        ])
        let shares = WeightShares(model: try AuditModel(framework: framework, input: input))
        let i3 = try #require(shares.nodes.first { $0.node == "I3" })
        #expect(ScoringFixtures.close(i3.correlation, -3 / 45.0.squareRoot()))
        #expect(ScoringFixtures.close(i3.correlationShare, 1.0 / 9))
        #expect(i3.divergences.contains(.negativeCorrelation))
        #expect(i3.divergences.contains(.correlationShare))
        #expect(!i3.divergences.contains(.impliedShare))
        #expect(shares.nodes.first { $0.node == "I1" }?.divergences == [])
    }

    /// Three countries, three equally weighted indicators in one dimension (normalised values
    /// I1 = 100, 20, 0; I2 = 80, 0, 100; I3 = 0, 100, 30): the index ranks A, C, B. Without I1
    /// the sums are 80, 100, 130 (C, B, A: A −2, B +1, C +1); without I2 100, 120, 30 (B, A, C:
    /// B +2, A −1, C −1); without I3 180, 20, 100 (no change).
    @Test func leaveOneOutByHand() throws {
        let indicators = [ScoringFixtures.indicator("I1", in: "D1"), ScoringFixtures.indicator("I2", in: "D1"), ScoringFixtures.indicator("I3", in: "D1")]
        let framework = ScoringFixtures.framework(indicators, dimensions: ["D1"], method: Self.method)
        let input = ScoringFixtures.input(units: ["A", "B", "C"], indicators: ["I1", "I2", "I3"], rows: [
            [100, 80, 0], [20, 0, 100], [0, 100, 30],
        ])
        let model = try AuditModel(framework: framework, input: input)
        #expect(model.nominalRanks == [1, 3, 2])
        let removals = try LeaveOneOut(model: model, level: 1).removals
        #expect(removals == [
            NodeRemoval(node: "I1", level: 1, meanAbsoluteRankChange: 4.0 / 3, largestMover: "A", largestMove: -2),
            NodeRemoval(node: "I2", level: 1, meanAbsoluteRankChange: 4.0 / 3, largestMover: "B", largestMove: 2),
            NodeRemoval(node: "I3", level: 1, meanAbsoluteRankChange: 0, largestMover: nil, largestMove: 0),
        ])
        #expect(try LeaveOneOut.comparison(model, removing: []).meanAbsoluteRankChange == 0)
        #expect(try LeaveOneOut(model: model, level: 2).removals.map(\.meanAbsoluteRankChange).allSatisfy(\.isNaN))
    }
}
