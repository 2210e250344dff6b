// `agile report --editions` on the hand-worked two-edition fixture (Tests/Fixtures/editions):
// the ▲/▼ columns of the ranking and each country's change section against `agile compare`
// and the README's numbers, the revised 2024 value, the layout and a one-edition rebuild.

import Foundation
import Testing

@Suite struct EditionSitesCommandTests {
    /// The fixture's store and a site of both editions (Markdown, no audit) in `site/`.
    static func site() throws -> (TemporaryFolder, [String]) {
        let (folder, compare) = try CompareEditionsCommandTests.store()
        let options = ["report", "--editions", "--db", folder.db, "--framework", "\(CompareEditionsCommandTests.folder)/agile-2024.xml", "--no-audit", "--format", "md"]
        let result = try folder.agile(options + ["--out", folder.path("site")])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "wrote 66 files to \(folder.path("site"))/ (editions 2024, 2025, as published)\n")
        return (folder, compare)
    }

    static func lines(_ folder: TemporaryFolder, _ page: String) throws -> [String] {
        try String(contentsOfFile: folder.path("site/\(page)"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The ranking's Change and Rank 2024 columns are `agile compare`'s rank_2024 and rank_total
    /// (README: USA +1, FRA −1, DEU +1, JPN −1 among the four common countries; KEN new).
    @Test func rankChangeColumnsAreThoseOfCompare() throws {
        let (folder, compare) = try Self.site()
        let csv = try folder.agile(compare + ["--format", "csv"])
        #expect(csv.status == 0)
        var expected: [String: (rank: String, move: String)] = [:]
        for line in csv.lines.dropFirst() where !line.isEmpty {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let places = Int(cells[11])
            expected[cells[0]] = (cells[9].isEmpty ? "–" : cells[9], places.map { $0 > 0 ? "▲ \($0)" : $0 < 0 ? "▼ \(-$0)" : "0" } ?? "new")
        }
        #expect(expected.count == 5)
        let ranking = try Self.lines(folder, "2025/index.md")
        #expect(ranking.contains("| Rank | Country | Tiny index | Change | Rank 2024 | P1 | P2 | Tier |"))
        let rows = [
            "| 1 | [United States](USA.md) | 87.5 | ▲ 1 | 2 | 100.0 | 75.0 | all |",
            "| 2 | [France](FRA.md) | 68.8 | ▼ 1 | 1 | 37.5 | 100.0 | all |",
            "| 3 | [Germany](DEU.md) | 56.3 | ▲ 1 | 4 | 62.5 | 50.0 | all |",
            "| 4 | [Japan](JPN.md) | 18.8 | ▼ 1 | 3 | 12.5 | 25.0 | all |",
            "| 4 | [Kenya](KEN.md) | 18.8 | new | – | 37.5 | 0.0 | all |",
        ]
        for row in rows { #expect(ranking.contains(row), "\(row)") }
        for (code, value) in expected {
            let row = try #require(ranking.first { $0.contains("](\(code).md)") })
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(cells[4] == value.rank && cells[3] == value.move, "\(code): \(row)")
        }
        #expect(ranking.contains("Change and Rank 2024 compare ranks among the 4 countries common to both editions (2024 as published): ▲ places gained, ▼ places lost, 0 no move. 1 country is new in 2025 (marked new): not compared. See [what changed](changes.md) since 2024."))
        #expect(ranking.contains("- Biggest moves up: Germany ▲ 1 (4 → 3); United States ▲ 1 (2 → 1)"))
        #expect(ranking.contains("- Biggest moves down: France ▼ 1 (1 → 2); Japan ▼ 1 (3 → 4)"))
        #expect(ranking.contains("- New in this edition: Kenya"))
        // The 2024 ranking has no change columns (no earlier edition).
        #expect(try Self.lines(folder, "2024/index.md").contains("| Rank | Country | Tiny index | P1 | P2 | Tier |"))
    }

    /// Germany's change section: README's decomposition (12.5 → 56.25: data +13.75, framework
    /// +25, field +5; P1 25 → 62.5: +2.5, +25, +10; P2 0 → 50: +25, +25, 0), as compare prints
    /// it, and its 2023 X1 revised after publication (60 → 70; the 2024-year values that arrived
    /// since are not revisions): X1 (20–100) = 62.5, P1 = (62.5 + 0)/2 = 31.25, index
    /// (31.25 + 0)/2 = 15.625 against 25 and 12.5 as published. Kenya: new, no comparison.
    @Test func countryChangeSectionIsTheDecompositionOfCompare() throws {
        let (folder, compare) = try Self.site()
        let json = try folder.agile(compare + ["--format", "json", "--country", "DEU", "--level", "all"])
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let rows = document["rows"] as! [[String: Any]]
        #expect(rows.map { $0["total"] as! Double } == [43.75, 37.5, 50])
        let page = try Self.lines(folder, "2025/DEU.md")
        #expect(page.contains("## Change since 2024"))
        #expect(page.contains("Since 2024, the Tiny index score of Germany went from 12.5 to 56.3 (+43.8): +13.8 from the new data, +25.0 from the revised framework and +5.0 from the larger field of countries. Among the 4 countries of both editions its rank went from 4 to 3 (▲ 1)."))
        #expect(page.contains("| Tiny index | 12.5 | 56.3 | +43.8 | +13.8 | +25.0 | +5.0 | 4 | 3 | ▲ 1 |"))
        #expect(page.contains("| P1 Development | 25.0 | 62.5 | +37.5 | +2.5 | +25.0 | +10.0 | 4 | 2 | ▲ 2 |"))
        #expect(page.contains("| P2 Governance | 0.0 | 50.0 | +50.0 | +25.0 | +25.0 | 0.0 | 4 | 3 | ▲ 1 |"))
        #expect(page.contains("Some 2024 values of Germany were revised after the 2024 edition was published (values as of 2025-07-31): its 2024 scores are Tiny index 12.5 as published, 15.6 revised; P1 25.0 as published, 31.3 revised. The change above compares the values as published."))
        // No revision touched the United States' or Japan's values: no such sentence.
        #expect(!(try Self.lines(folder, "2025/JPN.md")).contains { $0.hasPrefix("Some 2024 values") })
        #expect(!(try Self.lines(folder, "2025/USA.md")).contains { $0.hasPrefix("Some 2024 values") })
        let kenya = try Self.lines(folder, "2025/KEN.md")
        #expect(kenya.contains("New in this edition: Kenya was not in the 2024 edition, so there is no comparison with 2024."))
        #expect(!kenya.contains { $0.hasPrefix("| Tiny index |") })
    }

    /// In a site of several editions every HTML page of an edition (the explorer included) links
    /// up to the landing page from its menu; a one-edition site has no such link.
    @Test func editionPagesLinkTheLandingPage() throws {
        let (folder, _) = try Self.site()
        let registry = "\(CompareEditionsCommandTests.folder)/agile-2024.xml"
        let editions = try folder.agile(["report", "--editions", "--db", folder.db, "--framework", registry, "--no-audit", "--format", "html", "--out", folder.path("html")])
        #expect(editions.status == 0, "\(editions)")
        let up = "<nav><a href=\"../index.html\">All editions</a> · <a href=\"index.html\">Ranking</a>"
        for page in ["2024/index.html", "2025/DEU.html", "2025/methodology.html", "2025/changes.html", "2025/explore.html"] {
            #expect(try String(contentsOfFile: folder.path("html/\(page)"), encoding: .utf8).contains(up), "\(page)")
        }
        #expect(FileManager.default.fileExists(atPath: folder.path("html/index.html")))
        // The Markdown pages link up at their foot, to the Markdown landing page.
        let markdown = try folder.agile(["report", "--editions", "--db", folder.db, "--framework", registry, "--no-audit", "--format", "md", "--out", folder.path("md")])
        #expect(markdown.status == 0, "\(markdown)")
        for page in ["2024/index.md", "2025/DEU.md", "2025/methodology.md", "2025/changes.md"] {
            #expect(try String(contentsOfFile: folder.path("md/\(page)"), encoding: .utf8).hasSuffix("*\n\n[All editions](../index.md)\n"), "\(page)")
        }
        #expect(FileManager.default.fileExists(atPath: folder.path("md/index.md")))
        let alone = try folder.agile(["report", "--db", folder.db, "--framework", registry, "--no-audit", "--format", "html", "--out", folder.path("alone")])
        #expect(alone.status == 0, "\(alone)")
        #expect(!(try String(contentsOfFile: folder.path("alone/index.html"), encoding: .utf8)).contains("All editions"))
        let aloneMarkdown = try folder.agile(["report", "--db", folder.db, "--framework", registry, "--no-audit", "--format", "md", "--out", folder.path("alone-md")])
        #expect(aloneMarkdown.status == 0, "\(aloneMarkdown)")
        #expect(!(try String(contentsOfFile: folder.path("alone-md/index.md"), encoding: .utf8)).contains("All editions"))
    }

    /// The landing page and the "what changed" page; `--edition 2025` rebuilds that folder and
    /// keeps 2024/ byte for byte; an edition no registry declares is refused, nothing touched.
    @Test func landingPageWhatChangedAndOneEditionRebuilt() throws {
        let (folder, _) = try Self.site()
        let landing = try Self.lines(folder, "index.md")
        #expect(landing.contains("| [2025](2025/index.md) | 2025-07-31 | 5 | 3 | since 2024: 1 continued, 1 revised, 1 dropped, 1 new indicators; 1 country added ([what changed](2025/changes.md)) |"))
        #expect(landing.contains("| [2024](2024/index.md) | 2025-02-10 | 4 | 3 | first edition |"))
        let changes = try Self.lines(folder, "2025/changes.md")
        #expect(changes.contains("- Revised: Y2 Governance revised (revises Y1)") || changes.contains { $0.hasPrefix("- Revised: Y2") })
        #expect(changes.contains { $0.hasPrefix("- Dropped: X2 (the registry’s reason: ") })
        #expect(changes.contains("1 country: Kenya."))
        // Framework effects (README): USA +31.25, DEU +25, JPN −25, FRA −25; the largest first, then by code.
        #expect(changes.contains("| United States | 43.8 | 75.0 | +31.3 | ▲ 1 |"))
        #expect(changes.contains("| Germany | 12.5 | 37.5 | +25.0 | ▲ 1 |"))
        #expect(changes.contains("| France | 75.0 | 50.0 | −25.0 | ▼ 1 |"))
        #expect(changes.contains("| Japan | 37.5 | 12.5 | −25.0 | ▼ 1 |"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("site/2024/changes.md")))

        let before = try ReportsUpToDateTests.listing(folder.path("site/2024")).map { try Data(contentsOf: URL(fileURLWithPath: folder.path("site/2024/\($0)"))) }
        try "stale".write(toFile: folder.path("site/2025/index.md"), atomically: false, encoding: .utf8)
        let rebuild = try folder.agile("report", "--editions", "--edition", "2025", "--db", folder.db, "--framework", "\(CompareEditionsCommandTests.folder)/agile-2024.xml",
                                       "--no-audit", "--format", "md", "--out", folder.path("site"))
        #expect(rebuild.status == 0 && rebuild.stdout == "wrote 66 files to \(folder.path("site"))/ (edition 2025 rebuilt, as published)\n", "\(rebuild)")
        #expect(try Self.lines(folder, "2025/index.md").contains("| 3 | [Germany](DEU.md) | 56.3 | ▲ 1 | 4 | 62.5 | 50.0 | all |"))
        let after = try ReportsUpToDateTests.listing(folder.path("site/2024")).map { try Data(contentsOf: URL(fileURLWithPath: folder.path("site/2024/\($0)"))) }
        #expect(after == before)

        let listing = try ReportsUpToDateTests.listing(folder.path("site"))
        let refused = try folder.agile("report", "--editions", "--edition", "2023", "--db", folder.db, "--framework", "\(CompareEditionsCommandTests.folder)/agile-2024.xml",
                                       "--no-audit", "--out", folder.path("site"))
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("No registry of Tests/Fixtures/editions declares edition 2023 (expected agile-2023.xml; the folder's editions: 2024 and 2025)."), "\(refused)")
        #expect(try ReportsUpToDateTests.listing(folder.path("site")) == listing)
        let mixed = try folder.agile("report", "--editions", "--as-of", "2025-01-01", "--db", folder.db, "--out", folder.path("other"))
        #expect(mixed.status == 64 && mixed.stderr.contains("--editions builds each edition as published with its registry's method and weights; leave out a vintage option"), "\(mixed)")
    }
}
