// `agile ingest` with evidence files and `agile report` with the evidence section, end to end.

import Foundation
import Testing

@Suite struct EvidenceCommandTests {
    @Test func evidenceIsIngestedWarnedAboutAndReported() throws {
        let folder = try TemporaryFolder()
        let data = try folder.agile(["ingest", "--db", folder.db, "Data/agile-2024-long.csv", "Tests/Fixtures/evidence/first.csv"])
        #expect(data.status == 0, "\(data)")
        #expect(data.lines[1] == "ingested   Tests/Fixtures/evidence/first.csv (evidence-csv) [illustrative]: 3 results, 3 added")
        let second = try folder.agile(["ingest", "--db", folder.db, "Tests/Fixtures/evidence/second.csv", "Tests/Fixtures/evidence/first.csv"])
        #expect(second.status == 0, "\(second)")
        #expect(second.lines[0] == "ingested   Tests/Fixtures/evidence/second.csv (evidence-csv): 3 results, 2 added, 1 superseded (kept as history)")
        #expect(second.lines[1] == "Tests/Fixtures/evidence/second.csv:3: scirisk GPT-4o privacy-leakage asr: 0.5 (ingest #2, Tests/Fixtures/evidence/first.csv:4) → 0.4")
        // first.csv was ingested before: it changes nothing, and second.csv's correction stays.
        #expect(second.lines[2] == "unchanged  Tests/Fixtures/evidence/first.csv (evidence-csv): same content as ingest #2 (Tests/Fixtures/evidence/first.csv), nothing stored")
        #expect(second.stderr == "warning: Tests/Fixtures/evidence/second.csv:4:37: model \"Unlisted-7B\" is not in the model registry; its evidence is kept and reported as unmapped (add it to Indicators/models.csv to attribute it to a country)\n")

        let report = try folder.agile(["report", "--db", folder.db, "--out", folder.path("site"), "--format", "md"])
        #expect(report.status == 0, "\(report)")
        let usa = try String(contentsOfFile: folder.path("site/USA.md"), encoding: .utf8)
        // GPT-4o on SciRisk: dual-use 1 of 4, privacy leakage 0.4 of 5 = 2 of 5 → 3 of 9 = 33 %.
        #expect(usa.contains("1 domestic model evaluated; mean SciRisk-Bench ASR 33 %."), "\(usa)")
        let page = try String(contentsOfFile: folder.path("site/evidence.md"), encoding: .utf8)
        #expect(page.contains("| Unlisted-7B | unmapped | – | – | – | yes | – |"))
    }

    @Test func aBadEvidenceFileIsRejectedWhole() throws {
        let folder = try TemporaryFolder()
        let bad = folder.path("bad.csv")
        try "benchmark,model,country,dimension,sub_dimension,context,metric,value,n\nscirisk,GPT-4o,,dual-use,,,asr,0.3,53\nscirisk,GPT-4o,,privacy-leakage,,,asr,1.5,11\n"
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try folder.agile(["ingest", "--db", folder.db, bad])
        #expect(result.status == 1, "\(result)")  // data refused
        #expect(result.stderr.contains("bad.csv:3:39: field 'value': \"1.5\" is outside 0–1 (expected a rate 0–1 (asr, not a percentage))"), "\(result)")
        #expect(result.stdout.contains("rejected   \(bad): nothing stored"))
    }
}

@Suite struct EvidenceIndicatorCommandTests {
    @Test func scoringWithTheVariantShowsTheEffect() throws {
        let folder = try TemporaryFolder()
        let ingest = try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles + ["Tests/Fixtures/evidence/vesta-generic.csv"])
        #expect(ingest.status == 0, "\(ingest)")
        let plain = try folder.agile("score", "--db", folder.db)
        #expect(plain.status == 0 && !plain.stdout.contains("Effect of the evidence-derived"))
        let result = try folder.agile("score", "--db", folder.db, "--framework", "Indicators/agile-2024-evidence.xml")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Effect of the evidence-derived indicator I40 (experimental): this run against the same run without it."))
        #expect(result.stdout.contains("Countries with a value: CHN USA."))
        // I40: USA 65, CHN 20 (Tests/Fixtures/evidence/README.md); min-max over the two: USA 100, CHN 0.
        let csv = try folder.agile("score", "--db", folder.db, "--framework", "Indicators/agile-2024-evidence.xml", "--level", "indicator", "--format", "csv")
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let column = try #require(header.firstIndex(of: "I40"))
        func value(_ code: String) -> String? {
            lines.first { $0.hasPrefix(code + ",") }.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)[column] }
        }
        #expect(value("USA") == "100.0")
        #expect(value("CHN") == "0.0")
        #expect(value("DEU") == "NA")
    }
}
