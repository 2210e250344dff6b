// `agile score` end to end: the stored sample, COINr tables against COINr's own results.

import Foundation
import Testing

@Suite struct ScoreCommandTests {
    static let sampleFiles = [
        "Data/agile-2024-long.csv", "Data/agile-2024-wide.csv", "Data/agile-2024-instruments.xml",
        "Data/API_IT.NET.USER.ZS_DS2_en_csv_v2_illustrative.csv", "Data/worldbank-GE.EST-illustrative.xml",
    ]

    /// The model-safety evidence `make run` ingests beside the data.
    static let evidenceFiles = [
        "Data/evidence/mvpbench-illustrative.csv", "Data/evidence/scirisk-illustrative.csv", "Data/evidence/vesta/results.json",
    ]

    @Test func scoresTheStoredSampleAndRecordsTheRun() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let result = try folder.agile("score", "--db", folder.db)
        #expect(result.status == 0, "\(result)")
        #expect(result.lines.contains("ILLUSTRATIVE DATA — not the official AGILE Index results."))
        #expect(result.lines.contains("Stored as run 1."))
        let header = try #require(result.lines.first { $0.hasPrefix("Rank") })
        #expect(header.split(separator: " ").map(String.init) == ["Rank", "Country", "AGILE", "Tier", "P1", "P2", "P3", "P4", "Dev", "Gov", "Gap", "Quadrant"])
        let rows = result.lines.filter { $0.first == " " && $0.contains("  ") }
        #expect(rows.count == 14)
        // Ranks 1…14 in order, every row with a tier and a quadrant.
        #expect(rows.map { Int($0.split(separator: " ")[0]) } == Array(1...14))
        #expect(rows.allSatisfy { row in ["leading", "advancing", "developing"].contains { row.contains($0) } })
        #expect(rows.allSatisfy { row in ["both high", "development ahead", "governance ahead", "both low"].contains { row.contains($0) } })

        // The JSON of the same data agrees with the table and is the same bytes each time.
        let json = try folder.agile("score", "--db", folder.db, "--format", "json")
        #expect(json.status == 0)
        #expect(try folder.agile("score", "--db", folder.db, "--format", "json").stdout == json.stdout)
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let units = try #require(document?["units"] as? [[String: Any]])
        #expect(units.count == 14)
        #expect(document?["framework"] as? String == "agile-2024")
    }

    @Test func weightSetsChangeTheRunAndUnknownOnesAreRefused() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let declared = try folder.agile("score", "--db", folder.db, "--format", "csv")
        let doubled = try folder.agile("score", "--db", folder.db, "--format", "csv", "--weights", "development-double")
        #expect(declared.status == 0 && doubled.status == 0)
        #expect(declared.stdout != doubled.stdout)
        let unknown = try folder.agile("score", "--db", folder.db, "--weights", "nope")
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("nope"))
    }

    @Test func aMissingStoreIsNotCreated() throws {
        let folder = try TemporaryFolder()
        let typo = folder.path("typo.sqlite")
        let result = try folder.agile("score", "--db", typo)
        #expect(result.status == 2, "\(result)")  // a store problem
        #expect(result.stderr == "Error: \(typo): is not a store yet (ingest data first: agile ingest --db \(typo) FILE…)\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path("typo.sqlite")))
    }

    /// COINr's variant A (denominate, group-mean imputation by EurAsia_group, default
    /// treatment, min-max 0–100, arithmetic means), as COINr 1.1.14 exported it: every
    /// aggregate and rank, in full precision.
    @Test func coinrTablesReproduceCOINrVariantA() throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile(
            "score", "--coinr", "Tests/Fixtures/coinr-asem/raw_iData.csv", "Tests/Fixtures/coinr-asem/iMeta.csv",
            "--denominate", "--impute", "group-mean:EurAsia_group", "--format", "csv")
        #expect(result.status == 0, "\(result)")
        let reference = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/Fixtures/coinr-asem/A_example_amean_minmax/aggregate_scores_ranks.csv"), encoding: .utf8)
        let ours = table(result.stdout), theirs = table(reference)
        #expect(ours.header == theirs.header)
        #expect(ours.rows.count == 51 && theirs.rows.count == 51)
        for (mine, expected) in zip(ours.rows, theirs.rows) {
            #expect(mine[0] == expected[0])
            for (a, b) in zip(mine.dropFirst(), expected.dropFirst()) {
                let x = try #require(Double(a)), y = try #require(Double(b))
                #expect(abs(x - y) <= 1e-9 * max(1, abs(y)), "\(mine[0]): \(a) vs \(b)")
            }
        }
    }

    private func table(_ text: String) -> (header: [String], rows: [[String]]) {
        let lines = text.split(separator: "\n").map { $0.split(separator: ",").map { $0.replacingOccurrences(of: "\"", with: "") } }
        return (lines[0], Array(lines.dropFirst()))
    }
}
