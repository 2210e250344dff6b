// An index of one's own, end to end: a fictional 2-pillar registry (Tests/Fixtures/registry/civic)
// validated, ingested, scored and reported from a folder outside the checkout.

import Foundation
import Testing

@Suite struct OwnIndexSiteTests {
    /// The registry declares no <publication> and no match: its pages name no other index (no
    /// "AGILE", nothing "official"), show no quadrants, no evidence, and two pillars as bars.
    @Test func theSiteOfAFictionalIndexNamesNoOtherIndex() throws {
        let folder = try TemporaryFolder()
        try StandaloneRegistryTests.copy("Tests/Fixtures/registry/civic/civic-2025.xml", to: "civic-2025.xml", in: folder)
        try StandaloneRegistryTests.copy("Tests/Fixtures/registry/civic/civic-2025.csv", to: "civic-2025.csv", in: folder)
        func agile(_ arguments: String...) throws -> CLI.Result {
            let result = try CLI.run(arguments + ["--framework", "civic-2025.xml", "--db", "store.sqlite"], in: folder, directory: folder.path)
            #expect(result.status == 0, "\(result)")
            return result
        }
        #expect(try agile("validate").lines.first == "civic-2025.xml: valid framework 'civic-2025' — Civic Data Readiness Index 2025, edition 2025, years 2022–2025")
        #expect(try agile("ingest", "civic-2025.csv").stdout == "ingested   civic-2025.csv (csv-long) [illustrative]: 79 values, 79 added\n")
        let score = try agile("score")
        #expect(score.lines.contains("ILLUSTRATIVE DATA — not official results."), "\(score)")
        #expect(try agile("data").lines.contains("NOTE: some of this data is ILLUSTRATIVE, not official data."))
        _ = try agile("report", "--out", "site", "--audit-replications", "100")

        let site = folder.path("site")
        let files = try ReportsUpToDateTests.listing(site).filter { !$0.hasPrefix(".") && !$0.hasSuffix(".xlsx") }
        var pages: [String: String] = [:]
        for file in files { pages[file] = try String(contentsOfFile: "\(site)/\(file)", encoding: .utf8) }
        // Ten countries in two formats, ranking, methodology, audit and the eight indicators, and
        // the weights explorer; no evidence page; the two CSV downloads (the workbook is not text).
        #expect(files.filter { !$0.hasPrefix("charts/") && !$0.hasPrefix("downloads/") }.count == 2 * (10 + 3 + 8) + 1)
        #expect(files.filter { $0.hasPrefix("downloads/") } == ["downloads/civic-2025-data.csv", "downloads/civic-2025-scores.csv"])
        #expect(pages["evidence.md"] == nil && pages["evidence.html"] == nil)
        for (file, text) in pages {
            #expect(!text.contains("AGILE"), "\(file)")
            for words in ["AI development", "AI governance", "Model-safety", "not the official", "Quadrant", "radar"] {
                #expect(!text.contains(words), "\(file): \(words)")
            }
        }
        // Two pillars: bars, not a radar; no scatter (no match declared).
        #expect(!files.contains { $0.hasSuffix("-radar.svg") || $0.hasSuffix("scatter.svg") })
        let norway = try #require(pages["NOR.md"])
        #expect(norway.contains("\n![Bar chart of Norway on a 0 to 100 scale, with Median in brackets: P1 Open data supply "))
        #expect(norway.contains("](charts/NOR-pillars.svg)\n"))
        // Every indicator is confirmed: the flags note does not explain "reconstructed".
        #expect(norway.contains("*log* (log-transformed as an outlier).\n"))
        #expect(norway.contains("\n> **Illustrative data.** The values behind this report are invented samples. Do not cite these numbers.\n"))
        let index = try #require(pages["index.html"])
        #expect(index.contains("<nav><a href=\"index.html\">Ranking</a> · <a href=\"methodology.html\">Methodology</a> · <a href=\"audit.html\">Audit</a></nav>"))
        #expect(index.contains("<p>Civic Data Readiness Index 2025 · generated from data snapshot "))
        #expect(try #require(pages["index.md"]).contains("\n| Rank | Country | Civic Data Readiness Index | P1 | P2 | Tier |\n"))
    }
}
