// The illustrative VESTA run in Data/evidence/vesta: its scores are what the scorer makes of its episodes.

import AgileCore
import AgileIO
import Foundation
import Testing

@Suite struct VestaSampleDataTests {
    @Test func committedScoresMatchAFreshScoring() throws {
        for (options, file) in [([String](), "scores.csv"), (["--format", "json"], "scores.json")] {
            let folder = try TemporaryFolder()
            let running = try CLI.start(["evidence", "vesta-score", "Data/evidence/vesta/results.json"] + options, in: folder)
            let result = try running.wait()
            #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
            let committed = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("Data/evidence/vesta/\(file)"))
            #expect(try Data(contentsOf: running.out) == committed, "regenerate Data/evidence/vesta/\(file) (see its README)")
        }
    }

    /// 12 agents × 16 sub-categories × 2 authority contexts, every one present.
    @Test func coversEveryAgentSubCategoryAndContext() throws {
        let evidence = try VestaEvidenceReader.read(path: CLI.packageRoot.appendingPathComponent("Data/evidence/vesta/scores.csv").path)
        #expect(evidence.rows.count == 384)
        #expect(Set(evidence.rows.map(\.targetModel)).count == 12)
        #expect(Set(evidence.rows.map(\.dimension)).count == 5)
        #expect(Set(evidence.rows.map(\.riskSubtype)).count == 16)
        #expect(Set(evidence.rows.map(\.authorityMode)) == ["soft", "hard"])
        #expect(evidence.rows.allSatisfy { (3...4).contains($0.tally.numCases) })
        #expect(evidence.overall.numCases == 1392)  // 58 scenarios over the 16 sub-categories × 24
    }
}
