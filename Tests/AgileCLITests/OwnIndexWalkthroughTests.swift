// The README's "Your own index" walk-through, run line by line as written (init → validate →
// ingest → score → report → audit) on the scaffolded index, with scores checked by hand.

import AgileIO
import AgileUseCases
import AgileTestSupport
import Foundation
import Testing

@Suite struct OwnIndexWalkthroughTests {
    /// The command lines of the first ```sh block under `## Your own index` in README.md, comment
    /// and blank lines left out, each split into words.
    static func readmeCommands() throws -> [[String]] {
        let readme = try String(contentsOfFile: PackageRoot.path + "/README.md", encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let heading = try #require(lines.firstIndex(of: "## Your own index"), "README.md has no '## Your own index' section")
        let open = try #require(lines[heading...].firstIndex(of: "```sh"))
        let close = try #require(lines[(open + 1)...].firstIndex(of: "```"))
        #expect(!lines[heading + 1..<open].contains { $0.hasPrefix("## ") }, "the ```sh block is not in the section")
        return lines[(open + 1)..<close]
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            .map { $0.split(separator: " ").map(String.init) }
    }

    /// Made-up values for the example registry's ten countries, 2024 (not marked illustrative:
    /// the file starts from the data template, which must not mark it). Per indicator, the
    /// values of BRA CAN DEU IND JPN KEN MEX NOR NZL ZAF.
    static let values: [(indicator: String, values: [String])] = [
        ("I1", ["12000", "30000", "18000", "9000", "25000", "800", "7000", "6000", "4000", "1500"]),
        ("I2", ["71", "94", "92", "45", "95", "28", "62", "97", "91", "58"]),
        ("I3", ["1.2", "0.9", "0.6", "0.8", "0.7", "4.8", "1.9", "0.4", "0.8", "3.1"]),
        ("I4", ["0.90", "0.86", "0.80", "0.84", "0.88", "0.60", "0.79", "0.92", "0.87", "0.72"]),
        ("I5", ["2", "2", "2", "3", "3", "2", "1", "3", "1", "0"]),
        ("I6", ["1", "1", "1", "0", "1", "0", "1", "1", "1", "1"]),
        ("I7", ["40", "25", "30", "55", "20", "15", "35", "10", "12", "45"]),
    ]
    static let countries = ["BRA", "CAN", "DEU", "IND", "JPN", "KEN", "MEX", "NOR", "NZL", "ZAF"]

    /// The analyst's edit: `data.csv` is the data template with a row per value added.
    static func writeData(into index: String) throws {
        var text = try String(contentsOfFile: index + "/" + ProjectScaffold.dataTemplateName, encoding: .utf8)
        for (position, country) in countries.enumerated() {
            for (indicator, values) in values { text += "\(country),\(indicator),2024,\(values[position]),,\n" }
        }
        try text.write(toFile: index + "/data.csv", atomically: false, encoding: .utf8)
    }

    @Test func theReadmeWalkthroughRunsEndToEnd() throws {
        let commands = try Self.readmeCommands()
        // The walk-through keeps every step: README and test cannot drift apart unnoticed.
        #expect(commands.filter { $0.first == "agile" }.map { $0[1] } == ["init", "validate", "ingest", "score", "report", "audit"])

        let folder = try TemporaryFolder()
        var directory = folder.path
        var results: [String: CLI.Result] = [:]
        for words in commands {
            if words.first == "cd" {
                directory += "/" + words[1]
                continue
            }
            try #require(words.first == "agile", "a README line that is neither cd nor agile: \(words)")
            let result = try CLI.run(Array(words.dropFirst()), in: folder, directory: directory)
            #expect(result.status == 0, "\(words.joined(separator: " ")): \(result)")
            results[words[1]] = result
            if words[1] == "init" { try Self.writeData(into: folder.path + "/" + words[2]) }
        }
        let index = directory

        #expect(results["init"]?.stdout == """
            created myindex: agile.toml, registry.xml, data-template.csv, README.md, templates/ (11 files)
            next: cd myindex, edit registry.xml, run agile validate (myindex/README.md has the rest)

            """)
        #expect(results["validate"]?.lines.first == "registry.xml: valid framework 'my-index' — Digital Government Index 2025, edition 2025, years 2021–2025")
        #expect(results["ingest"]?.stdout == "ingested   data.csv (csv-long): 70 values, 70 added\n")
        // The store is the project file's, in the index's folder; the default store is not made.
        #expect(FileManager.default.fileExists(atPath: index + "/store.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: index + "/.agile"))

        // Germany (DEU), worked out by hand: min-max 0–100 over the ten countries, negatives
        // flipped, arithmetic means up the tree (no value is treated: every |skew| < 2).
        //   I1 log1p: (ln 18001 − ln 801) / (ln 30001 − ln 801) = 3.11232 / 3.62313 → 85.902
        //   I2 (92 − 28) / (97 − 28) → 92.754;  D1 = 89.328
        //   I3 negative: (4.8 − 0.6) / (4.8 − 0.4) → 95.455 = D2;  P1 = 92.391
        //   I4 (0.80 − 0.60) / (0.92 − 0.60) → 62.5;  I5 2 / 3 → 66.667;  D3 = 64.583
        //   I6 1 → 100;  I7 negative: (55 − 30) / (55 − 10) → 55.556;  D4 = 77.778;  P2 = 71.181
        //   index (92.391 + 71.181) / 2 = 81.786; fourth after NOR 94.45, JPN 92.96, CAN 85.94.
        let score = try #require(results["score"])
        #expect(score.lines.contains("   4  DEU      Germany       81.8  high    92.4   71.2"), "\(score)")
        #expect(score.lines.contains("   1  NOR      Norway        94.4  high    88.9  100.0"), "\(score)")
        #expect(!score.stdout.contains("ILLUSTRATIVE") && !score.stderr.contains("illustrative"), "the data template marks its data illustrative")
        let dimensions = try CLI.run(["score", "--level", "dimension", "--country", "DEU"], in: folder, directory: index)
        #expect(dimensions.lines.contains("   4  DEU      Germany  81.8  high  89.3  95.5  64.6  77.8"), "\(dimensions)")
        // The example's goalposts are complete: a run on them scores DEU against fixed bounds.
        //   I1 log1p(18000) / log1p(100000) → 85.106;  I2 92;  D1 = 88.553;  I3 (10 − 0.6) / 10 → 94;  P1 = 91.277
        //   I4 80;  I5 66.667;  D3 = 73.333;  I6 100;  I7 (100 − 30) / 100 → 70;  D4 = 85;  P2 = 79.167
        //   index 85.222
        let goalposts = try CLI.run(["score", "--normalise", "goalposts"], in: folder, directory: index)
        #expect(goalposts.lines.contains("   4  DEU      Germany       85.2  high    91.3  79.2"), "\(goalposts)")

        // The site: ten country pages, ranking, methodology, audit and a page per indicator, in
        // both formats; no evidence page or menu entry, as the registry declares no evidence.
        let site = index + "/site"
        let listing = try ReportsUpToDateTests.listing(site)
        let pages = listing.filter { !$0.hasPrefix(".") && !$0.hasPrefix("charts/") && !$0.hasPrefix("downloads/") }
        let names = Self.countries + ["index", "methodology", "audit"] + (1...7).map { "indicator-I\($0)" }
        #expect(pages == (names.flatMap { ["\($0).html", "\($0).md"] } + ["explore.html"]).sorted())
        #expect(listing.filter { $0.hasPrefix("downloads/") } == ["downloads/my-index-data.csv", "downloads/my-index-scores.csv", "downloads/my-index.xlsx"])
        let ranking = try String(contentsOfFile: site + "/index.html", encoding: .utf8)
        #expect(ranking.contains("<nav><a href=\"index.html\">Ranking</a> · <a href=\"methodology.html\">Methodology</a> · <a href=\"audit.html\">Audit</a></nav>"))
        #expect(try String(contentsOfFile: site + "/index.md", encoding: .utf8).contains("\n| 4 | [Germany](DEU.md) | 81.8 | 92.4 | 71.2 | high |\n"))
        for page in pages { #expect(!(try String(contentsOfFile: site + "/" + page, encoding: .utf8)).contains("vidence"), "\(page)") }

        let audit = try #require(results["audit"])
        #expect(audit.stdout.hasPrefix("Uncertainty analysis: 1000 replications, seed 1; varied: dimension and pillar weights"), "\(audit)")
        #expect(audit.lines.contains { $0.hasPrefix("      4  DEU      Germany ") }, "\(audit)")
    }
}
