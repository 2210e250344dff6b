// The report site: the right numbers in every section, escaping, well-formed HTML, links.

import AgileCore
import AgileIO
import AgileReport
import Foundation
import Testing

@Suite struct ReportSiteTests {
    @Test func countryPageHasEverySectionWithTheHandWorkedNumbers() throws {
        let site = try ReportFixture.site(try ReportFixture.input())
        let usa = try #require(site["USA.md"])
        #expect(usa.contains("# United States of America — Mini index 2024"))
        #expect(usa.contains("> **Illustrative data.**"))
        #expect(usa.contains("**Mini index score 50.0** · rank **2 of 3** · tier **advancing** · data coverage grade **A**"))
        #expect(usa.contains("| P1 Development | 50.0 | 2 of 3 | 50.0 |"))
        #expect(usa.contains("| P2 Governance | 50.0 | 2 of 3 | 50.0 |"))
        #expect(usa.contains("| D1 Research | P1 | 50.0 | 2 of 3 | 50.0 |"))
        #expect(usa.contains("Development (pillar P1) scores **50.0**, governance (mean of P2) **50.0**: a gap of **0.0** points. Position: **both high**."))
        // Against the peer medians (B: 100 vs 50; D: 100 vs 50; A: 0 vs 50; C: 0 vs 50): B and D
        // above by 50 (by id), A and C below by 50.
        let strongest = usa.components(after: "**Strongest**", before: "**Weakest**")
        #expect(strongest.filter { $0.hasPrefix("1. ") } == [
            "1. B Bodies: 4 bodies — score 100.0 against a peer median of 50.0 (+50.0), rank 1 of 2",
            "1. D Incidents: 5 incidents — score 100.0 against a peer median of 50.0 (+50.0), rank 1 of 3",
        ])
        #expect(usa.components(after: "**Weakest**", before: "## Ranking").filter { $0.hasPrefix("1. ") } == [
            "1. A Articles: 10 articles — score 0.0 against a peer median of 50.0 (\u{2212}50.0), rank 3 of 3",
            "1. C Cooperation: 1 initiatives — score 0.0 against a peer median of 50.0 (\u{2212}50.0), rank 3 of 3",
        ])
        #expect(usa.contains("| [B Bodies](indicator-B.md) | 4 bodies | 2023 | Test source (illustrative) | 100.0 | 1 of 2 | reconstructed |"))
        #expect(usa.contains("## Model-safety evidence"))
        #expect(usa.contains("[methodology](methodology.md)"))

        let japan = try #require(site["JPN.md"])
        #expect(japan.contains("rank **1 of 3** · tier **leading** · data coverage grade **C**"))
        #expect(japan.contains("| [B Bodies](indicator-B.md) | missing | – | Registry source A") == false)
        #expect(japan.contains("| [B Bodies](indicator-B.md) | missing | – |"))
        #expect(japan.contains("Grade **C**: 3 of 4 indicators observed (75.0 %). Missing: B Bodies."))
        #expect(japan.contains("Position: **development ahead**"))
        let germany = try #require(site["DEU.md"])
        #expect(germany.contains("rank **2 of 3**"))
        #expect(germany.contains("Position: **governance ahead**"))
    }

    @Test func rankingAndMethodologyPages() throws {
        let site = try ReportFixture.site(try ReportFixture.input())
        let index = try #require(site["index.md"])
        // Rank order JPN, then the tie USA/DEU by code: DEU before USA.
        let rows = index.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("](") }
        #expect(rows == [
            "| 1 | [Japan](JPN.md) | 62.5 | 100.0 | 25.0 | leading | development ahead |",
            "| 2 | [Germany](DEU.md) | 50.0 | 25.0 | 75.0 | advancing | governance ahead |",
            "| 2 | [United States of America](USA.md) | 50.0 | 50.0 | 50.0 | advancing | both high |",
        ])
        #expect(index.contains("- **leading** (≥ 60): Japan"))
        #expect(index.contains("- **developing** (\\< 50): none"))
        let methodology = try #require(site["methodology.md"])
        #expect(methodology.contains("| D1 Research | 1 | B Bodies | 1 | bodies | positive | none | reconstructed |"))
        #expect(methodology.contains("| D2 Instruments | 1 | D Incidents | 1 | incidents | negative | none | confirmed |"))
        #expect(methodology.contains("Outliers: no treatment."))
    }

    @Test func hostileStringsFromDataAreEscaped() throws {
        let hostile = "<script>alert('x')</script> | [link](javascript:alert(1)) *b* & co"
        let input = try ReportFixture.input(countries: ReportFixture.catalog(usaName: hostile), source: "<img src=x onerror=alert(1)> | pipe")
        let site = try ReportFixture.site(input)
        for (path, content) in site where path.hasSuffix(".html") {
            // The weights explorer has its own two scripts (ExplorerPageTests).
            #expect(path == "explore.html" || !content.contains("<script"), "\(path)")
            #expect(!content.contains("<img"), "\(path)")
            #expect(!content.contains("href=\"javascript"), "\(path)")
        }
        let html = try #require(site["USA.html"])
        #expect(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &#124; [link](javascript:alert(1)) *b* &amp; co"))
        // The pipe in the source does not split the table: every indicator row keeps 7 cells.
        let table = html.components(after: "<h2 id=\"indicators\">Indicators</h2>", before: "</table>")
        let rows = table.filter { $0.hasPrefix("<tr><td") }
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { $0.components(separatedBy: "<td").count - 1 == 7 })
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; &#124; pipe"))
        #expect(try #require(site["USA.md"]).contains("\\<script\\>"))
    }

    @Test func htmlIsWellFormedAndLinksResolve() throws {
        let site = try ReportFixture.site(try ReportFixture.input())
        for (path, content) in site.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") {
            #expect(HTMLCheck.problems(in: content, name: path).map(\.description) == [], "\(path)")
            #expect(content.hasPrefix("<!DOCTYPE html>"))
            for link in content.attributeValues("href") {
                if link.hasPrefix("#") {
                    #expect(content.contains("id=\"\(link.dropFirst())\""), "\(path): \(link)")
                } else {
                    #expect(site[link] != nil, "\(path) links to \(link)")
                }
            }
        }
        // Markdown pages link to Markdown pages.
        for (path, content) in site where path.hasSuffix(".md") {
            for link in content.markdownLinks() where !link.hasPrefix("charts/") {
                #expect(site[link] != nil, "\(path) links to \(link)")
            }
        }
    }

    @Test func everyChartOfTheSiteIsWellFormedSVG() throws {
        let site = try ReportFixture.site(try ReportFixture.input())
        let charts = site.filter { $0.key.hasPrefix("charts/") }
        // Per country: pillar bars (two pillars make no radar), dimensions, scatter, ranking;
        // the ranking page: ranking, scatter; a dot plot per indicator.
        #expect(charts.count == 3 * 4 + 2 + 4)
        for (path, svg) in charts.sorted(by: { $0.key < $1.key }) {
            let parsed = ParsedSVG(svg)
            #expect(parsed.error == nil, "\(path): \(parsed.error ?? "")")
            #expect(parsed.root?.name == "svg", "\(path)")
        }
        // Inline in the HTML pages, each chart is the same SVG, inside a figure.
        let html = try #require(site["USA.html"])
        #expect(html.components(separatedBy: "<figure class=\"chart\">").count - 1 == 4)
        #expect(html.contains(try #require(site["charts/USA-pillars.svg"]).trimmingCharacters(in: .newlines)))
        #expect(site["charts/USA-radar.svg"] == nil)
    }

    @Test func theSameRunGivesTheSameBytes() throws {
        let first = try ReportFixture.site(try ReportFixture.input())
        let second = try ReportFixture.site(try ReportFixture.input())
        #expect(first == second)
    }

    @Test func aTemplateErrorNamesTheTemplateAndLine() throws {
        var sources: [String: String] = [:]
        for name in ReportTemplates.files {
            sources[name] = try String(contentsOfFile: "\(ReportFixture.root)/Templates/\(name)", encoding: .utf8)
        }
        sources["index.md.mustache"] = "# Title\n\nline three {{#countries}} never closed\n"
        #expect {
            _ = try ReportTemplates(sources: sources)
        } throws: { error in
            "\(error)".hasPrefix("index.md.mustache:")
        }
    }
}

extension String {
    /// The lines between the first line containing `start` and the next containing `end`.
    func components(after start: String, before end: String) -> [String] {
        let lines = split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let from = lines.firstIndex(where: { $0.contains(start) }) else { return [] }
        let rest = lines[(from + 1)...]
        let to = rest.firstIndex(where: { $0.contains(end) }) ?? lines.endIndex
        return Array(lines[(from + 1)..<to])
    }

    /// The values of an attribute in an HTML page.
    func attributeValues(_ name: String) -> [String] {
        var values: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: "\(name)=\"") {
            rest = rest[range.upperBound...]
            if let end = rest.firstIndex(of: "\"") {
                values.append(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        return values
    }

    /// The targets of Markdown links `[text](target)`.
    func markdownLinks() -> [String] {
        var links: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: "](") {
            rest = rest[range.upperBound...]
            if let end = rest.firstIndex(of: ")") {
                links.append(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        return links
    }
}
