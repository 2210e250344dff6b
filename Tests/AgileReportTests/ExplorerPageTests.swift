// The weights explorer page: its embedded data (escaped for a <script> element, the engine's
// numbers) and what it shows without scripts. Tests/Browser/explore_check.py runs its script.

import AgileCore
import AgileIO
@testable import AgileReport
import Foundation
import Testing

@Suite struct ExplorerPageTests {
    /// The embedded JSON between `<script type="application/json" id="explorer-data">` and `</script>`.
    func embedded(_ page: String) throws -> String {
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"explorer-data\">\n"))
        let end = try #require(page[start.upperBound...].range(of: "\n</script>"))
        return String(page[start.upperBound..<end.lowerBound])
    }

    @Test func jsonStringsCannotEndTheScriptElement() {
        #expect(ExplorerData.string("</script><!-- & \u{2028}\u{2029}\"\\\n\u{7F}") ==
            "\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029\\\"\\\\\\u000a\\u007f\"")
        #expect(ExplorerData.string("Côte d’Ivoire") == "\"Côte d’Ivoire\"")
        #expect(ExplorerData.number(.nan) == "null" && ExplorerData.number(62.5) == "62.5" && ExplorerData.number(0.1) == "0.1")
    }

    @Test func hostileNamesStayInsideTheData() throws {
        let hostile = "</script><script>alert(1)</script>\u{2028}\u{2029}<!--"
        var framework = ReportFixture.framework()
        framework.aggregates[0].name = hostile
        let site = try ReportFixture.site(try ReportFixture.input(framework: framework, countries: ReportFixture.catalog(usaName: hostile)))
        let page = try #require(site[ExplorerPage.path])
        // The page's two scripts and nothing else: the data and the script.
        #expect(page.components(separatedBy: "<script").count - 1 == 2)
        #expect(page.components(separatedBy: "</script>").count - 1 == 2)
        let json = try embedded(page)
        #expect(!json.contains("<") && !json.contains("\u{2028}") && !json.contains("\u{2029}"))
        #expect(json.contains("\"name\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u2028\\u2029\\u003c!--\""))
        // The data reads back as the names were.
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((data["names"] as? [String])?.first == hostile)
        // In the HTML (the no-script ranking, the controls) the name is escaped as everywhere.
        #expect(page.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(HTMLCheck.problems(in: page, name: ExplorerPage.path).map(\.description) == [])
        // Every other page stays without a script.
        for (path, content) in site where path.hasSuffix(".html") && path != ExplorerPage.path {
            #expect(!content.contains("<script"), "\(path)")
        }
    }

    /// The fixture's numbers, worked by hand (ReportFixture): normalised A 0/50/100, B 100/0/–,
    /// C 0/100/50, D 100/50/0; index USA 50, DEU 50, JPN 62.5, ranks 2, 2, 1.
    @Test func theDataAreTheRunsNumbers() throws {
        let framework = ReportFixture.framework()
        var withSet = framework
        withSet.weightSets = [WeightSet(id: "research-double", name: "Research counts double", weights: ["P1": 2])]
        let page = try #require(ExplorerPage(input: try ReportFixture.input(framework: withSet)))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(page.data.json.utf8)) as? [String: Any])
        #expect(data["units"] as? [String] == ["USA", "DEU", "JPN"])
        #expect(data["framework"] as? String == "mini" && data["edition"] as? Int == 2024 && data["minimum"] as? Double == 0)
        let nodes = try #require(data["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as? String } == ["A", "B", "C", "D", "D1", "D2", "P1", "P2", "IDX"])
        #expect(nodes.map { $0["parent"] as? String } == ["D1", "D1", "D2", "D2", "P1", "P2", "IDX", "IDX", nil])
        #expect(nodes[4]["aggregation"] as? String == "arithmetic" && nodes[0]["aggregation"] == nil)
        let values = try #require(data["values"] as? [[Any]])
        #expect(values.map { $0.map { ($0 as? Double) ?? -1 } } == [[0, 50, 100], [100, 0, -1], [0, 100, 50], [100, 50, 0]])
        #expect(data["score"] as? [Double] == [50, 50, 62.5] && data["rank"] as? [Double] == [2, 2, 1])
        let tiers = try #require(data["tiers"] as? [[Any]])
        #expect(tiers.map { $0[0] as? String } == ["leading", "advancing", "developing"] && tiers[2][1] is NSNull)
        let presets = try #require(data["presets"] as? [[String: Any]])
        #expect(presets.map { $0["id"] as? String } == ["published", "research-double", "equal"])
        #expect(presets.map { $0["weights"] as? [Double] } == [Array(repeating: 1, count: 9), [1, 1, 1, 1, 1, 1, 2, 1, 1], Array(repeating: 1, count: 9)])
    }

    @Test func withoutScriptsThePageShowsThePublishedRanking() throws {
        let site = try ReportFixture.site(try ReportFixture.input())
        let page = try #require(site[ExplorerPage.path])
        #expect(page.contains("<noscript><p class=\"notice\"><strong>The weights explorer needs scripts.</strong> "
            + "Without them this page shows the published ranking only.</p></noscript>"))
        #expect(page.contains("<section id=\"weights\" class=\"explorer-weights\" hidden>"))
        let rows = page.components(separatedBy: "\n").filter { $0.hasPrefix("<tr data-unit=") }
        #expect(rows == [
            "<tr data-unit=\"2\"><td style=\"text-align:right\">1</td><td><a href=\"JPN.html\">Japan</a></td><td style=\"text-align:right\">62.5</td>"
                + "<td class=\"bar\" aria-hidden=\"true\"><span style=\"transform:scaleX(1.000)\"></span></td><td style=\"text-align:right\">–</td><td>leading</td></tr>",
            "<tr data-unit=\"1\"><td style=\"text-align:right\">2</td><td><a href=\"DEU.html\">Germany</a></td><td style=\"text-align:right\">50.0</td>"
                + "<td class=\"bar\" aria-hidden=\"true\"><span style=\"transform:scaleX(0.800)\"></span></td><td style=\"text-align:right\">–</td><td>advancing</td></tr>",
            "<tr data-unit=\"0\"><td style=\"text-align:right\">2</td><td><a href=\"USA.html\">United States of America</a></td><td style=\"text-align:right\">50.0</td>"
                + "<td class=\"bar\" aria-hidden=\"true\"><span style=\"transform:scaleX(0.800)\"></span></td><td style=\"text-align:right\">–</td><td>advancing</td></tr>",
        ])
        // One slider and one number box per pillar and per dimension, each labelled.
        #expect(page.components(separatedBy: "<input type=\"range\"").count - 1 == 4)
        #expect(page.components(separatedBy: "<input type=\"number\"").count - 1 == 4)
        #expect(page.contains("<label for=\"w4\">D1 Research</label>") && page.contains("<label for=\"w6\">weight of Development</label>"))
        // The ranking links to it; a Markdown-only site has no explorer.
        #expect(try #require(site["index.html"]).contains("<a href=\"explore.html\">weights explorer</a>"))
        #expect(!(try #require(site["index.md"])).contains("explore"))
        let markdownOnly = ReportSite(input: try ReportFixture.input(), templates: try ReportFixture.templates()).files(formats: [.markdown])
        #expect(!markdownOnly.contains { $0.path.hasPrefix("explore") })
    }
}
