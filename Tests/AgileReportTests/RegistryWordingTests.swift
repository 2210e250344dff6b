// The pages say what the registry declares: the match's words, the official index, the credit,
// evidence or none, quadrants or none.

import AgileCore
import AgileReport
import Testing

@Suite struct RegistryWordingTests {
    /// The fixture's framework changed by `change`.
    static func site(_ change: (inout Framework) -> Void) throws -> [String: String] {
        var framework = ReportFixture.framework()
        change(&framework)
        return try ReportFixture.site(try ReportFixture.input(framework: framework))
    }

    /// Labels on the match word its heading, note, quadrants, sentences and chart. The fixture's
    /// quadrants (worked out in ReportFixture): USA both high, JPN development ahead (P1 100,
    /// P2 25), DEU governance ahead.
    @Test func matchLabelsWordTheSectionTheTableAndTheChart() throws {
        let site = try RegistryWordingTests.site { framework in
            framework.method.match?.labels = MatchLabels(development: "capacity", governance: "outcomes", developmentAxis: "data capacity")
        }
        let index = try #require(site["index.md"])
        #expect(index.contains("\n## Capacity and outcomes\n"))
        #expect(index.contains("\nCapacity is P1; outcomes is the mean of P2. The quadrants split at the median of each.\n"))
        #expect(index.contains("\n| Rank | Country | Mini index | P1 | P2 | Tier | Quadrant |\n"))
        #expect(index.contains("\n| 1 | [Japan](JPN.md) | 62.5 | 100.0 | 25.0 | leading | capacity ahead |\n"))
        #expect(try #require(site["USA.md"]).contains("\nCapacity (pillar P1) scores **50.0**, outcomes (mean of P2) **50.0**: a gap of **0.0** points. Position: **both high**. Capacity and outcomes are both at or above the median of the countries.\n"))
        // No principle declared: the position is stated, not judged.
        #expect(try #require(site["JPN.md"]).contains("Position: **capacity ahead**. Capacity is at or above the median of the countries but outcomes is below it.\n"))
        #expect(try #require(site["DEU.md"]).contains("Position: **outcomes ahead**. Outcomes is at or above the median of the countries while capacity is below it.\n"))
        let scatter = try #require(site["charts/scatter.svg"])
        for text in ["Data capacity against outcomes", "Data capacity (0–100)", "Outcomes (0–100)", "Capacity ahead", "Outcomes ahead", "Both high"] {
            #expect(scatter.contains(text), "\(text)")
        }
        #expect(!site.values.contains { $0.contains("AI development") || $0.contains("AI governance") || $0.contains("Development ahead") })
    }

    /// A declared principle is stated on the ranking page and judges the quadrants.
    @Test func aDeclaredPrincipleJudgesTheQuadrants() throws {
        let site = try RegistryWordingTests.site { framework in
            framework.method.match?.labels = MatchLabels(development: "capacity", governance: "outcomes", principle: "outcomes should keep up with capacity")
        }
        #expect(try #require(site["index.md"]).contains("The quadrants split at the median of each: the index's principle is that outcomes should keep up with capacity.\n"))
        #expect(try #require(site["JPN.md"]).contains("but outcomes is below it: outcomes lags behind capacity, the mismatch the index's principle warns about.\n"))
        #expect(try #require(site["USA.md"]).contains("are both at or above the median of the countries: outcomes keeps pace with capacity.\n"))
    }

    /// No match declared: no section, no quadrant column, no scatter.
    @Test func withoutAMatchThereAreNoQuadrants() throws {
        let site = try RegistryWordingTests.site { $0.method.match = nil }
        let index = try #require(site["index.md"])
        #expect(index.contains("\n| Rank | Country | Mini index | P1 | P2 | Tier |\n|---:|---|---:|---:|---:|---|\n"))
        #expect(index.contains("\n| 1 | [Japan](JPN.md) | 62.5 | 100.0 | 25.0 | leading |\n"))
        #expect(!index.contains("Quadrant") && !index.contains("Development"))
        #expect(!site.keys.contains { $0.hasSuffix("scatter.svg") })
        let usa = try #require(site["USA.md"])
        #expect(!usa.contains("Development and governance") && !usa.contains("Position:"))
        #expect(usa.contains("\n## Strengths and weaknesses\n"))
    }

    /// The registry's publication: the official index in the banner, the credit in the footer;
    /// without evidence, no evidence page, menu entry or section.
    @Test func thePublicationNamesTheOfficialIndexAndTheCredit() throws {
        let site = try RegistryWordingTests.site { $0.publication = Publication(official: "Civic Index", credit: "the civic toolkit") }
        #expect(try #require(site["index.md"]).contains("\n> **Illustrative data.** The values behind these pages are invented samples, not the official Civic Index data. Do not cite these numbers.\n"))
        #expect(try #require(site["USA.md"]).contains("\n> **Illustrative data.** The values behind this report are invented samples, not the official Civic Index data. Do not cite these numbers.\n"))
        let html = try #require(site["index.html"])
        #expect(html.contains("<p>Mini index 2024 · generated by the civic toolkit from data snapshot abc123 with agile \(AgileVersion.current) · <strong>illustrative data</strong></p>"))
        #expect(html.contains("<nav><a href=\"index.html\">Ranking</a> · <a href=\"methodology.html\">Methodology</a></nav>"))
        // Every Markdown page ends with the same facts as the HTML footer.
        for (name, page) in site where name.hasSuffix(".md") {
            #expect(page.hasSuffix("\n\n---\n\n*Mini index 2024 · generated by the civic toolkit from data snapshot abc123 with agile \(AgileVersion.current) · **illustrative data***\n"), "\(name)")
        }
        #expect(site["evidence.md"] == nil && site["evidence.html"] == nil)
        #expect(!site.values.contains { $0.contains("Model-safety evidence") || $0.contains("evidence.") })
    }

    /// Nothing declared: the pages name no official index and credit nobody.
    @Test func withoutAPublicationThePagesNameNoOtherIndex() throws {
        let site = try RegistryWordingTests.site { $0.publication = Publication() }
        #expect(try #require(site["index.md"]).contains("\n> **Illustrative data.** The values behind these pages are invented samples. Do not cite these numbers.\n"))
        #expect(try #require(site["methodology.md"]).contains("\n> **Illustrative data.** The values behind these pages are invented samples.\n"))
        #expect(try #require(site["USA.html"]).contains("<p>Mini index 2024 · generated from data snapshot abc123 with agile \(AgileVersion.current) · <strong>illustrative data</strong></p>"))
        #expect(try #require(site["USA.md"]).hasSuffix("\n---\n\n*Mini index 2024 · generated from data snapshot abc123 with agile \(AgileVersion.current) · **illustrative data***\n"))
        #expect(!site.values.contains { $0.contains("not the official") || $0.contains("AGILE") })
    }
}
