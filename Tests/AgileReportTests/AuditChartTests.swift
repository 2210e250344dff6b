// The audit charts: marks where the figures put them, colours of the scale, hostile labels.

import AgileReport
import Foundation
import Testing

@Suite struct AuditChartTests {
    /// Ranks 1–14 span x = 228 to 602 (the plot 220 + 8 to 610 − 8): a rank is 374 / 13 = 28.77
    /// wide. China (place 2) has the interval 2–2 (spread ⌊1/2⌋ = 0): a point, drawn 4 wide
    /// centred on x(2) = 256.77; Germany (place 5) 3–7: from x(3) = 285.54, 4 ranks = 115.08 wide,
    /// its median tick at x(6) = 371.85 and its nominal circle at x(5) = 343.08.
    @Test func rankIntervalsSitOnTheRankAxis() throws {
        let root = try #require(ParsedSVG(ChartSamples.intervals.svg()).root)
        let bars = root.elements("rect").filter { $0.attributes["class"] == "interval" }
        #expect(bars.count == 14)
        #expect(bars[1].number("x") == 254.77 && bars[1].number("width") == 4)
        #expect(bars[4].number("x") == 285.54 && bars[4].number("width") == 115.08)
        let germany = try #require(root.elements("g").first { $0.elements("title").first?.text.hasPrefix("Germany") == true })
        #expect(germany.elements("title").first?.text == "Germany: nominal rank 5, median 6, 5–95 %: 3–7")
        #expect(germany.elements("line").first?.number("x1") == 371.85)
        #expect(germany.elements("circle").first?.number("cx") == 343.08)
        // A large ranking: 200 bars, compact rows (700 / 200 = 3.5 high), a label every 4th row.
        let large = try #require(ParsedSVG(ChartSamples.largeIntervals.svg()).root)
        #expect(large.elements("rect").filter { $0.attributes["class"] == "interval" }.count == 200)
        #expect(large.elements("text").filter { $0.allText.hasPrefix("Country ") }.count == 50)
    }

    /// The axis runs from −0.1 (the lowest bound −0.05, rounded down to a tenth) to 1, 400 wide:
    /// 0 is at 170 + 400 × 0.1 / 1.1 = 206.36, and Aggregation's STi 0.58 ends at
    /// 170 + 400 × 0.68 / 1.1 = 417.27, so its bar is 210.91 wide. The negative Si of the
    /// winsorisation limit (−0.02) is a bar left of 0, 7.27 wide.
    @Test func sobolBarsStartAtZero() throws {
        let root = try #require(ParsedSVG(ChartSamples.sobol.svg()).root)
        let totals = root.elements("rect").filter { $0.attributes["class"] == "total" }
        let firsts = root.elements("rect").filter { $0.attributes["class"] == "first-order" }
        #expect(totals.count == 4 && firsts.count == 4)
        #expect(totals[3].number("x") == 206.36 && totals[3].number("width") == 210.91)
        #expect(firsts[0].number("x") == 199.09 && firsts[0].number("width") == 7.27)
        #expect(root.elements("text").contains { $0.allText == "STi 0.58" })
        // Ticks every 0.2 (1.1 / 10 = 0.11 rounds up to 0.2), from 0: none at −0.1.
        #expect(root.elements("text").filter { ["-0.1", "0", "0.2", "0.4", "0.6", "0.8", "1"].contains($0.allText) }.map(\.allText)
            == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
    }

    /// The largest share is 33.3 %: the axis ends at 35 %, 290 wide from 220, so a declared 25 %
    /// sits at 220 + 290 × 25 / 35 = 427.14. A missing implied share draws no circle.
    @Test func weightSharesOnAPercentAxis() throws {
        let root = try #require(ParsedSVG(ChartSamples.weights.svg()).root)
        let rows = root.children.filter { $0.name == "g" && $0.elements("title").first != nil }
        #expect(rows.count == 4)
        // The declared square is 8 wide, centred.
        let square = try #require(rows[0].elements("rect").first { $0.number("width") == 8 })
        #expect(square.number("x") == 423.14)
        #expect(rows[3].elements("circle").isEmpty)
        #expect(rows[0].elements("circle").count == 1)
        #expect(rows[3].allText.contains("r² share, negative r"))
        // Ticks every 10 % (35 / 5 = 7 rounds up to 10).
        #expect(root.elements("text").filter { $0.allText.hasSuffix("0 %") }.map(\.allText) == ["0 %", "10 %", "20 %", "30 %"])
    }

    /// The correlation scale's stops: 1 is RdBu's dark blue, −0.62 lies 0.14 of the way from the
    /// −2/3 stop (239, 138, 98) to the −1/3 stop (253, 219, 199): (241, 149, 112); 0.13 lies 0.39
    /// of the way from near-white (247, 247, 247) to (209, 229, 240): (232, 240, 244). A missing
    /// value reads "–"; dark cells have white text.
    @Test func correlationHeatMapColoursAndText() throws {
        let root = try #require(ParsedSVG(ChartSamples.heatMap.svg()).root)
        let cells = root.children.filter { $0.name == "g" && $0.elements("title").first != nil && $0.elements("rect").count == 1 }
        #expect(cells.count == 20)
        func cell(_ row: Int, _ column: Int) -> XMLNode { cells[row * 5 + column] }
        #expect(cell(0, 0).elements("rect").first?.attributes["fill"] == "#2166ac")
        #expect(cell(0, 0).elements("text").first?.attributes["fill"] == "#ffffff")
        #expect(cell(2, 3).elements("rect").first?.attributes["fill"] == "#f19570")
        #expect(cell(2, 3).elements("text").first?.allText == "\u{2212}0.62")
        #expect(cell(1, 3).elements("rect").first?.attributes["fill"] == "#e8f0f4")
        #expect(cell(1, 3).elements("text").first?.attributes["fill"] == "#222222")
        #expect(cell(3, 4).elements("text").first?.allText == "–")
    }

    @Test func hostileLabelsAreEscaped() throws {
        let h = ChartTests.hostile
        let charts = [
            RankIntervalChart(title: h, entries: [.init(code: h, name: h, nominal: 1, median: 1, low: 1, high: 2)]).svg(),
            SobolChart(title: h, inputs: [.init(name: h, firstOrder: 0.5, firstOrderBounds: 0.4...0.6, total: 0.7, totalBounds: 0.6...0.8)]).svg(),
            WeightShareChart(title: h, rows: [.init(label: h, declared: 0.5, implied: 0.5, correlation: 0.5, flags: [h])]).svg(),
            HeatMap(title: h, rows: [h], columns: [h], values: [[1]], scale: .correlation).svg(),
        ]
        for svg in charts {
            #expect(ParsedSVG(svg).error == nil)
            #expect(!svg.contains("<script"))
            #expect(svg.contains("&lt;script&gt;"))
        }
    }
}
