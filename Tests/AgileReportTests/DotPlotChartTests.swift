// The dot plot of an indicator page: where each dot sits (worked out by hand), its mark and
// tooltip, the median line, stacks that never overlap or leave the plot, counts on tall stacks.

@testable import AgileReport
import Foundation
import Testing

@Suite struct DotPlotChartTests {
    /// The `<g class="dot">` of a chart, one per dot.
    static func dotGroups(_ root: XMLNode) -> [XMLNode] {
        root.elements("g").filter { $0.attributes["class"] == "dot" }
    }

    /// The dots of a parsed chart: centre (of a circle or a square), tag, tooltip.
    static func dots(_ svg: String) throws -> [(x: Double, y: Double, tag: String, title: String, fill: String)] {
        let root = try #require(ParsedSVG(svg).root)
        return try dotGroups(root).map { group in
            let title = group.elements("title").first?.text ?? ""
            if let circle = group.elements("circle").first {
                return (try #require(circle.number("cx")), try #require(circle.number("cy")), "circle", title, circle.attributes["fill"] ?? "")
            }
            let rect = try #require(group.elements("rect").first)
            let (x, y, side) = (try #require(rect.number("x")), try #require(rect.number("y")), try #require(rect.number("width")))
            return (x + side / 2, y + side / 2, "rect", title, rect.attributes["fill"] ?? "")
        }
    }

    /// The 13 scores of ``ChartSamples/dots`` fit 10-wide dots (56 bins of 10 on the 560-wide
    /// plot from x = 40): the tallest bins hold two (Brazil and India at 39.5: bin 22; the United
    /// Kingdom 60.0 and Germany 60.4: bin 33). The stacks are 40 high (the least), so the
    /// baseline is 70 + 40 + 8 − 4 = 114: the first dot of a bin at 109, the second at 99.
    @Test func dotsSitInTheirBinsStackedByValue() throws {
        let svg = ChartSamples.dots.svg(note: ChartSamples.dotsNote)
        let dots = try DotPlotChartTests.dots(svg)
        #expect(dots.count == 13)
        func dot(_ name: String) throws -> (x: Double, y: Double, tag: String, title: String, fill: String) {
            try #require(dots.first { $0.title.hasPrefix(name) })
        }
        #expect(try dot("Brazil").x == 265 && dot("Brazil").y == 109)
        #expect(try dot("India").x == 265 && dot("India").y == 99)
        #expect(try dot("United Kingdom").x == 375 && dot("United Kingdom").y == 109)
        #expect(try dot("Germany").x == 375 && dot("Germany").y == 99)
        #expect(try dot("South Africa").x == 205 && dot("South Africa").y == 109)
        // Marks: Japan imputed (a white ring), the United States treated (a square at bin 39).
        #expect(try dot("Japan").tag == "circle" && dot("Japan").fill == "#ffffff")
        #expect(try dot("United States").tag == "rect" && dot("United States").x == 435)
        #expect(try dot("China").fill == "#444444")
        // Tooltips: the detail given, else the name and score; Italy (no score) is not drawn.
        #expect(try dot("Germany").title == "Germany: 60.4 (2023), score 60.4, rank 5 of 13")
        #expect(try dot("Brazil").title == "Brazil: 39.5")
        #expect(!dots.contains { $0.title.hasPrefix("Italy") })
        let root = try #require(ParsedSVG(svg).root)
        // The median 57.3 at 40 + 560 × 0.573 = 360.88, from the plot's top to its bottom.
        let median = try #require(root.elements("line").first { $0.attributes["class"] == "median" })
        #expect(median.attributes["x1"] == "360.88" && median.attributes["y1"] == "70" && median.attributes["y2"] == "118")
        #expect(root.allText.contains("Illustrative data: invented sample values, not for citation."))
        #expect(root.children.first { $0.name == "desc" }?.text
            == "Dot plot of the scores of 13 countries, one dot each: lowest 30.1 (South Africa), highest 70.2 (United States), median 57.3; 1 imputed (rings); 1 changed by outlier treatment (squares); 1 without a score, not shown.")
        // Legend: every mark used, and the median.
        for entry in ["Observed", "Imputed", "Outlier-treated", "Median 57.3"] { #expect(root.allText.contains(entry), "\(entry)") }
        #expect(root.elements("text").filter { $0.attributes["class"] == "count" }.isEmpty)
    }

    /// 150 countries at 0 and 50 at 100 need the smallest dots (3 wide, 53 to a column): the
    /// 150 make a block of three columns of 50 kept inside the plot (middle 44.5: columns at
    /// 41.5, 44.5, 47.5), the 50 one column at the last bin; each stack is topped by its count.
    @Test func tiesBecomeBlocksInsideThePlotWithTheirCounts() throws {
        let svg = ChartSamples.largeDots.svg()
        let dots = try DotPlotChartTests.dots(svg)
        #expect(dots.count == 200)
        #expect(Set(dots.filter { $0.title.hasSuffix(": 0.0") }.map(\.x)) == [41.5, 44.5, 47.5])
        #expect(Set(dots.filter { $0.title.hasSuffix(": 100.0") }.map(\.x)).count == 1)
        let root = try #require(ParsedSVG(svg).root)
        let radii = Set(DotPlotChartTests.dotGroups(root).flatMap { $0.elements("circle") }.compactMap { $0.number("r") })
        #expect(radii == [1.5])
        for dot in dots { #expect(dot.x - 1.5 >= 40 && dot.x + 1.5 <= 600, "\(dot)") }
        let counts = root.elements("text").filter { $0.attributes["class"] == "count" }
        #expect(counts.map(\.text) == ["150", "50"])
        // Stacks start 14 lower to leave the counts room: 84 + 150 + 8 − 4 = 238 is the baseline,
        // the 150's count sits 4 above their 50-high columns.
        #expect(counts.first?.attributes["y"] == "84")
    }

    @Test(arguments: [("dots", ChartSamples.dots.svg()), ("dots-200", ChartSamples.largeDots.svg())])
    func dotsNeverOverlap(_ name: String, _ svg: String) throws {
        let dots = try DotPlotChartTests.dots(svg)
        let root = try #require(ParsedSVG(svg).root)
        let diameter = 2 * (try #require(DotPlotChartTests.dotGroups(root).first?.elements("circle").first?.number("r")))
        for i in dots.indices {
            for j in dots.indices where j > i {
                let distance = ((dots[i].x - dots[j].x) * (dots[i].x - dots[j].x) + (dots[i].y - dots[j].y) * (dots[i].y - dots[j].y)).squareRoot()
                #expect(distance >= diameter - 0.01, "\(name): \(dots[i].title) and \(dots[j].title)")
            }
        }
    }

    /// The example of the type's documentation renders, each dot with its mark and tooltip.
    @Test func docExampleRenders() throws {
        let chart = DotPlotChart(
            title: "I14 Public trust in AI: normalised scores",
            dots: [
                .init(code: "USA", name: "United States", value: 100, detail: "United States: 61 %, score 100.0"),
                .init(code: "CHN", name: "China", value: 0, mark: .imputed),
            ],
            median: 50, idPrefix: "i14-dots")
        let dots = try DotPlotChartTests.dots(chart.svg())
        #expect(dots.map(\.title) == ["China: 0.0", "United States: 61 %, score 100.0"])
        #expect(dots.map(\.fill) == ["#ffffff", "#444444"])
    }

    @Test func noScoreShowsNoData() throws {
        let chart = DotPlotChart(title: "Empty", dots: [.init(code: "USA", name: "United States", value: .nan)], idPrefix: "empty")
        let root = try #require(ParsedSVG(chart.svg()).root)
        #expect(root.allText.contains("No data"))
        #expect(chart.generatedDescription == "Dot plot of the scores of 0 countries, one dot each: no country has a score (1 without one).")
    }

    /// Scores outside 0–100 (a z-score normalisation) widen the axis to them.
    @Test func theAxisWidensToTheValues() throws {
        let chart = DotPlotChart(title: "z", dots: [.init(code: "A", name: "A", value: -2), .init(code: "B", name: "B", value: 150)], idPrefix: "z")
        #expect(chart.axisRange == -2...150)
        let dots = try DotPlotChartTests.dots(chart.svg())
        #expect(dots.map(\.x) == [45, 595])
    }
}
