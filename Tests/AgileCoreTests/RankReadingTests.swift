// The plain-language reading of rank intervals, on intervals written by hand.

import AgileCore
import Testing

@Suite struct RankReadingTests {
    static func unit(_ code: String, _ nominal: Double, _ low: Double, _ high: Double) -> RankStatistics {
        RankStatistics(unit: code, nominal: nominal, mean: nominal, median: nominal, percentile5: low, percentile95: high, meanAbsoluteShift: 0)
    }

    static let meaning = "A place is robust when its country's 5–95 % rank interval overlaps no other country's, "
        + "with the countries ranked above it wholly ahead and those below wholly behind."

    /// Five separate places, then 6–9 overlapping in a chain (6 reaches 7, 8 reaches back to 7,
    /// 9 to 8), then a robust tenth: the top five are robust and named, what robust means is
    /// said, places 6–9 can swap and the tenth is robust further down.
    @Test func topFiveRobustSixToNineSwap() {
        var statistics = (1...5).map { Self.unit("U\($0)", Double($0), Double($0), Double($0)) }
        statistics += [Self.unit("F", 6, 6, 7), Self.unit("G", 7, 6, 7), Self.unit("H", 8, 7, 9), Self.unit("I", 9, 8, 9), Self.unit("J", 10, 10, 10)]
        let reading = RankReading(statistics.shuffled())
        #expect(reading.robustTop == 5)
        #expect(reading.groups.map(\.count) == [1, 1, 1, 1, 1, 4, 1])
        #expect(reading.sentences == [
            "The top five places are robust: U1, U2, U3, U4 and U5.",
            Self.meaning,
            "Places 6–9 can swap: F, G, H and I.",
            "Also robust: place 10, J.",
            "6 of 10 places are robust in all.",
            "The widest interval is that of H: ranks 7–9 (nominal 8).",
        ])
    }

    /// With names, every country reads "Name (CODE)": the robust places, the swapping ones, the
    /// widest interval; a code without a name stays bare. `naming` gives the same reading named.
    @Test func countriesNamedBesideTheirCodes() {
        let statistics = [Self.unit("USA", 1, 1, 1), Self.unit("CHN", 2, 2, 3), Self.unit("GBR", 3, 2, 3), Self.unit("XKX", 4, 4, 4)]
        let names = CountryNames(["USA": "United States", "CHN": "China", "GBR": "United Kingdom"])
        let reading = RankReading(statistics, names: names)
        #expect(reading.sentences == [
            "First place is robust: United States (USA).",
            Self.meaning,
            "Places 2–3 can swap: China (CHN) and United Kingdom (GBR).",
            "Also robust: place 4, XKX.",
            "2 of 4 places are robust in all.",
            "The widest interval is that of China (CHN): ranks 2–3 (nominal 2).",
        ])
        #expect(RankReading(statistics).naming(names) == reading)
        #expect(RankReading(statistics).sentences.first == "First place is robust: USA.")
    }

    /// Robust places are named up to ten, then counted: twelve separate places read as the
    /// whole ranking; with a swapping pair at the bottom, the top ten are named and two counted.
    @Test func manyRobustPlacesAreCounted() {
        let separate = (1...12).map { Self.unit("C\($0)", Double($0), Double($0), Double($0)) }
        #expect(RankReading(separate).sentences == [
            "The whole ranking is robust: the countries' 5–95 % rank intervals do not overlap and keep the nominal order.",
        ])
        let pair = separate + [Self.unit("Y", 13, 13, 14), Self.unit("Z", 14, 13, 14)]
        #expect(RankReading(pair).sentences.first == "The top 12 places are robust: C1, C2, C3, C4, C5, C6, C7, C8, C9, C10 and 2 more.")
    }

    /// A late interval reaching back to first place joins every place in between; no overlap
    /// at all reads as a robust ranking; an empty analysis and a single country say so.
    @Test func overlapReachingBackAndEdgeCases() {
        let reaching = RankReading([Self.unit("A", 1, 1, 1), Self.unit("B", 2, 2, 2), Self.unit("C", 3, 1, 3.5)])
        #expect(reaching.groups == [["A", "B", "C"]])
        #expect(reaching.robustTop == 0)
        #expect(reaching.sentences == [
            "Even first place is not robust: the 5–95 % rank intervals of places 1–3 overlap.",
            Self.meaning,
            "Places 1–3 can swap: A, B and C.",
            "The widest interval is that of C: ranks 1–3.5 (nominal 3).",
        ])
        let robust = RankReading([Self.unit("A", 1, 1, 1), Self.unit("B", 2, 2, 2)])
        #expect(robust.text == "The whole ranking is robust: the countries' 5–95 % rank intervals do not overlap and keep the nominal order.")
        #expect(RankReading([]).text == "No country is ranked.")
        #expect(RankReading([Self.unit("A", 1, 1, 1)], names: CountryNames(["A": "Aland"])).text
                == "Only one country is ranked, Aland (A): there is no order to test.")
        let chain = (1...8).map { Self.unit("C\($0)", Double($0), Double($0), Double($0) + 1) }
        #expect(RankReading(chain).sentences.first { $0.hasPrefix("Places") } == "Places 1–8 can swap (8 countries).")
        #expect(RankReading([Self.unit("A", 1, 1, 1), Self.unit("B", 2, 2, 3), Self.unit("C", 3, 2, 3)]).sentences.first
                == "First place is robust: A.")
    }
}
