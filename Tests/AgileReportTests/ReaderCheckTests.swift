// What a reader found wrong on the published site (issue 17, items 1–8), each checked against
// values worked out by hand here.

import AgileCore
@testable import AgileReport
import Foundation
import Testing

@Suite struct ReaderCheckTests {
    // MARK: - 1. Strengths and weaknesses against the peer median

    /// Five countries, four indicators. Min-max 0–100 over the five:
    ///
    /// | indicator | USA | DEU | JPN | FRA | GBR | USA's score | median | gap |
    /// |---|---|---|---|---|---|---|---|---|
    /// | A (count) | 10 | 20 | 30 | 40 | 50 | 0 | 50 | −50 |
    /// | C (count) | 45 | 10 | 20 | 30 | 50 | 87.5 | 50 | +37.5 |
    /// | G (0/1) | 0 | 0 | 0 | 1 | 0 | 0 (rank 1, tied by 4 of 5) | 0 | 0 |
    /// | W (count) | 20 | 100 | 90 | 80 | 0 | 20 (rank 4 of 5) | 80 | −60 |
    ///
    /// The old lists ranked by rank: G (a tie most share, score 0) was a strength, and A
    /// (rank 5) came before W (rank 4) though W is further below the median.
    static func peerInput() throws -> ReportInput {
        let framework = Framework(
            id: "peer", name: "Peer index", edition: 2024, years: 2020...2024,
            levelNames: ["Indicator", "Dimension", "Pillar", "Index"],
            indicators: [
                Indicator(id: "A", name: "Articles", parent: "D1", type: .count, unit: "articles"),
                Indicator(id: "C", name: "Cooperation", parent: "D1", type: .count, unit: "initiatives"),
                Indicator(id: "G", name: "Generative rules", parent: "D2", type: .count, unit: "rules"),
                Indicator(id: "W", name: "Workforce", parent: "D2", type: .count, unit: "persons"),
            ],
            aggregates: [
                Aggregate(id: "D1", name: "Research", level: 2, parent: "P1"),
                Aggregate(id: "D2", name: "Instruments", level: 2, parent: "P2"),
                Aggregate(id: "P1", name: "Development", level: 3, parent: "IDX"),
                Aggregate(id: "P2", name: "Governance", level: 3, parent: "IDX"),
                Aggregate(id: "IDX", name: "Peer index", level: 4, parent: nil),
            ],
            participants: ["USA", "DEU", "JPN", "FRA", "GBR"].map { Participant(code: $0) },
            method: Method(treatment: .none))
        let values: [String: [Double]] = ["A": [10, 20, 30, 40, 50], "C": [45, 10, 20, 30, 50], "G": [0, 0, 0, 1, 0], "W": [20, 100, 90, 80, 0]]
        let codes = ["USA", "DEU", "JPN", "FRA", "GBR"]
        var observations: [Observation] = []
        for (indicator, column) in values.sorted(by: { $0.key < $1.key }) {
            for (index, code) in codes.enumerated() {
                observations.append(Observation(country: code, indicator: indicator, year: 2023, value: column[index], source: "Test source",
                                                provenance: Provenance(file: "peer.csv", line: index + 2)))
            }
        }
        let selection = EditionSelection(framework: framework, observations: observations)
        let scores = try ScoringPipeline(framework: framework).run(ScoringInput(framework: framework, selection: selection, earlier: observations))
        let catalog = CountryCatalog([
            Country(alpha3: "USA", alpha2: "US", numeric: "840", name: "United States"),
            Country(alpha3: "DEU", alpha2: "DE", numeric: "276", name: "Germany"),
            Country(alpha3: "JPN", alpha2: "JP", numeric: "392", name: "Japan"),
            Country(alpha3: "FRA", alpha2: "FR", numeric: "250", name: "France"),
            Country(alpha3: "GBR", alpha2: "GB", numeric: "826", name: "United Kingdom"),
        ])
        return ReportInput(framework: framework, scores: scores, selection: selection, countries: catalog, illustrative: true)
    }

    @Test func strengthsAndWeaknessesAreChosenAndOrderedByTheGapToThePeerMedian() throws {
        let site = try ReportFixture.site(try Self.peerInput())
        let usa = try #require(site["USA.md"])
        #expect(usa.components(after: "**Strongest**", before: "**Weakest**").filter { $0.hasPrefix("1. ") } == [
            "1. C Cooperation: 45 initiatives — score 87.5 against a peer median of 50.0 (+37.5), rank 2 of 5",
        ])
        #expect(usa.components(after: "**Weakest**", before: "## Ranking").filter { $0.hasPrefix("1. ") } == [
            "1. W Workforce: 20 persons — score 20.0 against a peer median of 80.0 (\u{2212}60.0), rank 4 of 5",
            "1. A Articles: 10 articles — score 0.0 against a peer median of 50.0 (\u{2212}50.0), rank 5 of 5",
        ])
        // France alone has G: a strength far above the median; Germany's G (tied by 4 of 5) is in neither list.
        let france = try #require(site["FRA.md"])
        #expect(france.contains("1. G Generative rules: 1 rules — score 100.0 against a peer median of 0.0 (+100.0), rank 1 of 5"))
        let germany = try #require(site["DEU.md"])
        #expect(!germany.contains("1. G Generative rules"))
        // The indicator table's ranks say "of N".
        #expect(usa.contains("| [W Workforce](indicator-W.md) | 20 persons | 2023 | Test source (illustrative) | 20.0 | 4 of 5 |  |"))
    }

    // MARK: - 2. Chart text measured in DejaVu Sans, declared, wrapped or shrunk, never silently cut

    @Test func chartTextIsMeasuredWithDejaVuSansAdvanceWidths() {
        // DejaVu Sans: H 752, e 615, l 278, o 612 thousandths of an em; 2 % to spare.
        #expect(abs(ChartStyle.textWidth("Hello", size: 10) - 2.535 * 10 * 1.02) < 1e-9)
        // Bold: H 837, i 343 → 1.180 em.
        #expect(abs(ChartStyle.textWidth("Hi", size: 10, bold: true) - 1.180 * 10 * 1.02) < 1e-9)
        #expect(ChartStyle.fontFamily.hasPrefix("DejaVu Sans, "))
        let svg = BarChart(title: "t", categories: ["a"], series: ChartSeries(name: "s", values: [1])).svg()
        #expect(svg.contains("font-family=\"DejaVu Sans, Bitstream Vera Sans, Verdana, Arial, sans-serif\""))
    }

    @Test func heatMapTitlesAndLabelsAreWholeOrCarryTheirFullText() throws {
        let title = "MVPBench: alignment with annotators from the United States by value dimension (higher is better)"
        let rows = ["I32 Foundation model transparency of domestic developers", "I01 AI articles published"]
        let columns = ["Chemical, biological, radiological and nuclear risks", "Cyber offence", "Persuasion and manipulation"]
        let map = HeatMap(title: title, rows: rows, columns: columns, values: [[0.1, 0.5, 0.9], [0.2, 0.4, 0.6]],
                          scale: .rate(higherIsBetter: true), idPrefix: "h")
        let root = try #require(ParsedSVG(map.svg()).root)
        let texts = root.elements("text")
        // Nothing is cut: every label appears whole, the title shrunk to fit on one line.
        #expect(!texts.contains { $0.allText.contains("…") })
        for label in [title] + rows + columns {
            // Whole on one line, or wrapped into <tspan> lines that read as the label.
            #expect(texts.contains { $0.text == label || $0.children.map(\.text).joined(separator: " ") == label }, "\(label)")
        }
        // A label that must be cut keeps its whole text in a <title>.
        let long = String(repeating: "Very long risk dimension name ", count: 20)
        let cut = HeatMap(title: "t", rows: [long], columns: ["a"], values: [[0.5]], scale: .rate(higherIsBetter: true), idPrefix: "c")
        let cutRoot = try #require(ParsedSVG(cut.svg()).root)
        let label = try #require(cutRoot.elements("text").first { $0.allText.contains("…") })
        #expect(label.elements("title").first?.text == long)
    }

    // MARK: - 3. Phone width: tables scroll in their own container, charts scale with the column

    @Test func tablesScrollInTheirOwnContainerAndChartsTakeTheColumnsWidth() throws {
        let site = try ReportFixture.site(try ReportFixture.input())
        let html = try #require(site["USA.html"])
        let tables = html.components(separatedBy: "<table>").count - 1
        #expect(tables > 0)
        #expect(html.components(separatedBy: "<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\"><table>").count - 1 == tables)
        #expect(html.contains("div.table-scroll { overflow-x: auto;"))
        #expect(html.contains("figure.chart svg { display: block; width: 100%; min-width: 34rem; height: auto; }"))
        let svgs = html.components(separatedBy: "<svg ").dropFirst()
        #expect(!svgs.isEmpty)
        for svg in svgs {
            #expect(svg.contains(" width=\"100%\""))
            #expect(svg.hasPrefix("xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "))
            #expect(!svg.prefix(200).contains(" height=\""))
        }
    }

    // MARK: - 4. Heat-map labels at WCAG AA contrast

    /// WCAG 2 relative luminance of `#rrggbb`, worked independently of the chart code.
    static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        return zip([0.2126, 0.7152, 0.0722], stride(from: 0, to: 6, by: 2)).map { weight, at in
            let c = Double(Int(String(digits[at...at + 1]), radix: 16)!) / 255
            return weight * (c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4))
        }.reduce(0, +)
    }

    @Test(arguments: [HeatMap.Scale.rate(higherIsBetter: true), .rate(higherIsBetter: false), .correlation])
    func everyCellLabelReadsAtLeastFourAndAHalfToOne(scale: HeatMap.Scale) throws {
        let low = scale.stops[0].value, high = scale.stops[scale.stops.count - 1].value
        let values = (0...100).map { low + (high - low) * Double($0) / 100 }
        let map = HeatMap(title: "t", rows: ["r"], columns: values.indices.map { "c\($0)" }, values: [values], scale: scale, idPrefix: "w")
        let root = try #require(ParsedSVG(map.svg()).root)
        var checked = 0
        for group in root.elements("g") {
            guard let rect = group.children.first(where: { $0.name == "rect" }), let fill = rect.attributes["fill"], fill.hasPrefix("#"),
                  let text = group.children.first(where: { $0.name == "text" }), let ink = text.attributes["fill"] else { continue }
            let (a, b) = (Self.luminance(fill), Self.luminance(ink))
            let ratio = (max(a, b) + 0.05) / (min(a, b) + 0.05)
            #expect(ratio >= 4.5, "\(text.text) on \(fill): \(ratio)")
            checked += 1
        }
        #expect(checked == 101)
    }

    // MARK: - 5. Scatter labels beside their own points; points on a split line marked

    @Test func scatterLabelsSitNearerTheirOwnPointThanAnyOther() throws {
        // Japan and France 1.5 apart across (6.6 units), Germany just under them.
        let points: [ScatterChart.Point] = [
            .init(code: "JPN", name: "Japan", x: 60, y: 40), .init(code: "FRA", name: "France", x: 61.5, y: 40.5),
            .init(code: "DEU", name: "Germany", x: 60.5, y: 37.5), .init(code: "USA", name: "United States", x: 90, y: 80),
        ]
        let chart = ScatterChart(title: "t", points: points, xSplit: 30, ySplit: 30, idPrefix: "s")
        let root = try #require(ParsedSVG(chart.svg()).root)
        let positions = Dictionary(uniqueKeysWithValues: points.map { ($0.code, ScatterChart.position($0.x, $0.y)) })
        for point in points {
            let label = try #require(root.elements("text").first { $0.text == point.code }, "\(point.code)")
            let x = try #require(label.number("x")), y = try #require(label.number("y"))
            let width = ChartStyle.textWidth(point.code, size: 10.5)
            // The nearest point of the label's box to each marker.
            func distance(_ p: (x: Double, y: Double)) -> Double {
                let qx = min(max(p.x, x), x + width), qy = min(max(p.y, y - 10.5), y)
                return ((qx - p.x) * (qx - p.x) + (qy - p.y) * (qy - p.y)).squareRoot()
            }
            let own = distance(positions[point.code]!)
            for (code, p) in positions where code != point.code {
                #expect(distance(p) > own, "\(point.code)'s label is as near \(code)")
            }
        }
    }

    @Test func countriesWithinAPointOfASplitAreOnTheLine() throws {
        let points: [ScatterChart.Point] = [
            .init(code: "ZAF", name: "South Africa", x: 41.5, y: 20), .init(code: "USA", name: "United States", x: 90, y: 80),
            .init(code: "BRA", name: "Brazil", x: 20, y: 57.5),
        ]
        // Splits at 42 and 58: ZAF is 0.5 from the x split, BRA 0.5 from the y split.
        let chart = ScatterChart(title: "t", points: points, focus: "ZAF", xSplit: 42, ySplit: 58, idPrefix: "m")
        let text = chart.generatedDescription
        #expect(text.contains("South Africa (ZAF): 41.5 across, 20.0 up, Both low (on the line: within 1 point of a split)."))
        #expect(text.contains("Both high: USA."))
        #expect(text.contains("Both low: BRA (on the line), ZAF (on the line)."))
        let svg = chart.svg()
        #expect(svg.contains("Within 1 of a split"))
        #expect(svg.components(separatedBy: "fill=\"none\" stroke=\"#222222\" stroke-width=\"1.25\"").count - 1 == 3)  // two rings and the legend's
    }

    // MARK: - 6. Zero explained once per page

    @Test func zeroMeansTheLowestOfTheCountriesOnceOnEachPage() throws {
        let site = try ReportFixture.site(try ReportFixture.input())
        let sentence = "A score of 0 means the lowest of the 3 countries, not none, and 100 the highest"
        for page in ["USA.md", "index.md", "USA.html", "index.html"] {
            #expect(try #require(site[page]).components(separatedBy: sentence).count - 1 == 1, "\(page)")
        }
    }

    // MARK: - 7. Counts and words

    @Test func numbersReadWithATrueMinusAndUnbrokenCounts() {
        #expect(ReportFormat.fixed(-0.11, decimals: 2) == "\u{2212}0.11")
        #expect(ReportFormat.raw(-0.4) == "\u{2212}0.4")
        #expect(ReportFormat.raw(-12345) == "\u{2212}12\u{2009}345")
        #expect(SVGDocument.fixed(-0.11, decimals: 2) == "\u{2212}0.11")
        #expect(SVGDocument.number(-0.5) == "-0.5")  // coordinates stay ASCII
        #expect(EvidenceTable.note(EvidenceRate(value: 0.5, n: 350)).hasSuffix("n\u{00A0}350"))
    }

    @Test func countryNamesTakeTheirArticleInsideASentence() throws {
        let input = try Self.peerInput()
        #expect(input.nameInSentence("USA") == "the United States")
        #expect(input.nameInSentence("GBR") == "the United Kingdom")
        #expect(input.nameInSentence("FRA") == "France")
    }

    @Test func methodologyCountsTreatedValuesInTheRightNumberAndNamesTheirScale() throws {
        #expect(MethodologyPage.treatedCount(1) == "1 value")
        #expect(MethodologyPage.treatedCount(3) == "3 values")
    }

    // MARK: - 8. Illustrative marking on every chart, in print, on every source

    @Test func everyChartAndEveryPrintedPageSaysTheDataAreIllustrative() throws {
        let site = try ReportFixture.site(try ReportFixture.input())
        let svgFiles = site.filter { $0.key.hasSuffix(".svg") }
        #expect(!svgFiles.isEmpty)
        for (path, svg) in svgFiles {
            #expect(svg.contains(">Illustrative data: invented sample values, not for citation.</text>"), "\(path)")
        }
        let html = try #require(site["USA.html"])
        let charts = html.components(separatedBy: "<svg ").count - 1
        #expect(html.components(separatedBy: ">Illustrative data: invented sample values, not for citation.</text>").count - 1 == charts)
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("content: \"Page \" counter(page) \" of \" counter(pages);"))
        #expect(html.contains("@page { @bottom-left { content: \"Mini index 2024 · illustrative data: invented sample values, do not cite\";"))
        // Real data: no note on the charts.
        let real = try ReportFixture.site(try ReportFixture.input(illustrative: false))
        #expect(!(real["USA.html"] ?? "").contains("Illustrative data: invented"))
        #expect((real["USA.html"] ?? "").contains("@page { @bottom-left { content: \"Mini index 2024\";"))
    }

    @Test func cssStringsEscapeWhatWouldEndThemOrTheStyleElement() {
        #expect(HTMLPage.cssString("A \"B\" </style> \\") == "\"A \\22 B\\22  \\3c /style\\3e  \\5c \"")
    }
}
