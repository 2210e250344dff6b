// The audit page: every section with the hand-worked figures, its charts, escaping, links, and
// the same bytes on any number of threads.

import AgileCore
import AgileIO
import AgileReport
import Foundation
import Testing

@Suite struct AuditPageTests {
    @Test func everySectionWithTheHandWorkedFigures() throws {
        let site = try ReportFixture.site(try AuditFixture.input())
        let page = try #require(site["audit.md"])
        #expect(page.hasPrefix("# Audit — Mini index 2024\n"))
        #expect(page.contains("200 replications, seed 5."))
        #expect(page.contains("- The dimension and pillar weights: each multiplied by its own factor drawn uniformly from 0.75 to 1.25 (±25 %)."))
        // Japan is second in about 2 % of the replications (4 of these 200): mean 1.02, 5–95 % 1–1;
        // Germany and the United States share places 2 and 3.
        #expect(page.contains("| 1 | [Japan](JPN.md) (JPN) | 1 | 1.02 | 1 | 1 | 0.02 |"))
        let rows = page.split(separator: "\n").filter { $0.hasPrefix("| 2 | [") }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.hasSuffix("| 2 | 3 | " + $0.split(separator: "|").last!.trimmingCharacters(in: .whitespaces) + " |") })
        // The reading names the countries beside their codes and says what robust means.
        #expect(page.components(after: "## Reading", before: "## Design").filter { $0.hasPrefix("- ") } == [
            "- First place is robust: Japan (JPN).",
            "- A place is robust when its country's 5–95 % rank interval overlaps no other country's, with the countries ranked above it wholly ahead and those below wholly behind.",
            "- Places 2–3 can swap: Germany (DEU) and United States of America (USA).",
            "- The widest interval is that of Germany (DEU): ranks 2–3 (nominal 2).",
        ])
        // One input: the Sobol note says so; N = 50 → 50 × 3 = 150 runs.
        #expect(page.contains("N = 50 points gives N(d + 2) = 150 runs for d = 1 uncertain input"))
        // At N = 50 the estimator leaves [0, 1] (Si 3.031, STi 1.010): shown clipped to 1, flagged, with the note on N.
        let sobol = try #require(page.split(separator: "\n").first { $0.hasPrefix("| Weights |") })
        #expect(sobol.hasPrefix("| Weights | 1.000 | 0.000–1.000 | 1.000 | 0.000–1.000 | Si estimate "))
        #expect(sobol.contains(", above 1; STi estimate ") && sobol.contains("; Si above STi: "))
        #expect(page.contains("Sobol estimates are noisy at small N (their error shrinks only as 1/√N; here N = 50, with 100 bootstrap resamples for the intervals)"))
        #expect(page.contains("The input is flagged at N = 50; a larger N narrows the intervals and should settle the flags."))
        // Three countries: the caution under Correlations, with |r| = 0.997 for ν = 1; a pointer from the weights.
        #expect(page.contains("> The r and r² share columns rest on 3 countries: see the caution under Correlations."))
        #expect(page.components(after: "## Correlations", before: "## Leaving one out").contains(
            "> Caution: only 3 countries. Correlations over fewer than 20 countries mean little: with 3, \\|r\\| must reach 0.997 to differ from zero "
            + "at the 5 % level (two-sided t-test, 1 degree of freedom; 0.44 with 20), and a single country can swing r. Read r, the r² shares "
            + "and the weak and negative r flags as rough; even far larger samples leave r unstable (Schönbrodt \\& Perugini 2013)."))
        #expect(page.contains("| Pillar | P1 Development | 50.0 % | 50.0 % | 0.94 | 54.3 % | – |"))
        #expect(page.contains("| Pillar | P2 Governance | 50.0 % | 50.0 % | \u{2212}0.87 | 45.7 % | negative r |"))
        #expect(page.contains("| Dimension | D2 Instruments | 50.0 % | 50.0 % | \u{2212}0.87 | 45.7 % | negative r |"))
        // Indicators (normalised, against the index 50, 50, 62.5): r(A) = 0.87, r(C) = 0 (weak, and
        // its r² share 0 is under half its declared 25 %), r(D) = −0.87 (negative); r(A)² and r(D)²
        // share the level equally, 50 % each: twice 25 %, not more, so not flagged. B, missing for
        // Japan, is constant on the other two: r is undefined and nothing is flagged.
        #expect(page.components(after: "Indicators flagged:", before: "## Correlations").filter { $0.hasPrefix("- ") } == [
            "- C Cooperation: correlation share, weak r",
            "- D Incidents: negative r",
        ])
        let removals = page.components(after: "| Level | Left out |", before: "Each node's weight").filter { $0.hasPrefix("| ") && !$0.hasPrefix("|---") }
        #expect(removals == [
            "| Pillar | P1 Development | 1.00 | Japan (JPN) | −2 |",
            "| Pillar | P2 Governance | 0.33 | Germany (DEU) | −1 |",
            "| Dimension | D1 Research | 1.00 | Japan (JPN) | −2 |",
            "| Dimension | D2 Instruments | 0.33 | Germany (DEU) | −1 |",
        ])
    }

    @Test func chartsOfThePage() throws {
        let site = try ReportFixture.site(try AuditFixture.input())
        let names = ["audit-intervals", "audit-sobol", "audit-weights-pillars", "audit-weights-dimensions", "audit-correlations"]
        let html = try #require(site["audit.html"])
        for name in names {
            let svg = try #require(site["charts/\(name).svg"], "\(name)")
            let parsed = ParsedSVG(svg)
            #expect(parsed.error == nil, "\(name): \(parsed.error ?? "")")
            #expect(parsed.root?.elements("title").first?.text.isEmpty == false, "\(name) has a title")
            #expect(parsed.root?.elements("desc").first?.text.isEmpty == false, "\(name) has a text alternative")
            #expect(html.contains(svg.trimmingCharacters(in: .newlines)), "\(name) is inline in audit.html")
            #expect(site["audit.md"]?.contains("](charts/\(name).svg)") == true)
        }
        func elements(_ name: String, _ element: String, class kind: String) throws -> [XMLNode] {
            try #require(ParsedSVG(site["charts/\(name).svg"] ?? "").root).elements(element).filter { $0.attributes["class"] == kind }
        }
        // One interval bar per country; Japan's is a point interval at rank 1, drawn 4 wide.
        let bars = try elements("audit-intervals", "rect", class: "interval")
        #expect(bars.count == 3)
        #expect(bars.first?.number("width") == 4)
        // One input, two bars; a row per pillar with its three markers; 4 × 3 heat-map cells.
        #expect(try elements("audit-sobol", "rect", class: "first-order").count == 1)
        #expect(try elements("audit-sobol", "rect", class: "total").count == 1)
        // The chart draws the indices clipped to [0, 1], as the table shows them.
        #expect(try #require(ParsedSVG(site["charts/audit-sobol.svg"] ?? "").root).elements("desc").first?.text.hasSuffix(
            "Weights Si 1.00 (0.00–1.00), STi 1.00 (0.00–1.00).") == true)
        let heat = try #require(ParsedSVG(site["charts/audit-correlations.svg"] ?? "").root)
        let cells = heat.children.filter { $0.name == "g" && $0.elements("title").first != nil }.compactMap { $0.elements("rect").first }
        #expect(cells.count == 12)
        // P1 against P2: r = −0.982, 0.054 of the way from the −1 stop (178, 24, 43) to the −2/3
        // stop (239, 138, 98): (181, 30, 46). P1 against itself: 1, the darkest blue.
        #expect(cells[1].attributes["fill"] == "#b51e2e")
        #expect(cells[0].attributes["fill"] == "#2166ac")
        let weights = try #require(site["charts/audit-weights-pillars.svg"])
        #expect(weights.contains(">negative r</text>"))
    }

    @Test func navigationLinksTheAuditPage() throws {
        let site = try ReportFixture.site(try AuditFixture.input())
        #expect(try #require(site["index.md"]).contains("[audit](audit.md)"))
        #expect(try #require(site["methodology.md"]).contains("[audit](audit.md)"))
        for (path, content) in site where path.hasSuffix(".html") {
            #expect(content.contains("<a href=\"audit.html\">Audit</a>"), "\(path)")
            #expect(HTMLCheck.problems(in: content, name: path).map(\.description) == [], "\(path)")
            for link in content.attributeValues("href") where !link.hasPrefix("#") {
                #expect(site[link] != nil, "\(path) links to \(link)")
            }
        }
        // Without an audit: no page, no link.
        let plain = try ReportFixture.site(try ReportFixture.input())
        #expect(plain["audit.md"] == nil && plain["audit.html"] == nil)
        #expect(plain.keys.allSatisfy { !$0.hasPrefix("charts/audit-") })
        #expect(plain.values.allSatisfy { !$0.contains("audit.html") && !$0.contains("audit.md") })
    }

    @Test func hostileCountryNamesAreEscaped() throws {
        let hostile = "<script>alert('x')</script> | [link](javascript:alert(1)) *b* & co"
        let site = try ReportFixture.site(try AuditFixture.input(countries: ReportFixture.catalog(usaName: hostile)))
        let html = try #require(site["audit.html"])
        #expect(!html.contains("<script"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &#124; [link](javascript:alert(1)) *b* &amp; co"))
        // The pipe does not split the rank table: each country row keeps its 7 cells.
        let rows = html.components(after: "<th style=\"text-align: right\">Nominal</th>", before: "</table>").filter { $0.hasPrefix("<tr><td") }
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.components(separatedBy: "<td").count - 1 == 7 })
        #expect(try #require(site["audit.md"]).contains("\\<script\\>"))
        let svg = try #require(site["charts/audit-intervals.svg"])
        #expect(ParsedSVG(svg).error == nil)
        #expect(svg.contains("&lt;script&gt;"))
    }

    /// The audit computed on one thread and on four gives the same site, byte for byte.
    @Test func theSameBytesOnAnyNumberOfThreads() throws {
        let one = try ReportFixture.site(try AuditFixture.input(threads: 1))
        let four = try ReportFixture.site(try AuditFixture.input(threads: 4))
        #expect(one == four)
    }
}
