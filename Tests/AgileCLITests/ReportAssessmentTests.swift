// `agile report` renders the self-assessments recorded against the run a site is built from:
// each assessed country's page, linked from the ranking under "Self-assessments", never in its table.

import Foundation
import Testing

@Suite struct ReportAssessmentTests {
    static let mark = "Self-assessment against the AGILE Index 2025 — not part of the published ranking"

    func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    /// The lines of the ranking table of a Markdown ranking page.
    func tableRows(_ page: String) -> [Substring] {
        page.split(separator: "\n").filter { $0.hasPrefix("|") }
    }

    /// Ghana assessed against the 2025 run as published: the site of that run (the same run
    /// again) holds Ghana's page, marked, and its ranking links it outside the table; a site
    /// of another run (equal weights) has neither.
    @Test func theSiteOfTheAssessedRunLinksThePageOutsideTheRanking() throws {
        let folder = try TemporaryFolder()
        let ingest = try folder.agile(["ingest", "--db", folder.db, "--framework", "Indicators/agile-2025.xml"] + IllustrativeOutputTests.glob("Data/2025/*.csv"))
        #expect(ingest.status == 0, "\(ingest)")
        #expect(try folder.agile("score", "--db", folder.db, "--edition", "2025", "--as-published", "--level", "index").status == 0)
        let assess = try folder.agile("assess", "--db", folder.db, "--edition", "2025", "Data/assess/gha-illustrative.csv")
        #expect(assess.status == 0, "\(assess)")
        #expect(assess.lines.contains("Stored as assessment 1; `agile assess --replay 1` prints it again."), "\(assess)")

        let site = folder.path("site")
        let report = try folder.agile("report", "--db", folder.db, "--edition", "2025", "--as-published", "--no-audit", "--out", site)
        #expect(report.status == 0, "\(report)")
        #expect(report.stdout.contains("(run 1, data snapshot"), "\(report)")
        let ranking = try text("\(site)/index.md")
        #expect(ranking.contains("\n## Self-assessments\n"), "\(ranking)")
        #expect(ranking.contains("\n- [Ghana](assessment-GHA.md): self-assessment\n"), "\(ranking)")
        #expect(ranking.contains("not part of the published ranking, and not in its table."))
        let rows = tableRows(ranking)
        #expect(rows.count == 42, "\(rows.count)")  // header, rule and the 40 countries of 2025
        #expect(!rows.contains { $0.contains("Ghana") || $0.contains("GHA") })
        #expect(try text("\(site)/index.html").contains("<a href=\"assessment-GHA.html\">Ghana</a>"))
        let page = try text("\(site)/assessment-GHA.md")
        #expect(page.contains("> **\(Self.mark).**"), "\(page.prefix(600))")
        #expect(try text("\(site)/assessment-GHA.html").contains("<title>Ghana: \(Self.mark)</title>"))
        let names = try FileManager.default.contentsOfDirectory(atPath: site)
        #expect(!names.contains("GHA.md"))

        let other = folder.path("other")
        #expect(try folder.agile("report", "--db", folder.db, "--edition", "2025", "--as-published", "--weights", "equal", "--no-audit", "--out", other).status == 0)
        #expect(!(try text("\(other)/index.md")).contains("Self-assessments"))
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: other)).contains("assessment-GHA.md"))
    }

    /// The committed Reports/ (what `make run` builds): the 2025 ranking links Ghana's
    /// self-assessment, marked, outside its table; the 2024 site has none.
    @Test func theCommittedLatestEditionLinksItsSelfAssessment() throws {
        let reports = CLI.packageRoot.appendingPathComponent("Reports").path
        let ranking = try text("\(reports)/2025/index.md")
        #expect(ranking.contains("\n- [Ghana](assessment-GHA.md): self-assessment\n"))
        #expect(!tableRows(ranking).contains { $0.contains("Ghana") })
        #expect(try text("\(reports)/2025/assessment-GHA.md").contains("> **\(Self.mark).**"))
        #expect(try text("\(reports)/2025/index.html").contains("<a href=\"assessment-GHA.html\">Ghana</a>"))
        #expect(!(try text("\(reports)/2024/index.md")).contains("Self-assessments"))
    }
}
