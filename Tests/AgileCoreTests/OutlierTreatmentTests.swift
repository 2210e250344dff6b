// COINr's outlier treatment on small columns: high and low winsorising, ties, log fallback.

import AgileCore
import Foundation
import Testing

@Suite struct OutlierTreatmentTests {
    /// Scores of one indicator (column `values`) under the given treatment.
    static func treat(_ values: [Double], winmax: Int = 5, choice: MethodOverrides.TreatmentChoice = .default, logFallback: Bool = true) throws -> Scores {
        let framework = ScoringFixtures.framework(
            [ScoringFixtures.indicator("X", in: "D", overrides: MethodOverrides(treatment: choice))], dimensions: ["D"],
            method: Method(treatment: .skewKurtosis(SkewKurtosisRule(winmax: winmax, logFallback: logFallback))))
        let units = values.indices.map { "U\($0 + 1)" }
        return try ScoringPipeline(framework: framework).run(ScoringFixtures.input(units: units, indicators: ["X"], rows: values.map { [$0] }))
    }

    /// The type-2 skewness and kurtosis, written out as in the spreadsheet definitions.
    static func skewKurtosis(_ values: [Double]) -> (skew: Double, kurtosis: Double) {
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let d = values.map { $0 - mean }
        let s2 = d.map { $0 * $0 }.reduce(0, +), s3 = d.map { $0 * $0 * $0 }.reduce(0, +), s4 = d.map { $0 * $0 * $0 * $0 }.reduce(0, +)
        let skew = n.squareRoot() * s3 / pow(s2, 1.5) * (n * (n - 1)).squareRoot() / (n - 2)
        let r = n * s4 / (s2 * s2)
        return (skew, ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2) * (n - 3)))
    }

    @Test func winsorisesTheMaximum() throws {
        // 1…10, 30, 100: skew 3.06, kurtosis 9.74 fail; the skew is positive, so 100 takes the
        // next value, 30. Then skew 1.71 < 2 passes: one point winsorised (COINr's example).
        let values: [Double] = Array(1...10).map(Double.init) + [30, 100]
        let scores = try Self.treat(values)
        let detail = try #require(scores.treatment.first)
        let (skew, kurtosis) = Self.skewKurtosis(values)
        #expect(detail.outcome == .winsorised && detail.winsorisedPoints == 1)
        #expect(ScoringFixtures.close(detail.before!.skew, skew) && ScoringFixtures.close(detail.before!.kurtosis, kurtosis))
        #expect(ScoringFixtures.close(skew, 3.063241034239499, tolerance: 1e-14))
        let after = Self.skewKurtosis(Array(values.dropLast()) + [30])
        #expect(ScoringFixtures.close(detail.afterWinsorising!.skew, after.skew) && detail.afterWinsorising!.passes)
        #expect(scores.treated.column(named: "X") == Array(values.dropLast()) + [30])
        #expect(scores.treatedPoints == [TreatedPoint(unit: "U12", indicator: "X", before: 100, after: 30, winsorised: .high, logTransformed: false)])
        #expect(scores.treatedPoints[0].coinrFlag == "winhi")
    }

    @Test func winsorisesTheMinimumWhenSkewIsNegative() throws {
        // −500, 1…11: skew −3.46 → −500 takes the next value up, 1 (flag winlo).
        let values: [Double] = [-500] + Array(1...11).map(Double.init)
        let scores = try Self.treat(values)
        #expect(scores.treatment[0].winsorisedPoints == 1)
        #expect(scores.treated.column(named: "X") == [1] + Array(1...11).map(Double.init))
        #expect(scores.treatedPoints.map(\.coinrFlag) == ["winlo"])
    }

    @Test func tiedExtremesMoveTogether() throws {
        // 1…20, 100, 100: both points at the maximum move to 20 at once; COINr counts 2.
        let values: [Double] = Array(1...20).map(Double.init) + [100, 100]
        let scores = try Self.treat(values)
        #expect(scores.treatment[0].winsorisedPoints == 2 && scores.treatment[0].outcome == .winsorised)
        #expect(scores.treated.column(named: "X")!.suffix(2) == [20, 20])
        #expect(scores.treatedPoints.map(\.unit) == ["U21", "U22"])
    }

    @Test func fallsBackToTheLogOfTheOriginalValues() throws {
        // 1…20, 200, 1000 with winmax 1: 1000 → 200 still fails, so the ORIGINAL column becomes
        // log(x − 1 + 0.01·(1000 − 1)) = log(x + 8.99); the winsorised point keeps its flag.
        let values: [Double] = Array(1...20).map(Double.init) + [200, 1000]
        let scores = try Self.treat(values, winmax: 1)
        let detail = scores.treatment[0]
        #expect(detail.outcome == .logTransformed && detail.winsorisedPoints == 1)
        #expect(detail.afterWinsorising?.passes == false && detail.afterLog != nil)
        let treated = try #require(scores.treated.column(named: "X"))
        for (value, original) in zip(treated, values) { #expect(value == log(original - 1 + 9.99)) }
        #expect(scores.treatedPoints.count == 22)
        #expect(scores.treatedPoints.last?.coinrFlag == "winhi+log_CT")
        #expect(scores.treatedPoints.first?.coinrFlag == "+log_CT")
        // Without the fallback the winsorised values stay, still failing.
        let kept = try Self.treat(values, winmax: 1, logFallback: false)
        #expect(kept.treatment[0].outcome == .stillFailing)
        #expect(kept.treated.column(named: "X")!.last == 200)
    }

    @Test func overridesSkipOrForce() throws {
        let skewed: [Double] = Array(1...10).map(Double.init) + [30, 100]
        let skipped = try Self.treat(skewed, choice: .skip)
        #expect(skipped.treatment[0].outcome == .skipped && skipped.treated.column(named: "X") == skewed)
        // 1…12 passes, but force winsorises anyway up to winmax. Skew 0 ≥ 0: 12 → 11; now the
        // skew is negative, so the side turns: 1 → 2. COINr counts 1 high + 1 low = 2.
        let even: [Double] = Array(1...12).map(Double.init)
        let forced = try Self.treat(even, winmax: 2, choice: .force)
        #expect(forced.treatment[0].winsorisedPoints == 2)
        #expect(forced.treated.column(named: "X") == [2] + Array(2...11).map(Double.init) + [11])
        #expect(forced.treatedPoints.map(\.coinrFlag) == ["winlo", "winhi"])
        // Forced with no room to winsorise, a passing column stays as it was.
        let untouched = try Self.treat(even, winmax: 0, choice: .force)
        #expect(untouched.treatment[0].outcome == .passed && untouched.treatment[0].winsorisedPoints == 0)
        #expect(untouched.treated.column(named: "X") == even)
    }

    @Test func tooFewValuesAreLeftAlone() throws {
        let scores = try Self.treat([1, 2, 1000])
        #expect(scores.treatment[0].outcome == .tooFewValues && scores.treatment[0].observed == 3)
    }
}
