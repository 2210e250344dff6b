// `agile assess`: countries' own values placed against a recorded run, nobody else moving.

import Foundation
import Testing

@Suite struct AssessCommandTests {
    /// A store of the sample data with run 1 scored.
    func scoredStore() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        #expect(try folder.agile("score", "--db", folder.db).status == 0)
        return folder
    }

    /// The sample files themselves, assessed against run 1: each of the 14 countries of the
    /// edition gets its run score (to 1e-12) and rank back, of 14; the countries outside the
    /// edition that the World Bank files hold are placed of 15. Nothing is recorded: run 1
    /// prints as before.
    @Test func theSampleCountriesGetTheirOwnScoresBack() throws {
        let folder = try scoredStore()
        let before = try folder.agile("score", "--db", folder.db, "--run", "1", "--format", "csv")
        let scores = before.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = scores[0]
        let (index, rank) = (try #require(header.firstIndex(of: "AGILE")), try #require(header.firstIndex(of: "AGILE_rank")))
        let assessed = try folder.agile(["assess", "--db", folder.db, "--run", "1", "--format", "json"] + ScoreCommandTests.sampleFiles)
        #expect(assessed.status == 0, "\(assessed)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(assessed.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]]).filter { $0["node"] as? String == "AGILE" }
        let byCountry = Dictionary(uniqueKeysWithValues: rows.map { ($0["country"] as! String, $0) })
        #expect(scores.count == 15)
        for line in scores.dropFirst() {
            let row = try #require(byCountry[line[0]], "\(line[0])")
            let score = try #require(row["score"] as? Double), expected = try #require(Double(line[index]))
            #expect(abs(score - expected) <= 1e-12 * max(1, abs(expected)), "\(line[0])")
            #expect(row["would_rank"] as? Int == Int(line[rank]), "\(line[0])")
            #expect(row["of"] as? Int == 14)
        }
        #expect(byCountry["KEN"]?["of"] as? Int == 15)
        let after = try folder.agile("score", "--db", folder.db, "--run", "1", "--format", "csv")
        #expect(after.stdout == before.stdout)
        #expect(try folder.agile("runs", "--db", folder.db, "--format", "csv").stdout.split(separator: "\n").count == 2)
    }

    /// The illustrative country of Data/assess against the 2024 edition's latest run: its
    /// placement line, the self-assessment heading, the value below the run's range clipped
    /// and said so, the winsorised one, the re-scaled dimensions.
    @Test func anIllustrativeCountryOutsideTheEdition() throws {
        let folder = try scoredStore()
        let result = try folder.agile("assess", "--db", folder.db, "--edition", "2024", "Data/assess/ken-illustrative.csv")
        #expect(result.status == 0, "\(result)")
        #expect(result.lines.contains("Self-assessment against AGILE Index 2024 (run 1) — not part of the published ranking"))
        #expect(result.lines.contains { $0.hasPrefix("KEN would rank ") && $0.contains(" of 15 (index ") })
        #expect(result.lines.contains("KEN I14: 40.8 is below the run's range 52.1–99: clipped"))
        #expect(result.lines.contains { $0.hasPrefix("KEN I07: ") && $0.contains("winsorised to") })
        #expect(result.lines.contains("KEN D11: from the children with values (50 % of the weight), weights re-scaled"))
        let extrapolated = try folder.agile("assess", "--db", folder.db, "--edition", "2024", "--extrapolate", "Data/assess/ken-illustrative.csv")
        #expect(extrapolated.lines.contains("KEN I14: 40.8 is below the run's range 52.1–99: extrapolated"))
    }

    @Test func refusals() throws {
        let folder = try scoredStore()
        let both = try folder.agile("assess", "--db", folder.db, "--edition", "2024", "--run", "1", "Data/assess/ken-illustrative.csv")
        #expect(both.status == 64)
        #expect(both.stderr.contains("Give either --edition YEAR or --run ID."))
        let noRun = try folder.agile("assess", "--db", folder.db, "--run", "9", "Data/assess/ken-illustrative.csv")
        #expect(noRun.status != 0)
        #expect(noRun.stderr.contains("The store holds no run 9"))
        let empty = try TemporaryFolder()
        #expect(try empty.agile(["ingest", "--db", empty.db] + ScoreCommandTests.sampleFiles).status == 0)
        let unscored = try empty.agile("assess", "--db", empty.db, "--edition", "2024", "Data/assess/ken-illustrative.csv")
        #expect(unscored.stderr.contains("The store holds no run of the 2024 edition; `agile score` records one (or give --run ID)."))
    }
}
