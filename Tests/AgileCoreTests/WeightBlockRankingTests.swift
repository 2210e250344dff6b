// The blocked ranking of weights-only replications on a small case: ties, a unit without data.

import AgileCore
import Testing

@Suite struct WeightBlockRankingTests {
    // Five units, two indicators in two dimensions. A and B have the same data, so they tie
    // in every replication (the geometric mean's close-sum path and the arithmetic equality
    // path); E has no data, so it is never ranked.
    //          I1   I2
    //   A       1    5
    //   B       1    5
    //   C       3    2
    //   D       5    1
    //   E      NA   NA
    static func model() throws -> AuditModel {
        let framework = ScoringFixtures.framework(
            [ScoringFixtures.indicator("I1", in: "D1"), ScoringFixtures.indicator("I2", in: "D2")], dimensions: ["D1", "D2"],
            method: Method(coverage: CoverageRule(countryMinimum: 0), treatment: .none, normalisation: .minMax(low: 1, high: 100)))
        let input = ScoringFixtures.input(
            units: ["A", "B", "C", "D", "E"], indicators: ["I1", "I2"], rows: [[1, 5], [1, 5], [3, 2], [5, 1], [.nan, .nan]])
        return try AuditModel(framework: framework, input: input)
    }

    @Test func tiesAndUnrankedUnitsInBlocks() throws {
        let model = try Self.model()
        let design = UncertaintyDesign(aggregations: [.arithmetic, .geometric], weights: WeightPerturbation(factor: 0.5, levels: [2]))
        let fast = try UncertaintyAnalysis.run(model, design: design, count: 200, seed: 3, exact: false)
        let replayed = try UncertaintyAnalysis.replay(model, replications: fast.replications, exact: false)
        #expect(fast.ranks.count == 200)
        for (mine, theirs) in zip(fast.ranks, replayed.ranks) {
            #expect(mine[0] == mine[1], "A and B tie: \(mine)")
            #expect(mine[4].isNaN && theirs[4].isNaN)
            #expect(Array(mine.prefix(4)) == Array(theirs.prefix(4)))
        }
        // Normalised onto [1, 100]: A = B = (1, 100), C = (50.5, 25.75), D = (100, 1). With
        // weights w1, w2 of D1, D2 (arithmetic mean): A and B lead when w2 > w1; D leads
        // otherwise, and C also passes them when w1 > 1.5 w2 (weights × U(0.5, 1.5)): places
        // 1, 2 and 3 all occur.
        #expect(Set(fast.ranks.map { $0[0] }) == [1, 2, 3])
        let e = try #require(fast.statistics.last)
        #expect(e.unit == "E" && e.mean.isNaN && e.median.isNaN && e.meanAbsoluteShift.isNaN)
        #expect(fast.statisticsCSV() == replayed.statisticsCSV())
        #expect(fast.ranksCSV().split(separator: "\n").last?.hasPrefix("E,NA,NA,NA") == true)
    }
}
