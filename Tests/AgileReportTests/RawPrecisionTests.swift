// One number of decimals per indicator, for every raw value of it on every page: never "2 %"
// beside "6.03 %".

import AgileCore
@testable import AgileReport
import Testing

@Suite struct RawPrecisionTests {
    @Test func decimalsTellTheValuesApartUpToWhatTheyCarryAndTheCap() {
        #expect(RawPrecision.decimals(of: [2, 6.03, 6.01], type: .percent, unit: "%") == 2)
        #expect(RawPrecision.decimals(of: [2, 6.03, 6.1], type: .percent, unit: "%") == 1)
        // 7.1 takes one decimal for its two significant digits; 71 none.
        #expect(RawPrecision.decimals(of: [2, 6.03, 7.1], type: .percent, unit: "%") == 1)
        #expect(RawPrecision.decimals(of: [12, 60.03, 71], type: .percent, unit: "%") == 0)
        // Two significant digits of the largest value: 0.88 needs 2 decimals although 1 tells 0.5 from it.
        #expect(RawPrecision.decimals(of: [0.5, 0.88], type: .index, unit: "score") == 2)
        #expect(RawPrecision.decimals(of: [12_839, 13_607, .nan], type: .count, unit: "articles") == 0)
        // The cap: 3 decimals, 2 for a percentage.
        #expect(RawPrecision.decimals(of: [0.0001, 0.0002], type: .index, unit: "score") == 3)
        #expect(RawPrecision.decimals(of: [0.0001, 0.0002], type: .percent, unit: "% of adults") == 2)
        #expect(RawPrecision.decimals(of: [0.5, 1], type: .binary, unit: "0/1") == 0)
        #expect(RawPrecision.decimals(of: [], type: .index, unit: "") == 0)
    }

    @Test func rawValuesAreWrittenWithTheGivenDecimalsAndGroupedDigits() {
        #expect(ReportFormat.raw(53_065.25, decimals: 2) == "53\u{2009}065.25")
        #expect(ReportFormat.raw(-1_234.5, decimals: 1) == "\u{2212}1\u{2009}234.5")
        #expect(ReportFormat.raw(2, decimals: 1) == "2.0")
        #expect(ReportFormat.raw(999.96, decimals: 1) == "1\u{2009}000.0")
        #expect(ReportFormat.raw(.nan, decimals: 1) == "–")
    }

    /// PeerFixture with indicator A a percentage of values 60.5, 2, 6.03, 6.1, 43.75 and 0:
    /// 6.03 and 6.1 need one decimal to stay apart, so every value has one.
    static func site() throws -> [String: String] {
        var framework = PeerFixture.framework()
        framework.indicators[0].type = .percent
        framework.indicators[0].unit = "% of publications"
        framework.indicators[0].scale = Scale.implied(by: .percent)
        let values: [(String, Double, Double)] = [
            ("USA", 60.5, 80), ("CAN", 2, 100), ("DEU", 6.03, 40), ("FRA", 6.1, 60), ("IND", 43.75, 0), ("BRA", 0, 20),
        ]
        let observations = PeerFixture.observations(values)
        let selection = EditionSelection(framework: framework, observations: observations)
        let scores = try ScoringPipeline(framework: framework).run(ScoringInput(framework: framework, selection: selection, earlier: observations))
        let input = ReportInput(framework: framework, scores: scores, selection: selection, countries: PeerFixture.catalog(), illustrative: false)
        return try ReportFixture.site(input)
    }

    @Test func everyValueOfAnIndicatorHasTheSameDecimalsOnEveryPage() throws {
        let site = try Self.site()
        let expected = ["USA": "60.5", "CAN": "2.0", "DEU": "6.0", "FRA": "6.1", "IND": "43.8", "BRA": "0.0"]
        for (code, value) in expected {
            #expect(site["\(code).md"]?.contains("| [A Ability](indicator-A.md) | \(value) % of publications | 2024 |") == true, "\(code)")
            #expect(site["indicator-A.md"]?.contains("(\(code).md) | \(value) % of publications | 2024 |") == true, "\(code)")
        }
    }
}
