// Goalpost normalisation on 3 countries, every score worked out by hand: posts in raw and in
// treated units through log1p, a flipped negative indicator, an ordinal on its scale, the scale
// and truncation choices, and the errors when posts are missing or unusable.

import AgileCore
import Foundation
import Testing

@Suite struct GoalpostScoringTests {
    // D = {A, B, C, O}, IDX = D. Goalposts, no outlier treatment, arithmetic means.
    //
    //            A     B (log1p)   C (negative)   O (ordinal 0–3)
    //     XXX   10        9           15              0
    //     YYY   25       99           30              2
    //     ZZZ   60      999           40              3
    //
    // A: posts 0–50:               x/50 → 0.2, 0.5, 1.2 cut to 1              → 20, 50, 100
    // B: posts 0–999 raw, so log1p(0)…log1p(999) = 0…ln 1000 on the log1p values ln 10,
    //    ln 100, ln 1000:          1/3, 2/3, 1                                 → 33.3…, 66.6…, 100
    // C: posts 10–30, negative: COINr flips them (−30, −10) on −x: (30 − x)/20
    //                              → 0.75, 0, −0.5 cut to 0                    → 75, 0, 0
    // O: posts = its scale 0–3:    0, 2/3, 1                                   → 0, 66.6…, 100
    // D = IDX = mean of the four:  XXX (20 + 100/3 + 75 + 0)/4 = 128.33…/4 = 32.083…
    //                              YYY (50 + 200/3 + 0 + 200/3)/4 = 183.33…/4 = 45.83…
    //                              ZZZ (100 + 100 + 0 + 100)/4 = 75
    static let units = ["XXX", "YYY", "ZZZ"]
    static let rows: [[Double]] = [[10, 9, 15, 0], [25, 99, 30, 2], [60, 999, 40, 3]]

    static func framework(
        normalisation: Normalisation = .goalposts(scale: 100), a: Goalposts? = Goalposts(0...50),
        b: Goalposts = Goalposts(0...999, units: .raw), treatment: Treatment = .none
    ) -> Framework {
        ScoringFixtures.framework([
            Indicator(id: "A", name: "A", parent: "D", type: .index, scale: Scale(), overrides: MethodOverrides(goalposts: a)),
            Indicator(id: "B", name: "B", parent: "D", type: .count, transform: .log1p, overrides: MethodOverrides(goalposts: b)),
            Indicator(id: "C", name: "C", parent: "D", type: .index, scale: Scale(), polarity: .negative, overrides: MethodOverrides(goalposts: Goalposts(10...30))),
            Indicator(id: "O", name: "O", parent: "D", type: .ordinal, scale: Scale(minimum: 0, maximum: 3, integer: true), overrides: MethodOverrides(goalposts: Goalposts(.scale))),
        ], dimensions: ["D"], method: Method(treatment: treatment, normalisation: normalisation))
    }

    static func run(_ framework: Framework, rows: [[Double]] = rows) throws -> Scores {
        try ScoringPipeline(framework: framework).run(ScoringFixtures.input(units: units, indicators: ["A", "B", "C", "O"], rows: rows))
    }

    func expect(_ scores: Scores, _ column: String, _ expected: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        let values = Self.units.map { scores.aggregated[row: $0, column: column]! }
        #expect(zip(values, expected).allSatisfy { ScoringFixtures.close($0, $1) }, "\(column): \(values) ≠ \(expected)", sourceLocation: sourceLocation)
    }

    @Test func threeCountriesByHand() throws {
        let scores = try Self.run(Self.framework())
        expect(scores, "A", [20, 50, 100])
        expect(scores, "B", [100.0 / 3, 200.0 / 3, 100])
        expect(scores, "C", [75, 0, 0])
        expect(scores, "O", [0, 200.0 / 3, 100])
        expect(scores, "IDX", [(20 + 100.0 / 3 + 75) / 4, (50 + 400.0 / 3) / 4, 75])
        #expect(scores.constantIndicators.isEmpty)
    }

    /// Posts declared on the log1p scale are used as they are: ln 10 … ln 1000 puts the three
    /// countries at 0, 1/2 and 1.
    @Test func treatedUnitsAreNotTransformedAgain() throws {
        let scores = try Self.run(Self.framework(b: Goalposts(log1p(9)...log1p(999), units: .treated)))
        expect(scores, "B", [0, 50, 100])
    }

    /// The same countries a year later, each better on A (10 → 20, 25 → 30, 60 → 110): with
    /// min-max YYY's score falls, because ZZZ moved the field; with goalposts it rises.
    @Test func fixedPostsKeepAYearsImprovementAnImprovement() throws {
        let later: [[Double]] = [[20, 9, 15, 0], [30, 99, 30, 2], [110, 999, 40, 3]]
        expect(try Self.run(Self.framework(), rows: later), "A", [40, 60, 100])
        // Min-max: YYY (25 − 10)/50·100 = 30 before, (30 − 20)/90·100 = 11.1… after.
        let minMax = Self.framework(normalisation: .minMax(low: 0, high: 100))
        #expect(ScoringFixtures.close(try Self.run(minMax).aggregated[row: "YYY", column: "A"]!, 30))
        #expect(ScoringFixtures.close(try Self.run(minMax, rows: later).aggregated[row: "YYY", column: "A"]!, 100.0 / 9))
    }

    /// The run's scale applies to every indicator; without one, an indicator's own scale (a
    /// COINr iMeta's goalpost_scale), else 100.
    @Test func scales() throws {
        expect(try Self.run(Self.framework(normalisation: .goalposts(scale: 1))), "A", [0.2, 0.5, 1])
        expect(try Self.run(Self.framework(normalisation: .goalposts(scale: nil))), "A", [20, 50, 100])
        let own = Self.framework(normalisation: .goalposts(scale: nil), a: Goalposts(0...50, scale: 10))
        expect(try Self.run(own), "A", [2, 5, 10])
        expect(try Self.run(own), "C", [75, 0, 0])
        let given = Self.framework(normalisation: .goalposts(scale: 100), a: Goalposts(0...50, scale: 10))
        expect(try Self.run(given), "A", [20, 50, 100])
    }

    /// Without truncation (COINr's trunc2posts = FALSE) a value beyond a post scores beyond the
    /// scale: ZZZ's 60 on posts 0–50 is 120.
    @Test func truncationCanBeTurnedOff() throws {
        expect(try Self.run(Self.framework(a: Goalposts(0...50, truncates: false))), "A", [20, 50, 120])
    }

    /// COINr's own examples of n_goalposts (tests/testthat/test-normalise.R): 1 on 0–10 is 0.1,
    /// 11 is 1, −1 is 0; flipped (direction −1): 0.9, 0 and 1.
    @Test func coinrDocumentedExamples() throws {
        func normalise(_ x: [Double], direction: Double) throws -> [Double] {
            let normalisation = IndicatorNormalisation(method: .goalposts(scale: 1), direction: direction, goalposts: 0...10)
            var out = [Double](repeating: 0, count: x.count)
            _ = try x.withUnsafeBufferPointer { x in try out.withUnsafeMutableBufferPointer { try normalisation.normalise(x, into: $0) } }
            return out
        }
        #expect(try normalise([1, 11, -1], direction: 1) == [0.1, 1, 0])
        #expect(try normalise([1, 11, -1], direction: -1) == [0.9, 0, 1])
    }

    @Test func anIndicatorWithoutGoalpostsIsNamed() {
        var framework = Self.framework(a: nil)
        framework.indicators[0].provenance = Provenance(file: "own.xml", line: 12)
        let error = ScoringError.missingGoalposts(indicator: "A", declaredAt: Provenance(file: "own.xml", line: 12))
        #expect(throws: error) { try ScoringPipeline(framework: framework) }
        #expect(error.description == "own.xml:12: goalpost normalisation of 'A' needs goalposts, and it declares none: "
            + "in a registry add <goalposts low=\"…\" high=\"…\"/> (or <goalposts from=\"scale\"/>) to the indicator; "
            + "in a COINr iMeta fill its goalpost_lower and goalpost_upper columns")
        // Other normalisations do not need them.
        #expect((try? ScoringPipeline(framework: Self.framework(normalisation: .minMax(low: 0, high: 100), a: nil))) != nil)
    }

    @Test func unusablePostsAreNamed() {
        // A count's scale has no maximum.
        var framework = Self.framework()
        framework.indicators[1].overrides.goalposts = Goalposts(.scale)
        #expect(throws: ScoringError.unusableGoalposts(indicator: "B", problem: .unboundedScale, declaredAt: nil)) {
            try ScoringPipeline(framework: framework)
        }
        framework.indicators[1].overrides.goalposts = Goalposts(-2...5, units: .raw)
        let outside = ScoringError.unusableGoalposts(indicator: "B", problem: .outsideTransformDomain(transform: .log1p, post: -2), declaredAt: nil)
        #expect(throws: outside) { try ScoringPipeline(framework: framework) }
        #expect(outside.description == "goalpost normalisation of 'B': its goalpost -2 (raw units) is outside the log1p transform's domain (values > −1); "
            + "declare posts > −1, or units=\"treated\"")
        framework.indicators[3].denominator = "POP"
        framework.indicators[1].overrides.goalposts = Goalposts(0...999)
        #expect(throws: ScoringError.unusableGoalposts(indicator: "O", problem: .scaleOfDividedIndicator(denominator: "POP"), declaredAt: nil)) {
            try ScoringPipeline(framework: framework)
        }
    }

    /// COINr's log fallback (log(x − min + 0.01·range)) depends on the year's values: no fixed
    /// posts fit it, so the run stops rather than score every value against posts in other units.
    @Test func postsRefuseTheLogFallbackOfTheTreatment() throws {
        // A: 1, 1, 1, 1, 1, 1, 1000 over seven units is skewed past any winsorising of 0 points.
        let units = ["U1", "U2", "U3", "U4", "U5", "U6", "U7"]
        let framework = ScoringFixtures.framework(
            [Indicator(id: "A", name: "A", parent: "D", type: .index, scale: Scale(), overrides: MethodOverrides(goalposts: Goalposts(0...1000)))],
            dimensions: ["D"],
            method: Method(treatment: .skewKurtosis(SkewKurtosisRule(winmax: 0)), normalisation: .goalposts(scale: 100)))
        let input = ScoringFixtures.input(units: units, indicators: ["A"], rows: [[1], [1], [1], [1], [1], [1], [1000]])
        let error = ScoringError.goalpostsAfterLogTreatment(indicator: "A")
        #expect(throws: error) { try ScoringPipeline(framework: framework).run(input) }
        #expect(error.description.hasPrefix("goalpost normalisation of 'A': the outlier treatment log-transformed it (winsorising did not pass)"))
    }
}
