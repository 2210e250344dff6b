// Self-assessment on the COINr ASEM example: every unit assessed with its own values gets its
// own scores and ranks back, in every reference build.

import AgileCore
import Testing

@Suite struct COINrAssessmentTests {
    /// Each build exercises another part of the frozen parameters: group-mean imputation after
    /// screening (A–D, G), screening before imputation (E), denominators (all but F),
    /// winsorisation and the log fallback (G), z-scores (C, D), geometric means (B).
    @Test(arguments: COINrVariant.allCases)
    func everyUnitGetsItsOwnScoresBack(_ variant: COINrVariant) throws {
        let pipeline = try ScoringPipeline(framework: variant.framework)
        let input = ConformanceFixtures.asem.input
        let scores = try variant.scores
        let assessment = Assessment(pipeline: pipeline, input: input, scores: scores)
        let rowOf = Dictionary(uniqueKeysWithValues: input.units.enumerated().map { ($1.code, $0) })
        let assessed = try assessment.assess(input.selecting(units: scores.units.map { rowOf[$0]! }))
        #expect(assessed.map(\.unit) == scores.units)
        var checked = 0
        for (row, unit) in assessed.enumerated() {
            #expect(unit.flags.isEmpty, "\(unit.unit)")
            for (node, placement) in unit.placements.enumerated() {
                let expected = scores.aggregated[row, node]
                #expect(close(placement.score, expected), "\(unit.unit) \(placement.node): \(placement.score) ≠ \(expected)")
                #expect(placement.rank.map(Double.init) == scores.ranks[row, node] || expected.isNaN && placement.rank == nil,
                        "\(unit.unit) \(placement.node)")
                checked += 1
            }
        }
        #expect(checked == scores.units.count * pipeline.nodes.count)
    }

    private func close(_ a: Double, _ b: Double) -> Bool {
        if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
        return abs(a - b) <= 1e-12 * max(1, abs(a), abs(b))
    }
}
