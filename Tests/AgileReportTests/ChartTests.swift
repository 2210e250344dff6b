// The SVG charts: well-formed, accessible, escaped, finite, deterministic, and where they should be.

import AgileReport
import AgileTestSupport
import Foundation
import Testing

@Suite struct ChartTests {
    // MARK: - Every chart

    @Test(arguments: ChartSamples.all.map(\.name))
    func wellFormedAndAccessible(name: String) throws {
        let svg = try #require(ChartSamples.all.first { $0.name == name }).svg
        let parsed = ParsedSVG(svg)
        #expect(parsed.error == nil, "\(name): \(parsed.error ?? "")")
        let root = try #require(parsed.root)
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["role"] == "img")
        // The image scales with its column: a viewBox, width 100 % and no fixed height.
        #expect(root.attributes["viewBox"] != nil && root.attributes["width"] == "100%" && root.attributes["height"] == nil)
        // aria-labelledby names the <title> and the <desc>, both direct children of the root.
        let ids = try #require(root.attributes["aria-labelledby"]).split(separator: " ").map(String.init)
        #expect(ids.count == 2)
        let titles = root.children.filter { $0.name == "title" }, descs = root.children.filter { $0.name == "desc" }
        #expect(titles.count == 1 && descs.count == 1)
        #expect(titles.first?.attributes["id"] == ids.first)
        #expect(descs.first?.attributes["id"] == ids.last)
        #expect(!(titles.first?.text.isEmpty ?? true))
        #expect((descs.first?.text.count ?? 0) > 40)
        // Ids are unique in the document and all start with the chart's prefix.
        let allIDs = root.all.compactMap { $0.attributes["id"] }
        #expect(Set(allIDs).count == allIDs.count)
        let prefix = String(ids[0].dropLast("-title".count))
        #expect(allIDs.allSatisfy { $0.hasPrefix(prefix + "-") })
        // Every url(#…) reference resolves.
        for node in root.all {
            for value in node.attributes.values where value.hasPrefix("url(#") {
                #expect(allIDs.contains(String(value.dropFirst(5).dropLast())))
            }
        }
        // No JavaScript, no external resources, no stylesheet.
        for banned in ["<script", "href", "<style", "<image", "@import", "javascript:", "<foreignObject"] {
            #expect(!svg.contains(banned), "\(name) contains \(banned)")
        }
        #expect(!root.all.contains { $0.attributes.keys.contains { $0.hasPrefix("on") } })
        // No blank line: the markup stays one HTML block when placed in a page.
        #expect(!svg.contains("\n\n"))
    }

    @Test(arguments: ChartSamples.all.map(\.name))
    func numbersAreFiniteAndPlain(name: String) throws {
        let svg = try #require(ChartSamples.all.first { $0.name == name }).svg
        let root = try #require(ParsedSVG(svg).root)
        let numeric: Set = [
            "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height", "dy", "font-size",
            "stroke-width", "fill-opacity",
        ]
        for node in root.all {
            for (key, value) in node.attributes where numeric.contains(key) && !(node.name == "svg" && value == "100%") {
                let number = try #require(Double(value), "\(name): \(node.name) \(key)=\(value)")
                #expect(number.isFinite)
                #expect(!value.hasPrefix("-0") || value.contains(where: { "123456789".contains($0) }))
            }
            if let points = node.attributes["points"] {
                for pair in points.split(separator: " ") {
                    let coordinates = pair.split(separator: ",").map { Double(String($0)) }
                    #expect(coordinates.count == 2 && coordinates.allSatisfy { $0?.isFinite == true }, "\(points)")
                }
            }
        }
    }

    @Test func nanAndInfinityNeverAppear() {
        let gaps = [Double.nan, .infinity, -.infinity, 40]
        let names = ["Alpha", "Beta", "Gamma", "Delta"]
        let charts = [
            RadarChart(
                title: "Gaps", axes: names, series: ChartSeries(name: "Some", values: gaps),
                reference: ChartSeries(name: "Other", values: gaps.reversed())
            ).svg(),
            BarChart(
                title: "Gaps", categories: names, series: ChartSeries(name: "Some", values: gaps),
                reference: ChartSeries(name: "Other", values: gaps.reversed())
            ).svg(),
            RankingChart(
                title: "Gaps", entries: zip(names, gaps).map { .init(code: $0, name: $0, value: $1) }, focus: "Alpha"
            ).svg(),
            ScatterChart(
                title: "Gaps", points: zip(names, gaps).map { .init(code: $0, name: $0, x: $1, y: 50) }, focus: "Alpha",
                xSplit: .nan, ySplit: .infinity
            ).svg(),
            ScatterChart(
                title: "Gaps", points: zip(names, gaps).map { .init(code: $0, name: $0, x: 50, y: $1) },
                xSplit: 50, ySplit: 50
            ).svg(),
        ]
        for svg in charts {
            #expect(ParsedSVG(svg).error == nil)
            // As words: "governance" holds "nan", "infrastructure" holds "inf".
            let words = Set(svg.lowercased().split { !$0.isLetter }.map(String.init))
            #expect(words.isDisjoint(with: ["nan", "inf", "infinity"]))
            #expect(svg.contains("no data") || svg.contains("No data"))
        }
    }

    /// Every sample renders to the bytes committed in `Tests/Fixtures/charts/`, written by an
    /// earlier process (and build): what a fresh clone renders is what was reviewed. After a
    /// deliberate change to a chart, `AGILE_CHART_SAMPLES=Tests/Fixtures/charts swift test
    /// --filter ChartTests` writes them anew (then look at them and commit).
    @Test(arguments: ChartSamples.all.map(\.name))
    func rendersMatchTheCommittedSamples(name: String) throws {
        let svg = try #require(ChartSamples.all.first { $0.name == name }?.svg)
        let committed = try String(contentsOfFile: PackageRoot.fixture("charts/\(name).svg"), encoding: .utf8)
        #expect(svg == committed, "\(name).svg differs from Tests/Fixtures/charts")
    }

    // MARK: - Hostile labels

    static let hostile = "<script>alert(1)</script> A & B \"q\" 'x' ]]> <!--"

    @Test func hostileLabelsAreEscapedEverywhere() throws {
        let h = ChartTests.hostile
        let charts = [
            RadarChart(
                title: h, axes: [h, "B", "C"], series: ChartSeries(name: h, values: [10, 20, 30]),
                reference: ChartSeries(name: h, values: [5, 5, 5]), idPrefix: h
            ).svg(),
            BarChart(
                title: h, categories: [h, "x"], series: ChartSeries(name: h, values: [10, 20]),
                reference: ChartSeries(name: h, values: [5, 5]), axisTitle: h, idPrefix: h
            ).svg(),
            RankingChart(
                title: h, entries: [.init(code: h, name: h, value: 3), .init(code: "b", name: "b", value: 4)],
                focus: h, axisTitle: h, idPrefix: h
            ).svg(),
            ScatterChart(
                title: h, points: [.init(code: h, name: h, x: 10, y: 20), .init(code: "b", name: "b", x: 30, y: 60)],
                focus: h, xSplit: 50, ySplit: 50, splitName: h, xAxisTitle: h, yAxisTitle: h,
                quadrantNames: .init(bothHigh: h, developmentAhead: h, governanceAhead: h, bothLow: h), idPrefix: h
            ).svg(),
        ]
        for svg in charts {
            let parsed = ParsedSVG(svg)
            #expect(parsed.error == nil, "\(parsed.error ?? "")")
            let root = try #require(parsed.root)
            #expect(!svg.contains("<script"))
            #expect(!svg.contains("<!--"))
            #expect(!svg.contains("]]>"))
            #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(svg.contains("A &amp; B &quot;q&quot; &#39;x&#39;"))
            #expect(!root.all.contains { $0.name == "script" })
            // The title and the text alternative read the label as text.
            #expect(root.children.first { $0.name == "title" }?.text == h)
            #expect(root.children.first { $0.name == "desc" }?.text.contains(h) == true)
            // Ids stay plain names whatever the prefix given.
            for id in root.all.compactMap({ $0.attributes["id"] }) {
                #expect(id.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) }, "\(id)")
            }
        }
    }

    @Test func controlCharactersBecomeReplacementCharacters() throws {
        let chart = BarChart(
            title: "Bell\u{7} and null\u{0}", categories: ["Form\u{C}feed", "Tab\tok"],
            series: ChartSeries(name: "S\u{FFFE}", values: [1, 2]))
        let svg = chart.svg()
        let root = try #require(ParsedSVG(svg).root)
        #expect(root.children.first { $0.name == "title" }?.text == "Bell\u{FFFD} and null\u{FFFD}")
        #expect(!svg.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
    }

    // MARK: - Titles and text alternatives

    @Test func radarTitleAndDescription() throws {
        let chart = RadarChart(
            title: "Germany: pillars", axes: ["A", "B", "C"],
            series: ChartSeries(name: "Germany", values: [52, .nan, 70.25]),
            reference: ChartSeries(name: "Median", values: [45, 40, 60]), idPrefix: "deu")
        let root = try #require(ParsedSVG(chart.svg()).root)
        #expect(root.attributes["aria-labelledby"] == "deu-title deu-desc")
        #expect(root.children.first { $0.name == "title" }?.text == "Germany: pillars")
        #expect(
            root.children.first { $0.name == "desc" }?.text
                == "Radar chart of Germany on a 0 to 100 scale, with Median in brackets: A 52.0 (45.0); B no data (40.0); C 70.3 (60.0).")
        // A given description replaces the generated one.
        var custom = chart
        custom.description = "Custom."
        #expect(ParsedSVG(custom.svg()).root?.children.first { $0.name == "desc" }?.text == "Custom.")
    }

    @Test func barAndRankingAndScatterDescriptions() {
        let bars = BarChart(
            title: "t", categories: ["X", "Y"], series: ChartSeries(name: "DEU", values: [10, 20]),
            reference: ChartSeries(name: "Median", values: [15, .nan]))
        #expect(bars.generatedDescription == "Bar chart of DEU on a 0 to 100 scale, with Median in brackets: X 10.0 (15.0); Y 20.0 (no data).")
        let ranking = RankingChart(
            title: "t",
            entries: [
                .init(code: "A", name: "Alpha", value: 30), .init(code: "B", name: "Beta", value: 80),
                .init(code: "C", name: "Gamma", value: 30), .init(code: "D", name: "Delta", value: .nan),
            ], focus: "C")
        #expect(
            ranking.generatedDescription
                == "Ranking of 4 countries on a 0 to 100 scale. Gamma ranks 2 of 3 with 30.0. Highest: Beta 80.0; lowest: Gamma 30.0. No data: Delta.")
        let scatter = ScatterChart(
            title: "t",
            points: [
                .init(code: "A", name: "Alpha", x: 60, y: 40), .init(code: "B", name: "Beta", x: 50, y: 50),
                .init(code: "C", name: "Gamma", x: 10, y: 90),
            ], focus: "A", xSplit: 50, ySplit: 50)
        #expect(
            scatter.generatedDescription
                == "Scatter chart of 3 countries: AI development (0–100) across, AI governance (0–100) up, split at median 50.0 and median 50.0. Alpha (A): 60.0 across, 40.0 up, Development ahead. Both high: B (on the line). Development ahead: A. Governance ahead: C. Both low: none.")
    }

    // MARK: - Geometry, worked out by hand

    @Test func radarPointsSitOnTheirAxes() throws {
        // Centre (320, 290); 0 on a ring of radius 24, 100 at radius 160 (r = 24 + 1.36 v); the
        // first axis points up, then clockwise.
        let chart = RadarChart(
            title: "t", axes: ["Up", "Right", "Down", "Left"],
            series: ChartSeries(name: "S", values: [50, 100, 25, 0]), idPrefix: "g")
        let root = try #require(ParsedSVG(chart.svg()).root)
        let markers = root.elements("circle").map { ($0.number("cx")!, $0.number("cy")!) }
        let expected = [(320.0, 198.0), (480.0, 290.0), (320.0, 348.0), (296.0, 290.0)]
        for point in expected {
            #expect(markers.contains { abs($0.0 - point.0) < 0.01 && abs($0.1 - point.1) < 0.01 }, "\(point)")
        }
        // The outer gridline (100) reaches (320, 130) at the top.
        let polygons = root.elements("polygon").compactMap { $0.attributes["points"] }
        #expect(polygons.contains { $0.hasPrefix("320,130 480,290 320,450 160,290") })
        // The series polygon goes through the four values.
        #expect(polygons.contains("320,198 480,290 320,348 296,290"))
    }

    @Test func radarZerosStayApartOnTheirAxes() throws {
        // ZAF's case: two pillars at 0 were two markers on the centre. On the zero ring they are
        // 48 apart (axes Up and Down), with the ring drawn and labelled 0.
        let chart = RadarChart(
            title: "t", axes: ["Up", "Right", "Down", "Left"],
            series: ChartSeries(name: "S", values: [0, 40, 0, 60]), idPrefix: "z")
        let root = try #require(ParsedSVG(chart.svg()).root)
        let markers = root.elements("circle").map { ($0.number("cx")!, $0.number("cy")!) }
        #expect(markers.contains { abs($0.0 - 320) < 0.01 && abs($0.1 - 266) < 0.01 })
        #expect(markers.contains { abs($0.0 - 320) < 0.01 && abs($0.1 - 314) < 0.01 })
        #expect(!markers.contains { abs($0.0 - 320) < 0.01 && abs($0.1 - 290) < 0.01 })
        let polygons = root.elements("polygon").compactMap { $0.attributes["points"] }
        #expect(polygons.contains("320,266 398.4,290 320,314 214.4,290"))
        #expect(root.elements("text").contains { $0.text == "0" })
    }

    @Test func radarGapLeavesNoLineThroughTheMissingAxis() throws {
        let chart = RadarChart(
            title: "t", axes: ["A", "B", "C", "D"], series: ChartSeries(name: "S", values: [50, .nan, 50, 50]))
        let root = try #require(ParsedSVG(chart.svg()).root)
        // Lines C–D and D–A only (plus the four spokes from the centre); three markers.
        let seriesLines = root.elements("line").filter { $0.attributes["stroke-width"] == "2.5" && $0.attributes["x1"] != nil }
        #expect(seriesLines.count == 2 + 1)  // two segments and the legend sample
        #expect(root.elements("circle").count == 3 + 1)  // three markers and the legend marker
        #expect(chart.svg().contains(">no data<"))
    }

    @Test func radarWithTooFewAxesShowsANote() throws {
        let chart = RadarChart(title: "t", axes: ["A", "B"], series: ChartSeries(name: "S", values: [1, 2]))
        let svg = chart.svg()
        #expect(ParsedSVG(svg).error == nil)
        #expect(svg.contains("Not enough axes"))
    }

    @Test func barLengthsAreProportional() throws {
        // The plot starts at x = 240 and is 340 wide: 25 → 85, 100 → 340; the median tick at 50 → x = 410.
        let chart = BarChart(
            title: "t", categories: ["Quarter", "Full"], series: ChartSeries(name: "S", values: [25, 100]),
            reference: ChartSeries(name: "M", values: [50, .nan]))
        let root = try #require(ParsedSVG(chart.svg()).root)
        let bars = root.elements("rect").filter { $0.attributes["x"] == "240" }
        #expect(bars.map { $0.number("width") } == [85, 340])
        let ticks = root.elements("line").filter { $0.attributes["stroke-dasharray"] == "3 2" && $0.number("x1") == 410 }
        #expect(ticks.count == 1)
        #expect(ticks.first?.number("x2") == 410)
        // Values written beside the bars.
        let texts = root.elements("text").map(\.allText)
        #expect(texts.contains("25.0") && texts.contains("100.0"))
    }

    @Test func rankingSortsAndHighlights() throws {
        let chart = RankingChart(
            title: "t",
            entries: [
                .init(code: "A", name: "Alpha", value: 25), .init(code: "B", name: "Beta", value: 50),
                .init(code: "C", name: "Gamma", value: 75), .init(code: "D", name: "Delta", value: .nan),
            ], focus: "B", idPrefix: "r")
        let svg = chart.svg()
        let root = try #require(ParsedSVG(svg).root)
        // Bars from x = 230, 340 wide; rows 18 high from y = 68: Gamma, Beta (focus), Alpha.
        let bars = root.elements("rect").filter { $0.attributes["x"] == "230" }
        let byWidth = bars.map { ($0.number("width")!, $0.number("y")!) }.sorted { $0.1 < $1.1 }
        #expect(byWidth.map(\.0) == [255, 170, 85])
        let focus = try #require(bars.first { $0.attributes["fill"] == "url(#r-hatch)" })
        #expect(focus.number("width") == 170)
        #expect(root.elements("pattern").first?.attributes["id"] == "r-hatch")
        // The focus label is bold; a triangle marks it.
        let bold = root.elements("text").filter { $0.attributes["font-weight"] == "bold" }.map(\.allText)
        #expect(bold.contains("Beta") && bold.contains("2") && bold.contains("50.0"))
        #expect(!bold.contains("Alpha"))
        #expect(root.elements("polygon").count >= 2)  // legend and row
        #expect(root.elements("text").contains { $0.allText == "no data" })
    }

    @Test func largeRankingStaysCompactAndLabelsTheFocus() throws {
        let chart = ChartSamples.largeRanking
        let root = try #require(ParsedSVG(chart.svg()).root)
        let viewBox = try #require(root.attributes["viewBox"]).split(separator: " ")
        let height = try #require(Double(viewBox[3]))
        #expect(height < 1000)
        let texts = root.elements("text").map(\.allText)
        let bold = root.elements("text").filter { $0.attributes["font-weight"] == "bold" }.map(\.allText)
        #expect(bold.contains { $0.hasPrefix("Saint Placeholder") })  // C042, the focus
        #expect(texts.count < 200)  // not every row labelled
        // Labels never closer than their font size.
        let ys = root.elements("text").filter { $0.number("x") == 60 }.compactMap { $0.number("y") }.sorted()
        for (a, b) in zip(ys, ys.dropFirst()) { #expect(b - a >= 9.5, "\(a) \(b)") }
    }

    @Test func scatterPointOnTheSplitsSitsOnBothLines() throws {
        // Plot (80, 80)–(520, 520): (50, 50) → (300, 300).
        let chart = ScatterChart(
            title: "t", points: [.init(code: "MID", name: "Middle", x: 50, y: 50), .init(code: "LOW", name: "Low", x: 0, y: 0)],
            xSplit: 50, ySplit: 50)
        let root = try #require(ParsedSVG(chart.svg()).root)
        let dots = root.elements("circle").map { ($0.number("cx")!, $0.number("cy")!) }
        #expect(dots.contains { $0 == (300, 300) })
        #expect(dots.contains { $0 == (80, 520) })
        let dashed = root.elements("line").filter { $0.attributes["stroke-dasharray"] == "6 4" && $0.attributes["x1"] != "16" }
        #expect(dashed.contains { $0.number("x1") == 300 && $0.number("x2") == 300 })
        #expect(dashed.contains { $0.number("y1") == 300 && $0.number("y2") == 300 })
        let texts = root.elements("text").map(\.allText)
        for name in ["Both high", "Development ahead", "Governance ahead", "Both low", "MID", "LOW"] {
            #expect(texts.contains(name), "\(name)")
        }
    }

    @Test func scatterFocusIsADiamond() throws {
        let chart = ScatterChart(
            title: "t", points: [.init(code: "F", name: "Focus", x: 25, y: 75), .init(code: "O", name: "Other", x: 75, y: 25)],
            focus: "F", xSplit: 50, ySplit: 50)
        let root = try #require(ParsedSVG(chart.svg()).root)
        // (25, 75) → (190, 190): a diamond of half-diagonal 7.
        #expect(root.elements("polygon").contains { $0.attributes["points"] == "190,183 197,190 190,197 183,190" })
        #expect(root.elements("text").contains { $0.allText == "F" && $0.attributes["font-weight"] == "bold" })
    }

    @Test func closePointsGetSeparateLabels() throws {
        let chart = ScatterChart(
            title: "t",
            points: [
                .init(code: "AAA", name: "A", x: 50, y: 50), .init(code: "BBB", name: "B", x: 51, y: 50),
                .init(code: "CCC", name: "C", x: 50, y: 51),
            ], xSplit: 20, ySplit: 20)
        let root = try #require(ParsedSVG(chart.svg()).root)
        let labels = root.elements("text").filter { ["AAA", "BBB", "CCC"].contains($0.allText) }
        #expect(labels.count == 3)
        // Boxes of about 3 × 0.7 × 10.5 = 22 wide and 10.5 high must not overlap.
        let boxes = labels.map { ($0.number("x")!, $0.number("y")!) }
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                let apartX = abs(boxes[i].0 - boxes[j].0) >= 22, apartY = abs(boxes[i].1 - boxes[j].1) >= 10.5
                #expect(apartX || apartY, "\(boxes[i]) \(boxes[j])")
            }
        }
    }

    @Test func scatterListsMissingCountries() {
        let svg = ChartSamples.scatter.svg()
        #expect(svg.contains("No data: XKX"))
    }

    // MARK: - Builder

    @Test func numbersAreDeterministic() {
        #expect(SVGDocument.number(12.5) == "12.5")
        #expect(SVGDocument.number(12.0) == "12")
        #expect(SVGDocument.number(-0.001) == "0")
        #expect(SVGDocument.number(-0.0) == "0")
        #expect(SVGDocument.number(-3.14159) == "-3.14")
        #expect(SVGDocument.number(.nan) == "0")
        #expect(SVGDocument.number(.infinity) == "0")
        #expect(SVGDocument.fixed(52.25, decimals: 1) == "52.3")
        #expect(SVGDocument.fixed(-0.04, decimals: 1) == "0.0")
        #expect(SVGDocument.fixed(-1.05, decimals: 1) == "\u{2212}1.1")
        #expect(SVGDocument.fixed(100, decimals: 1) == "100.0")
        #expect(SVGDocument.fixed(7.0049, decimals: 2) == "7.00")
        #expect(SVGDocument.fixed(3, decimals: 0) == "3")
    }

    @Test func idPrefixesAreSanitisedAndKeepChartsApart() throws {
        let a = RankingChart(title: "a", entries: [.init(code: "X", name: "X", value: 1)], focus: "X", idPrefix: "deu ranking")
        let b = RankingChart(title: "b", entries: [.init(code: "X", name: "X", value: 1)], focus: "X", idPrefix: "9fra")
        let idsA = try #require(ParsedSVG(a.svg()).root).all.compactMap { $0.attributes["id"] }
        let idsB = try #require(ParsedSVG(b.svg()).root).all.compactMap { $0.attributes["id"] }
        #expect(idsA.contains("deu-ranking-title") && idsA.contains("deu-ranking-hatch"))
        #expect(idsB.contains("c9fra-title"))
        #expect(Set(idsA).isDisjoint(with: idsB))
        #expect(SVGDocument(width: 1, height: 1, idPrefix: "", title: "", description: "").idPrefix == "chart")
    }

    @Test func builderEscapesAttributesAndText() throws {
        var doc = SVGDocument(width: 10, height: 10, idPrefix: "t", title: "T", description: "D")
        doc.element("rect", ["x": 1.005, "fill": "\"><script>"])
        doc.text("a<b", x: 0.5, y: -0.0)
        let svg = doc.render()
        #expect(svg.contains("fill=\"&quot;&gt;&lt;script&gt;\""))
        #expect(svg.contains("<text x=\"0.5\" y=\"0\">a&lt;b</text>"))
        #expect(ParsedSVG(svg).error == nil)
    }

    @Test func longLabelsAreWrappedAndShortened() throws {
        let long = String(repeating: "Extraordinarily ", count: 12) + "long"
        let bars = BarChart(title: long, categories: [long, "Supercalifragilisticexpialidociousnessandmore"],
                            series: ChartSeries(name: long, values: [10, 20]))
        let root = try #require(ParsedSVG(bars.svg()).root)
        // The category label is at most two lines and ends with an ellipsis.
        let label = try #require(root.elements("text").first { $0.allText.hasPrefix("Extraordinarily") && $0.children.count == 2 })
        #expect(label.children.last?.text.hasSuffix("…") == true)
        // The title is set at the label size and still cut: the full text stays in <title>, of
        // the image and of the cut text itself.
        #expect(root.children.first { $0.name == "title" }?.text == long)
        let title = try #require(root.elements("text").first { $0.attributes["font-size"] == "12" && $0.text.hasSuffix("…") })
        #expect(title.elements("title").first?.text == long)
    }

    /// The examples of the doc comments, as written there.
    @Test func docExamplesRender() throws {
        var doc = SVGDocument(
            width: 200, height: 100, idPrefix: "demo", title: "A & B", description: "One line from (10, 50) to (190, 50).")
        doc.element("line", ["x1": 10, "y1": 50, "x2": 190, "y2": 50, "stroke": "#222"])
        doc.text("<b>not bold</b>", x: 100, y: 30, ["text-anchor": "middle"])
        #expect(SVGDocument.number(1.0 / 3.0) == "0.33")
        let radar = RadarChart(
            title: "Germany: pillar scores",
            axes: ["AI Development Level", "AI Governance Environment",
                   "AI Governance Instruments", "AI Governance Effectiveness"],
            series: ChartSeries(name: "Germany", values: [52.3, 61.0, 48.2, 55.0]),
            reference: ChartSeries(name: "Median of 14 countries", values: [45.0, 50.5, 47.0, 44.1]),
            idPrefix: "deu-pillars")
        let bars = BarChart(
            title: "Germany: AI Development Level by dimension",
            categories: ["AI Research", "AI Innovation", "AI Infrastructure", "AI Industry"],
            series: ChartSeries(name: "Germany", values: [61.2, 48.0, .nan, 39.5]),
            reference: ChartSeries(name: "Median of 14 countries", values: [45.0, 40.2, 38.9, 41.0]),
            idPrefix: "deu-p1")
        let ranking = RankingChart(
            title: "AGILE Index 2024: total score",
            entries: [
                .init(code: "USA", name: "United States", value: 70.2),
                .init(code: "CHN", name: "China", value: 68.5),
                .init(code: "DEU", name: "Germany", value: 52.3),
            ],
            focus: "DEU", axisTitle: "AGILE Index score (0–100)", idPrefix: "deu-ranking")
        let scatter = ScatterChart(
            title: "Development and governance, 2024",
            points: [
                .init(code: "USA", name: "United States", x: 92.0, y: 61.5),
                .init(code: "DEU", name: "Germany", x: 55.2, y: 66.0),
                .init(code: "IND", name: "India", x: 40.3, y: 38.9),
            ],
            focus: "DEU", xSplit: 55.2, ySplit: 61.5, splitName: "median", idPrefix: "deu-match")
        for svg in [doc.render(), radar.svg(), bars.svg(), ranking.svg(), scatter.svg()] {
            let parsed = ParsedSVG(svg)
            #expect(parsed.error == nil)
        }
        #expect(doc.render().contains("aria-labelledby=\"demo-title demo-desc\""))
    }

    // MARK: - Sample images

    /// Writes every sample chart to the directory named by `AGILE_CHART_SAMPLES` (for looking at them).
    /// Writes the samples into the folder named by `AGILE_CHART_SAMPLES` (see
    /// ``rendersMatchTheCommittedSamples(name:)``); without it, there is nothing to do.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["AGILE_CHART_SAMPLES"] != nil))
    func writeSamplesWhenAsked() throws {
        let directory = try #require(ProcessInfo.processInfo.environment["AGILE_CHART_SAMPLES"])
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (name, svg) in ChartSamples.all {
            try svg.write(toFile: directory + "/" + name + ".svg", atomically: true, encoding: .utf8)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".svg") }.count >= ChartSamples.all.count)
    }
}
