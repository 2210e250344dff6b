// The indicator pages: the hand-worked values of the report fixture, imputed and outlier-treated
// values flagged, links to and from the country and methodology pages, escaping.

import AgileCore
@testable import AgileReport
import Foundation
import Testing

@Suite struct IndicatorPageTests {
    /// B Bodies of ``ReportFixture``: USA 4, DEU 2, JPN none; min-max over the two values gives
    /// USA 100 (rank 1 of 2), DEU 0 (2 of 2); median (100 + 0) / 2 = 50; 2 of 3 observed.
    @Test func indicatorPageHasTheHandWorkedValues() throws {
        let site = try ReportFixture.site(try ReportFixture.input())
        let page = try #require(site["indicator-B.md"])
        #expect(page.hasPrefix("# B Bodies — Mini index 2024\n"))
        #expect(page.contains("> **Illustrative data.**"))
        #expect(page.contains("- **Place in the framework:** P1 Development › D1 Research (weight 1 within its dimension)"))
        #expect(page.contains("- **Unit:** bodies (a count ≥ 0)"))
        #expect(page.contains("- **Polarity:** higher is better"))
        #expect(page.contains("- **Source:** not named"))
        #expect(page.contains("- **Status:** reconstructed"))
        #expect(page.contains("- **Coverage:** 2 of 3 countries observed (66.7 %), 0 imputed, 1 without a value"))
        #expect(page.contains("- **Outlier treatment:** none"))
        #expect(page.contains("- **Scores:** median 50.0 over the 2 countries with a score"))
        #expect(page.contains("![Dot plot of the scores of 2 countries, one dot each: lowest 0.0 (Germany), highest 100.0 (United States of America), median 50.0; 1 without a score, not shown.](charts/indicator-B-dots.svg)"))
        #expect(page.contains("A score of 0 means the lowest of the 2 countries with a score, not none, and 100 the highest."))
        // Rank order, the country without a score last; every country linked to its page.
        #expect(page.tableRows() == [
            "| 1 of 2 | [United States of America](USA.md) | 4 bodies | 2023 | 100.0 |  |",
            "| 2 of 2 | [Germany](DEU.md) | 2 bodies | 2023 | 0.0 |  |",
            "| – | [Japan](JPN.md) | missing | – | – | missing |",
        ])
        #expect(page.contains("Previous: [A Articles](indicator-A.md) · Next: [C Cooperation](indicator-C.md) · Back to the [ranking](index.md) and the [methodology](methodology.md)."))

        // D Incidents is negative: 5, 10, 15 score 100, 50, 0.
        let incidents = try #require(site["indicator-D.md"])
        #expect(incidents.contains("- **Polarity:** lower is better (the score is reversed)"))
        #expect(incidents.contains("- **Coverage:** 3 of 3 countries observed (100.0 %), 0 imputed, 0 without a value"))
        #expect(incidents.tableRows() == [
            "| 1 of 3 | [United States of America](USA.md) | 5 incidents | 2023 | 100.0 |  |",
            "| 2 of 3 | [Germany](DEU.md) | 10 incidents | 2023 | 50.0 |  |",
            "| 3 of 3 | [Japan](JPN.md) | 15 incidents | 2023 | 0.0 |  |",
        ])
        #expect(incidents.contains("Previous: [C Cooperation](indicator-C.md) · Back to the"))
        #expect(!incidents.contains("Next:"))
        #expect(try #require(site["indicator-A.md"]).contains("- **Source:** Registry source A"))
    }

    /// With mean imputation Japan's B is (4 + 2) / 2 = 3, scored (3 − 2) / (4 − 2) = 50: rank 2 of 3.
    @Test func imputedValuesAreFlaggedRankedAndRinged() throws {
        var framework = ReportFixture.framework()
        framework.method.imputation = .mean
        let site = try ReportFixture.site(try ReportFixture.input(framework: framework))
        let page = try #require(site["indicator-B.md"])
        #expect(page.contains("- **Coverage:** 2 of 3 countries observed (66.7 %), 1 imputed, 0 without a value"))
        #expect(page.tableRows() == [
            "| 1 of 3 | [United States of America](USA.md) | 4 bodies | 2023 | 100.0 |  |",
            "| 2 of 3 | [Japan](JPN.md) | missing | – | 50.0 | missing, imputed |",
            "| 3 of 3 | [Germany](DEU.md) | 2 bodies | 2023 | 0.0 |  |",
        ])
        let svg = try #require(site["charts/indicator-B-dots.svg"])
        let chart = try #require(ParsedSVG(svg).root)
        let dots = chart.elements("g").filter { $0.attributes["class"] == "dot" }
        #expect(dots.count == 3)
        let japan = try #require(dots.first { $0.elements("title").first?.text.hasPrefix("Japan") == true })
        #expect(japan.elements("title").first?.text == "Japan: missing, score 50.0, rank 2 of 3, imputed")
        #expect(japan.elements("circle").first?.attributes["fill"] == "#ffffff")
        #expect(chart.allText.contains("Illustrative data"))
    }

    /// Ten countries scoring 1…9 and 100 (skewness ≈ 2.6, excess kurtosis ≈ 5: treated); the
    /// 100 is winsorised to the next value, 9, so Italy and Ireland both score 100 (rank 1 of
    /// 10), Austria 0; Korea has no value. Median (50 + 62.5) / 2 = 56.25.
    @Test func outlierTreatedValuesAreFlagged() throws {
        let input = try OutlierFixture.input()
        let site = ReportSite(input: input, templates: try ReportFixture.templates()).files(formats: [.markdown])
        let page = try #require(site.first { $0.path == "indicator-T.md" }?.content)
        #expect(page.contains("- **Coverage:** 10 of 11 countries observed (90.9 %), 0 imputed, 1 without a value"))
        #expect(page.contains("- **Outlier treatment:** 1 value winsorised"))
        #expect(page.contains("- **Scores:** median 56.3 over the 10 countries with a score"))
        let rows = page.tableRows()
        #expect(rows.count == 11)
        #expect(rows.first == "| 1 of 10 | [Ireland](IRL.md) | 9 tests | 2023 | 100.0 |  |")
        #expect(rows[1] == "| 1 of 10 | [Italy](ITA.md) | 100 tests | 2023 | 100.0 | winsorised |")
        #expect(rows[2] == "| 3 of 10 | [Hungary](HUN.md) | 8 tests | 2023 | 87.5 |  |")
        #expect(rows[9] == "| 10 of 10 | [Austria](AUT.md) | 1 tests | 2023 | 0.0 |  |")
        #expect(rows.last == "| – | [Korea](KOR.md) | missing | – | – | missing |")
        let svg = try #require(site.first { $0.path == "charts/indicator-T-dots.svg" }?.content)
        let chart = try #require(ParsedSVG(svg).root)
        let dots = chart.elements("g").filter { $0.attributes["class"] == "dot" }
        #expect(dots.count == 10)
        #expect(dots.filter { !$0.elements("rect").isEmpty }.map { $0.elements("title").first?.text ?? "" }
            == ["Italy: 100 tests (2023), score 100.0, rank 1 of 10, winsorised"])
        // The median line sits at 56.25 on the 560-wide axis from x = 40.
        #expect(chart.elements("line").first { $0.attributes["class"] == "median" }?.attributes["x1"] == "355")
    }

    @Test func countryAndMethodologyPagesLinkEveryIndicatorPage() throws {
        let site = try ReportFixture.site(try ReportFixture.input())
        let usa = try #require(site["USA.md"])
        #expect(usa.contains("| [B Bodies](indicator-B.md) | 4 bodies | 2023 | Test source (illustrative) | 100.0 | 1 of 2 | reconstructed |"))
        let methodology = try #require(site["methodology.md"])
        let html = try #require(site["methodology.html"])
        for id in ["A", "B", "C", "D"] {
            #expect(usa.contains("](indicator-\(id).md)"))
            #expect(methodology.contains("- **[\(id) "), "\(id)")
            #expect(methodology.contains("](indicator-\(id).md)**"), "\(id)")
            #expect(html.contains("href=\"indicator-\(id).html\""), "\(id)")
            #expect(try #require(site["USA.html"]).contains("href=\"indicator-\(id).html\""))
            // Each indicator page links every country page, and in HTML the HTML pages.
            for code in ["USA", "DEU", "JPN"] {
                #expect(try #require(site["indicator-\(id).md"]).contains("](\(code).md)"))
                #expect(try #require(site["indicator-\(id).html"]).contains("href=\"\(code).html\""))
            }
        }
        // The HTML page inlines its chart in a figure.
        let page = try #require(site["indicator-B.html"])
        #expect(page.contains("<figure class=\"chart\">"))
        #expect(page.contains(try #require(site["charts/indicator-B-dots.svg"]).trimmingCharacters(in: .newlines)))
        #expect(page.contains("<title>B Bodies: Mini index 2024</title>"))
    }

    @Test func onlyCountriesWithAPageAreLinked() throws {
        let files = ReportSite(input: try ReportFixture.input(), templates: try ReportFixture.templates())
            .files(formats: [.markdown], countries: ["USA"])
        let page = try #require(files.first { $0.path == "indicator-A.md" }?.content)
        #expect(page.tableRows() == [
            "| 1 of 3 | Japan | 30 articles | 2023 | 100.0 |  |",
            "| 2 of 3 | Germany | 20 articles | 2023 | 50.0 |  |",
            "| 3 of 3 | [United States of America](USA.md) | 10 articles | 2023 | 0.0 |  |",
        ])
        #expect(files.filter { $0.path.hasPrefix("indicator-") }.count == 4)
    }

    @Test func registryAndDataTextIsEscaped() throws {
        var framework = ReportFixture.framework()
        framework.indicators[0].name = "<script>alert(1)</script> | [x](javascript:alert(1))"
        framework.indicators[0].source = "<img src=x onerror=alert(1)>"
        framework.indicators[0].definition = "*Counts* & <b>bold</b>"
        let site = try ReportFixture.site(try ReportFixture.input(framework: framework, source: "a | b"))
        let html = try #require(site["indicator-A.html"])
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>") && !html.contains("href=\"javascript"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &#124; [x](javascript:alert(1))"))
        #expect(html.contains("*Counts* &amp; &lt;b&gt;bold&lt;/b&gt;"))
        // The pipe in the source does not split the table: 6 cells a row.
        let rows = html.components(after: "<h2 id=\"countries\">Countries</h2>", before: "</table>").filter { $0.hasPrefix("<tr><td") }
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.components(separatedBy: "<td").count - 1 == 6 })
        let markdown = try #require(site["indicator-A.md"])
        #expect(markdown.hasPrefix("# A \\<script\\>alert(1)\\</script\\> \\| \\[x\\](javascript:alert(1)) — Mini index 2024"))
        // The next page's link text is escaped too.
        #expect(try #require(site["indicator-B.md"]).contains("Previous: [A \\<script\\>"))
    }

    @Test(arguments: [
        ("I14", "indicator-I14"), ("D1.2-x", "indicator-D1.2-x"), ("LPI_1/x", "indicator-LPI_5F1_2Fx"),
        ("../etc", "indicator-.._2Fetc"), ("é", "indicator-_C3_A9"), ("a b", "indicator-a_20b"),
    ])
    func pageNamesArePlainAndDistinct(_ id: String, _ expected: String) {
        let name = IndicatorPage.pageName(id)
        #expect(name == expected)
        #expect(!name.contains("/"))
    }

    @Test func pageNamesOfDifferentIdsDiffer() {
        let ids = ["a_b", "a b", "a_20b", "a/b", "a_2Fb", "A_B"]
        #expect(Set(ids.map(IndicatorPage.pageName)).count == ids.count)
    }
}

/// One indicator T (tests, a count) over eleven countries: 1…9 and 100, Korea without a value;
/// the default skewness–kurtosis treatment, no imputation.
enum OutlierFixture {
    static let values: [(String, String, Double?)] = [
        ("AUT", "Austria", 1), ("BEL", "Belgium", 2), ("CAN", "Canada", 3), ("DNK", "Denmark", 4), ("EST", "Estonia", 5),
        ("FIN", "Finland", 6), ("GRC", "Greece", 7), ("HUN", "Hungary", 8), ("IRL", "Ireland", 9), ("ITA", "Italy", 100),
        ("KOR", "Korea", nil),
    ]

    static func input() throws -> ReportInput {
        let framework = Framework(
            id: "outliers", name: "Outlier index", edition: 2024, years: 2020...2024,
            levelNames: ["Indicator", "Dimension", "Pillar", "Index"],
            indicators: [Indicator(id: "T", name: "Tests", parent: "D1", type: .count, unit: "tests")],
            aggregates: [
                Aggregate(id: "D1", name: "Testing", level: 2, parent: "P1"),
                Aggregate(id: "P1", name: "Practice", level: 3, parent: "IDX"),
                Aggregate(id: "IDX", name: "Outlier index", level: 4, parent: nil),
            ],
            participants: values.map { Participant(code: $0.0) },
            method: Method(coverage: CoverageRule(countryMinimum: 0)))
        let observations = values.compactMap { code, _, value in
            value.map { Observation(country: code, indicator: "T", year: 2023, value: $0, source: "Test source", provenance: Provenance(file: "t.csv", line: 2)) }
        }
        let selection = EditionSelection(framework: framework, observations: observations)
        let scores = try ScoringPipeline(framework: framework).run(ScoringInput(framework: framework, selection: selection, earlier: observations))
        let countries = CountryCatalog(values.enumerated().map { index, entry in
            Country(alpha3: entry.0, alpha2: String(entry.0.prefix(2)), numeric: String(100 + index), name: entry.1)
        })
        return ReportInput(framework: framework, scores: scores, selection: selection, countries: countries, illustrative: false)
    }
}

extension String {
    /// The rows of the page's country table (after its header and rule).
    func tableRows() -> [String] {
        let lines = split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.firstIndex(where: { $0.hasPrefix("| Rank | Country |") }) else { return [] }
        return Array(lines[(header + 2)...].prefix { $0.hasPrefix("| ") })
    }
}
