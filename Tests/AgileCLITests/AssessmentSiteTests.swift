// `agile assess --out DIR`: a stand-alone site with the assessed country's page, marked as a
// self-assessment on the page and every chart, under the safety rules of `agile report --out`.

import Foundation
import Testing

@Suite struct AssessmentSiteTests {
    static let mark = "Self-assessment against the AGILE Index 2024 — not part of the published ranking"

    func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    /// The site of run 1 with Kenya's page beside it: the page and its charts carry the mark,
    /// its would-be rank and coverage; the ranking's table does not list Kenya, its
    /// "Self-assessments" links the page; the run's own pages are those `agile report --run 1`
    /// writes (which renders the assessments recorded against run 1).
    @Test func theAssessedCountrysPageIsMarkedAndOutsideTheRanking() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        #expect(try folder.agile("score", "--db", folder.db).status == 0)
        let site = folder.path("site")
        let result = try folder.agile("assess", "--db", folder.db, "--edition", "2024", "Data/assess/ken-illustrative.csv", "--out", site)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("files to \(site)/ (assessment-KEN.html, run 1)"), "\(result)")
        let names = try FileManager.default.contentsOfDirectory(atPath: site)
        #expect(names.contains("assessment-KEN.md") && names.contains("assessment-KEN.html") && names.contains("index.html"))
        #expect(!names.contains("KEN.md"))

        let page = try text("\(site)/assessment-KEN.md")
        #expect(page.hasPrefix("# Kenya — AGILE Index 2024\n"))
        #expect(page.contains("> **\(Self.mark).** These scores place the country among the edition's countries"))
        #expect(page.contains("would rank **14 of 15**"), "\(page.prefix(800))")
        #expect(page.contains("Kenya would rank 14 of 15 on the AGILE Index"))
        #expect(page.contains("Missing: I22 National AI technical standards published; I28 International AI governance initiatives led or co-led."))
        #expect(page.contains("Values outside the run's range: I14 (below the run's range, clipped to it)."))
        #expect(page.contains("| [I14 Individuals using the Internet](indicator-I14.md) | 40.8 % of population | 2023 | ITU / World Bank IT.NET.USER.ZS (illustrative) | 0.0 | 14 of 15 | clipped, reconstructed |"))
        #expect(page.contains("(charts/assessment-KEN-radar.svg)") && page.contains("Median of 14 countries in brackets"))
        let html = try text("\(site)/assessment-KEN.html")
        #expect(html.contains("<title>Kenya: \(Self.mark)</title>"))
        #expect(html.contains("<strong>\(Self.mark).</strong>"))
        let charts = try FileManager.default.contentsOfDirectory(atPath: "\(site)/charts").filter { $0.hasPrefix("assessment-KEN-") }
        #expect(charts.count >= 3, "\(charts)")
        for chart in charts {
            #expect(try text("\(site)/charts/\(chart)").contains(Self.mark + "."), "\(chart)")
        }
        let ranking = try text("\(site)/index.md")
        #expect(!ranking.split(separator: "\n").contains { $0.hasPrefix("|") && $0.contains("Kenya") })
        #expect(ranking.contains("\n## Self-assessments\n") && ranking.contains("\n- [Kenya](assessment-KEN.md): self-assessment\n"), "\(ranking)")

        let report = folder.path("report")
        #expect(try folder.agile("report", "--db", folder.db, "--run", "1", "--no-audit", "--out", report).status == 0)
        #expect(try text("\(site)/index.html") == text("\(report)/index.html"))
        #expect(try text("\(site)/USA.md") == text("\(report)/USA.md"))
    }

    /// A folder that is not a site is refused before anything is assessed or recorded, and left
    /// as it was.
    @Test func aFolderThatIsNotASiteIsRefused() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        #expect(try folder.agile("score", "--db", folder.db).status == 0)
        let thesis = try folder.write("thesis/thesis.txt", bytes: Array("chapter 1".utf8))
        let result = try folder.agile("assess", "--db", folder.db, "--edition", "2024", "Data/assess/ken-illustrative.csv", "--out", folder.path("thesis"))
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr.contains("\(folder.path("thesis")): is not replaced: it is not a report site (it holds 'thesis.txt'"), "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("thesis")) == ["thesis.txt"])
        #expect(try text(thesis) == "chapter 1")
        #expect(try folder.agile("assessments", "--db", folder.db, "--format", "csv").stdout.split(separator: "\n").count == 1)
    }
}
