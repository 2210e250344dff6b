// Exact ties in COINr stay exact ties here, and share a rank.

import AgileCore
import Testing

@Suite struct TieTests {
    // X and Y have the same three values in different indicators: (0.6, 0.63, 0.07) and
    // (0.63, 0.07, 0.6). LOW (all 0) and HIGH (all 1) fix every column to [0, 1], so min-max
    // [0, 1] leaves the values as they are. D = Σ (1/3)·x in indicator order:
    //   X: (1/3)·0.6 + (1/3)·0.63 + (1/3)·0.07      Y: (1/3)·0.63 + (1/3)·0.07 + (1/3)·0.6
    // Added in doubles these are 0.4333333333333333 and 0.43333333333333335 (one ulp apart);
    // R's sum() adds in long double and rounds once, so COINr gives both 0.4333333333333333
    // and ranks them 2 and 2. The pipeline must do the same.
    @Test func permutedChildrenTie() throws {
        let framework = ScoringFixtures.framework(
            ["A", "B", "C"].map { ScoringFixtures.indicator($0, in: "D") }, dimensions: ["D"],
            method: Method(treatment: .none, normalisation: .minMax(low: 0, high: 1)))
        let input = ScoringFixtures.input(units: ["LOW", "X", "Y", "HIGH"], indicators: ["A", "B", "C"], rows: [
            [0, 0, 0], [0.6, 0.63, 0.07], [0.63, 0.07, 0.6], [1, 1, 1],
        ])
        let third = 1.0 / 3
        let plainX = third * 0.6 + third * 0.63 + third * 0.07
        let plainY = third * 0.63 + third * 0.07 + third * 0.6
        #expect(plainX != plainY, "the case must split under plain double sums")

        let scores = try ScoringPipeline(framework: framework).run(input)
        let x = try #require(scores.aggregated[row: "X", column: "IDX"])
        let y = try #require(scores.aggregated[row: "Y", column: "IDX"])
        #expect(x == y)
        #expect(x == 0.4333333333333333)
        #expect(scores.indexRanks == [4, 2, 2, 1])
        #expect(scores.ranks.column(named: "D") == [4, 2, 2, 1])
    }

    @Test func extendedSumRoundsOnce() {
        var sum = ExtendedSum()
        for x in [1e16, 1, 1, -1e16] { sum.add(x) }
        // In doubles 1e16 + 1 rounds back to 1e16 and both ones are lost.
        #expect(sum.value == 2)
    }
}
