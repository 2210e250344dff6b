// Self-assessment on the sample: every country of the edition, assessed with its own stored
// values against the run, gets its own scores, pillar and dimension scores and rank back.

import AgileCore
import AgileUseCases
import Testing

@Suite struct SampleAssessmentTests {
    @Test func everySampleCountryGetsItsOwnScoresBack() throws {
        let store = try SampleStore()
        let run = try ScoringRun().score(store.edition())
        let pipeline = try ScoringPipeline(framework: run.framework, method: run.method, weights: run.weights)
        let assessment = Assessment(pipeline: pipeline, input: run.input, scores: run.scores)
        let rowOf = Dictionary(uniqueKeysWithValues: run.input.units.enumerated().map { ($1.code, $0) })
        let assessed = try assessment.assess(run.input.selecting(units: run.scores.units.map { rowOf[$0]! }))
        #expect(assessed.count == run.scores.units.count && assessed.count >= 14)
        for (row, unit) in assessed.enumerated() {
            #expect(unit.unit == run.scores.units[row])
            #expect(unit.flags.isEmpty, "\(unit.unit)")
            for (node, placement) in unit.placements.enumerated() {
                let expected = run.scores.aggregated[row, node]
                #expect(ScoringFixtures.close(placement.score, expected), "\(unit.unit) \(placement.node)")
                #expect(placement.rank.map(Double.init) == run.scores.ranks[row, node] || (expected.isNaN && placement.rank == nil),
                        "\(unit.unit) \(placement.node)")
            }
            #expect(unit.tier == run.scores.tiers[row])
            #expect(unit.match?.quadrant == run.scores.match?[row].quadrant)
        }
    }
}

/// The 1e-12 comparison of the scoring tests.
private enum ScoringFixtures {
    static func close(_ a: Double, _ b: Double) -> Bool {
        if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
        return abs(a - b) <= 1e-12 * max(1, abs(a), abs(b))
    }
}
