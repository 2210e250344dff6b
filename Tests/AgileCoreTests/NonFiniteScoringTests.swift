// Numbers too large for double precision stop the pipeline with an error that names the step and
// the indicator or aggregate, instead of scores of inf, NA or every unit tied.

import AgileCore
import Testing

@Suite struct NonFiniteScoringTests {
    /// `method` on one column, as the pipeline normalises it.
    func normalise(_ method: Normalisation, _ column: [Double], goalposts: ClosedRange<Double>? = nil, target: Double? = nil) throws(IndicatorNormalisation.Overflow) -> [Double] {
        let normalisation = IndicatorNormalisation(method: method, direction: 1, goalposts: goalposts, target: target)
        var out = [Double](repeating: 0, count: column.count)
        try column.withUnsafeBufferPointer { x throws(IndicatorNormalisation.Overflow) in
            try out.withUnsafeMutableBufferPointer { out throws(IndicatorNormalisation.Overflow) in _ = try normalisation.normalise(x, into: out) }
        }
        return out
    }

    /// The pipeline of one dimension D of I1 and I2 under IDX, run on units A, B, C.
    func run(_ rows: [[Double]], method: Method, indicators: [Indicator]? = nil, input: ScoringInput? = nil) throws(ScoringError) -> Scores {
        let framework = ScoringFixtures.framework(indicators ?? [ScoringFixtures.indicator("I1", in: "D"), ScoringFixtures.indicator("I2", in: "D")],
                                                  dimensions: ["D"], method: method)
        let input = input ?? ScoringFixtures.input(units: ["A", "B", "C"], indicators: ["I1", "I2"], rows: rows)
        return try ScoringPipeline(framework: framework).run(input)
    }

    @Test func aRangeThatOverflowsUnderMinMax() throws {
        // max − min = 1.7e308 − (−1.7e308) is beyond the largest double: before, the top value
        // became NaN (∞/∞) and the others 0.
        #expect(throws: IndicatorNormalisation.Overflow(quantity: "the range max − min")) {
            try normalise(.minMax(low: 0, high: 100), [-1.7e308, 1.7e308, 0])
        }
        #expect(throws: IndicatorNormalisation.Overflow(quantity: "the range max − min")) { try normalise(.distanceToMax, [-1.7e308, 1.7e308, 0]) }
        // The same values 10 orders of magnitude smaller are fine: 0, 100, 50.
        #expect(try normalise(.minMax(low: 0, high: 100), [-1.7e298, 1.7e298, 0]) == [0, 100, 50])
    }

    @Test func aStandardDeviationThatOverflowsUnderZScores() throws {
        // Deviations of about 1e308 square to about 1e616: the variance is not a double, and
        // before, every z-score came out 0 (every unit at the mean).
        #expect(throws: IndicatorNormalisation.Overflow(quantity: "the standard deviation")) {
            try normalise(.zScore(mean: 0, sd: 1), [1e308, 1.5e308, 0])
        }
    }

    @Test func normalisedValuesAndParametersThatOverflow() throws {
        // 10 ± 1.7e308 × z: z = 14/3 / sqrt(52/3) ≈ 1.12 for the value 10, beyond the largest double.
        #expect(throws: IndicatorNormalisation.Overflow(quantity: "a normalised value", row: 3)) {
            try normalise(.zScore(mean: 0, sd: 1.7e308), [2, 4, .nan, 10])
        }
        // Parameters only a registry can give (the command line refuses them).
        #expect(throws: IndicatorNormalisation.Overflow(quantity: "the middle (L + U)/2")) {
            try normalise(.minMax(low: 1e308, high: 1.7e308), [5, 5])
        }
        #expect(throws: IndicatorNormalisation.Overflow(quantity: "the distance between the goalposts")) {
            try normalise(.goalposts(scale: 100), [1, 2], goalposts: -1.7e308...1.7e308)
        }
        #expect(throws: IndicatorNormalisation.Overflow(quantity: "the distance from the minimum to the target")) {
            try normalise(.distanceToTarget, [-1.7e308, 0], target: 1.7e308)
        }
    }

    @Test func thePipelineNamesTheIndicatorAndTheStep() throws {
        let error = ScoringError.notFinite(step: .normalisation, node: "I1", quantity: "the range max − min")
        #expect(throws: error) { try run([[-1.7e308, 1], [1.7e308, 2], [0, 3]], method: Method(treatment: .none)) }
        #expect(error.description == "the normalisation of 'I1' overflows: the range max − min is not a finite number (the values are too large "
            + "or too far apart for double precision); scale the values down or choose another normalisation")
        #expect(throws: ScoringError.notFinite(step: .normalisation, node: "I1", quantity: "the standard deviation")) {
            try run([[1e308, 1], [1.5e308, 2], [0, 3]], method: Method(treatment: .none, normalisation: .zScore(mean: 0, sd: 1)))
        }
    }

    @Test func anAggregationWhosePowerOverflowsNamesTheAggregate() throws {
        // Min-max onto 0–100 gives I1 = 0, 50, 100; 100^300 = 1e600 is beyond the largest double.
        let error = ScoringError.notFinite(step: .aggregation, node: "D", quantity: "the generalised:300 mean for B")
        #expect(throws: error) {
            try run([[1, 1], [2, 2], [3, 3]], method: Method(treatment: .none, aggregation: .generalised(p: 300)))
        }
        #expect(error.description.hasPrefix("the aggregation of 'D' overflows: the generalised:300 mean for B is not a finite number"))
        // p = −300 on 1–100: 1^−300 is fine, but 0.5^−300 ≈ 2e90 is too, so use values below 0.1:
        // onto [1e-3, 1] the smallest child is 1e-3, and (1e-3)^−300 = 1e900 overflows.
        #expect(throws: ScoringError.notFinite(step: .aggregation, node: "D", quantity: "the generalised:-300 mean for A")) {
            try run([[1, 1], [2, 2], [3, 3]], method: Method(treatment: .none, normalisation: .minMax(low: 1e-3, high: 1), aggregation: .generalised(p: -300)))
        }
        // Weights that are all zero leave the aggregate missing, as before: NaN is not an overflow.
        let framework = ScoringFixtures.framework([ScoringFixtures.indicator("I1", in: "D", weight: 0), ScoringFixtures.indicator("I2", in: "D", weight: 0)],
                                                  dimensions: ["D"], method: Method(treatment: .none))
        let scores = try ScoringPipeline(framework: framework).run(ScoringFixtures.input(units: ["A", "B"], indicators: ["I1", "I2"], rows: [[1, 2], [3, 4]]))
        #expect(scores.aggregated[row: "A", column: "D"]!.isNaN)
    }

    @Test func aDenominationThatOverflows() throws {
        var indicator = ScoringFixtures.indicator("I1", in: "D")
        indicator.denominator = "POP"
        let raw = ScoreTable(rows: ["A", "B"], columns: ["I1", "I2"], values: [1e300, 1, 1, 2])
        let population = ScoreTable(rows: ["A", "B"], columns: ["POP"], values: [1e-10, 1])
        let input = ScoringInput(units: [Participant(code: "A"), Participant(code: "B")], raw: raw, denominators: population)
        #expect(throws: ScoringError.notFinite(step: .denomination, node: "I1", quantity: "the value of A divided by 'POP'")) {
            try run([], method: Method(treatment: .none), indicators: [indicator, ScoringFixtures.indicator("I2", in: "D")], input: input)
        }
    }

    @Test func aLogFallbackThatOverflows() throws {
        // Nine values at −1e308 and one at 1.7e308 fail the skew–kurtosis rule; with no point
        // to winsorise, the fallback logs x − min + 0.01 (max − min), and max − min overflows.
        let units = (0..<10).map { "U\($0)" }
        let rows = units.indices.map { [$0 == 9 ? 1.7e308 : -1e308, Double($0)] }
        let input = ScoringFixtures.input(units: units, indicators: ["I1", "I2"], rows: rows)
        #expect(throws: ScoringError.notFinite(step: .treatment, node: "I1", quantity: "the treated value of U0")) {
            try run([], method: Method(treatment: .skewKurtosis(SkewKurtosisRule(winmax: 0))), input: input)
        }
    }

    @Test func onlyFiniteOrMissingResultsAreRecordable() throws {
        let ranks = ScoreTable(rows: ["A", "B"], columns: ["X"], values: [1, .nan])
        try ScoreTable.checkRecordable(scores: ScoreTable(rows: ["A", "B"], columns: ["X"], values: [3.5, .nan]), ranks: ranks)
        #expect(throws: ScoringError.unrecordable(node: "X", unit: "B", quantity: "the score -inf")) {
            try ScoreTable.checkRecordable(scores: ScoreTable(rows: ["A", "B"], columns: ["X"], values: [3.5, -.infinity]), ranks: ranks)
        }
        #expect(throws: ScoringError.unrecordable(node: "X", unit: "A", quantity: "the rank 3.0")) {
            try ScoreTable.checkRecordable(scores: ScoreTable(rows: ["A", "B"], columns: ["X"], values: [1, 2]), ranks: ScoreTable(rows: ["A", "B"], columns: ["X"], values: [3, 1]))
        }
        #expect(ScoringError.unrecordable(node: "X", unit: "B", quantity: "the score -inf").description
            == "the run cannot be recorded: the score -inf of 'X' for B is neither a finite number nor missing")
    }
}
