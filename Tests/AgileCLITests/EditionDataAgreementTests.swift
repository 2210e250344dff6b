// `agile data`, `score`, `report` and the audits read an edition through one selection, so an
// evidence-derived indicator is in every one of them (`agile data` used to leave it out).

import Foundation
import Testing

@Suite struct EditionDataAgreementTests {
    /// Indicators/agile-2024-evidence.xml derives I40 from the store's VESTA evidence; with
    /// Tests/Fixtures/evidence/vesta-generic.csv it is 65 for USA and 20 for CHN and missing
    /// elsewhere (Tests/Fixtures/evidence/README.md). Min-max over the two gives USA 100 and
    /// CHN 0 (rank 1 and 2 of I40).
    @Test func everyCommandSeesTheEvidenceDerivedIndicator() throws {
        let folder = try TemporaryFolder()
        let ingest = try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles + ["Tests/Fixtures/evidence/vesta-generic.csv"])
        #expect(ingest.status == 0, "\(ingest)")
        let edition = ["--db", folder.db, "--framework", "Indicators/agile-2024-evidence.xml"]

        // data: I40 observed for 2 of the 14 countries (14.3 %, below the 65 % threshold).
        let data = try folder.agile(["data"] + edition)
        #expect(data.status == 0, "\(data)")
        #expect(data.lines.contains("I40            2/14   14.3 % !  CAN GBR DEU FRA ITA JPN IND BRA RUS ZAF SGP ARE"), "\(data)")
        #expect(data.lines.contains("USA         40/40  100.0 %  "), "\(data)")
        let usa = try folder.agile(["data", "--country", "USA"] + edition)
        #expect(usa.lines.contains("  I40   Agent safety of domestic AI models                         65 % of episodes (2024)  evidence:vesta"), "\(usa)")

        // score: the normalised I40.
        let score = try folder.agile(["score", "--level", "indicator", "--format", "csv"] + edition)
        #expect(score.status == 0, "\(score)")
        let lines = score.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let column = try #require(lines.first?.firstIndex(of: "I40"))
        #expect(lines.first { $0.first == "USA" }?[column] == "100.0")
        #expect(lines.first { $0.first == "CHN" }?[column] == "0.0")

        // report: the indicator rows of the country pages (value, year, source, score, rank).
        let report = try folder.agile(["report", "--out", folder.path("site"), "--no-audit", "--format", "md", "--country", "USA", "CHN"] + edition)
        #expect(report.status == 0, "\(report)")
        let usaPage = try String(contentsOfFile: folder.path("site/USA.md"), encoding: .utf8)
        let chnPage = try String(contentsOfFile: folder.path("site/CHN.md"), encoding: .utf8)
        #expect(usaPage.contains("| [I40 Agent safety of domestic AI models](indicator-I40.md) | 65 % of episodes | 2024 | evidence: vesta (illustrative) | 100.0 | 1 of 2 | experimental |"))
        #expect(chnPage.contains("| [I40 Agent safety of domestic AI models](indicator-I40.md) | 20 % of episodes | 2024 | evidence: vesta (illustrative) | 0.0 | 2 of 2 | experimental |"))

        // audit weights: the implied share averages I40's share over the countries, and only 2
        // of the 14 have a value, so it is the declared share × 2/14 (in the JSON's full precision).
        let audit = try folder.agile(["audit", "weights", "--format", "json"] + edition)
        #expect(audit.status == 0, "\(audit)")
        let rows = try #require((try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [String: Any])?["rows"] as? [[String: Any]])
        let row = try #require(rows.first { $0["node"] as? String == "I40" }, "\(audit)")
        #expect(row["level"] as? String == "indicator" && row["parent"] as? String == "D18")
        let declared = try #require(row["declared_percent"] as? Double), implied = try #require(row["implied_percent"] as? Double)
        #expect(declared > 0 && abs(implied - declared * 2 / 14) < 1e-10, "\(row)")
    }
}
