// The plain-language reading of rank intervals, on intervals written by hand.

import AgileCore
import Testing

@Suite struct RankReadingTests {
    static func unit(_ code: String, _ nominal: Double, _ low: Double, _ high: Double) -> RankStatistics {
        RankStatistics(unit: code, nominal: nominal, mean: nominal, median: nominal, percentile5: low, percentile95: high, meanAbsoluteShift: 0)
    }

    /// Five separate places, then 6–9 overlapping in a chain (6 reaches 7, 8 reaches back to 7,
    /// 9 to 8), then a robust tenth: the top five are robust and places 6–9 swap.
    @Test func topFiveRobustSixToNineSwap() {
        var statistics = (1...5).map { Self.unit("U\($0)", Double($0), Double($0), Double($0)) }
        statistics += [Self.unit("F", 6, 6, 7), Self.unit("G", 7, 6, 7), Self.unit("H", 8, 7, 9), Self.unit("I", 9, 8, 9), Self.unit("J", 10, 10, 10)]
        let reading = RankReading(statistics.shuffled())
        #expect(reading.robustTop == 5)
        #expect(reading.groups.map(\.count) == [1, 1, 1, 1, 1, 4, 1])
        #expect(reading.sentences == [
            "The ranking of the top five is robust: their 5–95 % intervals do not overlap.",
            "Places 6–9 swap (F, G, H, I).",
            "6 of 10 places are robust in all.",
            "The widest interval is H's, ranks 7–9 (nominal 8).",
        ])
    }

    /// A late interval reaching back to first place joins every place in between; no overlap
    /// at all reads as a robust ranking; an empty analysis says so.
    @Test func overlapReachingBackAndEdgeCases() {
        let reaching = RankReading([Self.unit("A", 1, 1, 1), Self.unit("B", 2, 2, 2), Self.unit("C", 3, 1, 3.5)])
        #expect(reaching.groups == [["A", "B", "C"]])
        #expect(reaching.robustTop == 0)
        #expect(reaching.sentences.first == "Even first place is uncertain: its 5–95 % interval overlaps the next.")
        #expect(reaching.sentences.last == "The widest interval is C's, ranks 1–3.5 (nominal 3).")
        let robust = RankReading([Self.unit("A", 1, 1, 1), Self.unit("B", 2, 2, 2)])
        #expect(robust.text == "The whole ranking is robust: no two 5–95 % intervals overlap.")
        #expect(RankReading([]).text == "No country is ranked.")
        let chain = (1...8).map { Self.unit("C\($0)", Double($0), Double($0), Double($0) + 1) }
        #expect(RankReading(chain).sentences.first { $0.hasPrefix("Places") } == "Places 1–8 swap (8 countries).")
        #expect(RankReading([Self.unit("A", 1, 1, 1), Self.unit("B", 2, 2, 3), Self.unit("C", 3, 2, 3)]).sentences.first
                == "First place is robust: its 5–95 % interval overlaps no other.")
    }
}
