// `agile audit stats`, `pca`, `alpha` and `optimise` end to end, and the weights file
// `optimise --save` writes.

import Foundation
import Testing

@Suite struct CoherenceCommandTests {
    /// COINr's example build of the ASEM tables (denominate, impute by group, treat, min-max, mean).
    static let asem = AuditCommandTests.asem

    /// The statistics of the 49 ASEM indicators: one row each; CSV columns as documented.
    @Test func statisticsOnCOINrTables() throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile(["audit", "stats", "--stage", "raw", "--format", "csv"] + Self.asem)
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "indicator,indicator_name,n,available_percent,min,max,mean,median,sd,skew,kurtosis,zeros_percent,ties_percent,unique,r_parent,flags")
        #expect(lines.count == 50)
        // Flights: COINr's raw statistics flag it OUT (skew 2.10, kurtosis 4.51).
        #expect(lines.contains { $0.hasPrefix("Flights,") && $0.hasSuffix(",outliers") }, "\(lines)")
    }

    /// --pval 0.05: r with the parent left out (empty in CSV) exactly for the four indicators
    /// COINr's get_corr(pval = 0.05) sets to NA; the within-parent matrix masked the same way
    /// (Physical: Ship with Flights, r = 0.06, p = 0.67 by scipy's pearsonr).
    @Test func statisticsAndMatricesMaskedByPValue() throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile(["audit", "stats", "--pval", "0.05", "--format", "csv"] + Self.asem)
        #expect(result.status == 0, "\(result)")
        let masked = result.stdout.split(separator: "\n").dropFirst().filter { $0.hasSuffix(",,") }.map { String($0.prefix { $0 != "," }) }
        #expect(masked.sorted() == ["Forest", "NEET", "RDExp", "Ship"], "\(result.stdout)")
        let plain = try folder.agile(["audit", "stats", "--format", "csv"] + Self.asem)
        #expect(!plain.stdout.split(separator: "\n").contains { $0.hasSuffix(",,") })
        let matrix = try folder.agile(["audit", "weights", "--correlations", "--pval", "0.05"] + Self.asem)
        #expect(matrix.status == 0, "\(matrix)")
        #expect(matrix.stdout.contains("Correlations with p > 0.05 (two-sided t-test) left out."))
        #expect(matrix.stdout.contains("Flights   0.40     1.00      –  0.36"), "\(matrix.stdout)")
    }

    /// PCA and alpha on the ASEM build: eight pillars, two sub-indices and the index; SusEcFin's
    /// alpha is negative (−0.377, as COINr) and flagged.
    @Test func pcaAndAlphaOnCOINrTables() throws {
        let folder = try TemporaryFolder()
        let pca = try folder.agile(["audit", "pca", "--format", "csv"] + Self.asem)
        #expect(pca.status == 0, "\(pca)")
        #expect(pca.stdout.split(separator: "\n").count == 12)
        #expect(pca.stdout.contains("Sust,Sustainability,level 3,3,51,37.2,35.3,PC1 under 60 %; against: Social"), "\(pca.stdout)")
        let loadings = try folder.agile(["audit", "pca", "--loadings"] + Self.asem)
        #expect(loadings.status == 0 && loadings.stdout.contains("Weight%"), "\(loadings)")
        let alpha = try folder.agile(["audit", "alpha", "--format", "csv"] + Self.asem)
        #expect(alpha.status == 0, "\(alpha)")
        #expect(alpha.stdout.contains("SusEcFin,Economic and Financial (Sus),level 2,5,51,51,-0.377,under 0.7"), "\(alpha.stdout)")
    }

    /// COINr's stopping rule on the sub-indices gives COINr's weights (0.390, 0.610) after 15
    /// evaluations; the saved file scores with `--weights FILE`, replaces its own earlier
    /// copy, and never a file it did not write (a registry, the user's own weights).
    @Test func optimiseAndSave() throws {
        let folder = try TemporaryFolder()
        let saved = folder.path("optimised.csv")
        let result = try folder.agile(["audit", "optimise", "--level", "3", "--coinr-stop", "--save", saved] + Self.asem)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("15 evaluations, converged (COINr's stopping rule)."), "\(result.stdout)")
        let file = try String(contentsOfFile: saved, encoding: .utf8)
        let lines = file.split(separator: "\n")
        #expect(lines.count == 5 && lines[2] == "id,weight")
        let weights = lines.dropFirst(3).map { Double($0.split(separator: ",")[1])! }
        #expect(abs(weights[0] - 0.39024390243902435) < 1e-9 && abs(weights[1] - 0.60975609756097571) < 1e-9, "\(file)")
        let scored = try folder.agile(["score", "--weights", saved, "--format", "csv"] + Self.asem)
        #expect(scored.status == 0, "\(scored)")
        let again = try folder.agile(["audit", "optimise", "--level", "3", "--save", saved] + Self.asem)
        #expect(again.status == 0, "an earlier saved file is replaced: \(again)")

        let own = folder.path("mine.csv")
        try "id,weight\nConn,2\n".write(toFile: own, atomically: true, encoding: .utf8)
        let refused = try folder.agile(["audit", "optimise", "--level", "3", "--save", own] + Self.asem)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("mine.csv"), "\(refused.stderr)")
        #expect(try String(contentsOfFile: own, encoding: .utf8) == "id,weight\nConn,2\n")
        let registry = "Tests/Fixtures/coinr-asem/iMeta.csv"
        let before = try Data(contentsOf: URL(fileURLWithPath: registry))
        #expect(try folder.agile(["audit", "optimise", "--level", "3", "--save", registry] + Self.asem).status != 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: registry)) == before)
    }

    /// Balance towards the declared shares on the stored sample's pillars, and a level that has
    /// nothing to optimise.
    @Test func optimiseOnTheSample() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let result = try folder.agile("audit", "optimise", "--db", folder.db, "--level", "pillar", "--target", "declared", "--format", "csv")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("node,node_name,target_percent,run_weight_percent,optimised_weight_percent,r_before,r_after,optimised_weight\n"))
        #expect(result.stdout.split(separator: "\n").count == 5)
        let bad = try folder.agile("audit", "optimise", "--db", folder.db, "--level", "index")
        #expect(bad.status != 0)
    }
}
