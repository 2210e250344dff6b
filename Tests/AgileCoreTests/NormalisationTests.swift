// Each normalisation method on one small column, worked out by hand.

import AgileCore
import Testing

@Suite struct NormalisationTests {
    /// The column 2, 4, NA, 10 (observed min 2, max 10, mean 16/3).
    static let column: [Double] = [2, 4, .nan, 10]

    func normalise(_ method: Normalisation, polarity: Polarity = .positive, goalposts: ClosedRange<Double>? = nil, target: Double? = nil, column: [Double] = column) throws(IndicatorNormalisation.Overflow) -> (values: [Double], constant: Double?) {
        let normalisation = IndicatorNormalisation(method: method, direction: polarity.direction, goalposts: goalposts, target: target)
        var out = [Double](repeating: 0, count: column.count)
        let constant = try column.withUnsafeBufferPointer { x throws(IndicatorNormalisation.Overflow) in
            try out.withUnsafeMutableBufferPointer { out throws(IndicatorNormalisation.Overflow) in try normalisation.normalise(x, into: out) }
        }
        return (out, constant)
    }

    func expect(_ values: [Double], _ expected: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(zip(values, expected).allSatisfy { ScoringFixtures.close($0, $1) }, "\(values) ≠ \(expected)", sourceLocation: sourceLocation)
    }

    @Test func minMax() throws {
        // (x − 2)/8·100
        expect(try normalise(.minMax(low: 0, high: 100)).values, [0, 25, .nan, 100])
        // (x − 2)/8·99 + 1
        expect(try normalise(.minMax(low: 1, high: 100)).values, [1, 25.75, .nan, 100])
        // Negative polarity: −x in [−10, −2], (−x + 10)/8·100
        expect(try normalise(.minMax(low: 0, high: 100), polarity: .negative).values, [100, 75, .nan, 0])
    }

    @Test func zScore() throws {
        // mean 16/3; deviations −10/3, −4/3, 14/3; Σd² = 312/9 = 104/3; sd = sqrt(52/3)
        let sd = (52.0 / 3).squareRoot()
        expect(try normalise(.zScore(mean: 0, sd: 1)).values, [-10.0 / 3 / sd, -4.0 / 3 / sd, .nan, 14.0 / 3 / sd])
        expect(try normalise(.zScore(mean: 10, sd: 2)).values, [10 - 20.0 / 3 / sd, 10 - 8.0 / 3 / sd, .nan, 10 + 28.0 / 3 / sd])
    }

    @Test func ranks() throws {
        expect(try normalise(.rank).values, [1, 2, .nan, 3])
        expect(try normalise(.rank, polarity: .negative).values, [3, 2, .nan, 1])
        expect(try normalise(.rank, column: [5, 7, 5, 1]).values, [2, 4, 2, 1])
        // (rank − 1)/(n − 1)
        expect(try normalise(.percentileRank).values, [0, 0.5, .nan, 1])
    }

    @Test func distances() throws {
        // 1 − (10 − x)/8
        expect(try normalise(.distanceToMax).values, [0, 0.25, .nan, 1])
        // 1 − (8 − x)/(8 − 2), capped at 1: 0, 1/3, 1 (1 + 1/3 capped)
        expect(try normalise(.distanceToTarget, target: 8).values, [0, 1.0 / 3, .nan, 1])
        // Negative polarity, target 3: −x in [−10, −2], target −3: 1 − (−3 + x)/(−3 + 10)
        // → x = 2: 1 − (−1/7) capped to 1; x = 4: 1 − 1/7; x = 10: 1 − 7/7 = 0
        expect(try normalise(.distanceToTarget, polarity: .negative, target: 3).values, [1, 6.0 / 7, .nan, 0])
    }

    @Test func goalposts() throws {
        // (x − 0)/(20 − 0), clamped to [0, 1], × 100
        expect(try normalise(.goalposts(scale: 100), goalposts: 0...20).values, [10, 20, .nan, 50])
        expect(try normalise(.goalposts(scale: 100), goalposts: 3...5).values, [0, 50, .nan, 100])
        // Negative polarity: (20 − x)/20 × 100
        expect(try normalise(.goalposts(scale: 100), polarity: .negative, goalposts: 0...20).values, [90, 80, .nan, 50])
    }

    @Test func constantColumnIsAConditionNotNaN() throws {
        let column: [Double] = [5, 5, .nan, 5]
        let minMax = try normalise(.minMax(low: 0, high: 100), column: column)
        expect(minMax.values, [50, 50, .nan, 50])
        #expect(minMax.constant == 50)
        #expect(try normalise(.zScore(mean: 10, sd: 2), column: column).constant == 10)
        #expect(try normalise(.rank, column: column).constant == 2)
        #expect(try normalise(.percentileRank, column: column).constant == 0.5)
        #expect(try normalise(.distanceToMax, column: column).constant == 0.5)
        #expect(try normalise(.minMax(low: 0, high: 100)).constant == nil)
    }

    @Test func constantIndicatorIsReported() throws {
        let framework = ScoringFixtures.framework(
            [ScoringFixtures.indicator("A", in: "D"), ScoringFixtures.indicator("B", in: "D")], dimensions: ["D"])
        let input = ScoringFixtures.input(units: ["X", "Y", "Z"], indicators: ["A", "B"], rows: [[1, 3], [1, 5], [1, 4]])
        let scores = try ScoringPipeline(framework: framework).run(input)
        #expect(scores.constantIndicators == [ConstantIndicator(indicator: "A", value: 50)])
        #expect(scores.normalised.column(named: "A") == [50, 50, 50])
        #expect(!scores.index.contains { $0.isNaN })
    }
}
