// Sums of counts and conversions of numbers to integers on data: checked, never a trap.

@testable import AgileCore
import Testing

@Suite struct CountOverflowTests {
    func record(_ value: Double, n: Int?) -> EvidenceRecord {
        EvidenceRecord(benchmark: "vesta", model: "GPT-4o", dimension: "goal", metric: "asr", value: value, n: n, provenance: Provenance(file: "e.csv", line: 2))
    }

    @Test func caseCountsAndTheirSums() {
        #expect(CaseCount.maximum == 1_000_000_000 && CaseCount.maximumText == "1,000,000,000")
        #expect(CaseCount.allows(0) && CaseCount.allows(1_000_000_000))
        #expect(!CaseCount.allows(1_000_000_001) && !CaseCount.allows(-1))
        #expect(CaseCount.sum([40, 60]) == 100)
        #expect(CaseCount.sum([Int]()) == 0)
        #expect(CaseCount.sum([Int.max, 1]) == nil)
        #expect(CaseCount.sum([5_000_000_000_000_000_000, 5_000_000_000_000_000_000]) == nil)
        #expect(CountOverflow("the tool calls").description == "the tool calls add up to more than 9,223,372,036,854,775,807")
    }

    /// Two records of 5 × 10¹⁸ cases (two files of a store written before the bound) once
    /// overflowed when pooled; the rate is still pooled over the cases, with n unknown.
    @Test func poolingBeyondIntKeepsTheRateAndLeavesNUnknown() {
        let pooled = EvidenceRate(pooling: [record(0.4, n: 5_000_000_000_000_000_000), record(0.3, n: 5_000_000_000_000_000_000)])
        #expect(pooled.n == nil && pooled.interval == nil && pooled.records == 2)
        #expect(abs(pooled.value - 0.35) < 1e-15)
        // Within Int the pooled n is exact: 3 of 4 and 1 of 6 are 4 of 10.
        #expect(EvidenceRate(pooling: [record(0.75, n: 4), record(1.0 / 6, n: 6)]).n == 10)
    }

    @Test func aTallyThatWouldOverflowThrowsAndStaysAsItWas() throws {
        var tally = VestaTally()
        try tally.add(label: .unsafe, unsafeToolCalled: true, toolCalls: Int.max)
        let before = tally
        #expect(throws: CountOverflow("the tool calls")) { try tally.add(label: .safe, unsafeToolCalled: false, toolCalls: 1) }
        #expect(tally == before)
        var full = VestaTally(numCases: Int.max, safe: Int.max, unsafe: 0, uncertain: 0, error: 0, unsafeToolCalled: 0, toolCallSum: 0)
        #expect(throws: CountOverflow("the cases")) { try full.add(label: .safe, unsafeToolCalled: false, toolCalls: 0) }
    }

    @Test func theScorerNamesTheGroupWhoseToolCallsOverflow() {
        let episodes = [Int.max, 1].map {
            VestaEpisode(dimension: "d", riskSubtype: "s", targetModel: "m", authorityMode: "soft", label: .safe, unsafeToolCalled: false, toolCalls: $0)
        }
        #expect(throws: CountOverflow("the tool calls of d / s / m / soft")) { try VestaScorer.score(episodes: episodes) }
    }

    /// A uniform draw outside [0, 1) (or NaN) picks the nearest choice instead of trapping in
    /// `Int(_:)`; draws inside pick ⌊u·count⌋ as before.
    @Test func aChoiceFromAnyDraw() {
        #expect([0, 0.2, 0.39, 0.4, 0.999_999_999_999].map { UncertaintyDesign.choice($0, count: 5) } == [0, 1, 1, 2, 4])
        #expect(UncertaintyDesign.choice(.nan, count: 5) == 0)
        #expect(UncertaintyDesign.choice(-3, count: 5) == 0)
        #expect(UncertaintyDesign.choice(1e300, count: 5) == 4)
        #expect(UncertaintyDesign.choice(.infinity, count: 5) == 4)
    }

    @Test func readingsAndFixedDecimalsOfAnyNumber() {
        #expect(RankReading.rank(3) == "3" && RankReading.rank(3.25) == "3.3")
        #expect(RankReading.rank(1e300) == "1e+300")
        #expect(FixedDecimal.text(52.25, decimals: 1) == "52.3")
        #expect(FixedDecimal.text(.nan, decimals: 1) == "nan")
        #expect(FixedDecimal.text(-.infinity, decimals: 2) == "-inf")
    }
}
