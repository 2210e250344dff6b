// `agile audit` end to end: uncertainty and sensitivity on COINr's ASEM tables and the stored sample.

import Foundation
import Testing

@Suite struct AuditCommandTests {
    static let asem = ["--coinr", "Tests/Fixtures/coinr-asem/raw_iData.csv", "Tests/Fixtures/coinr-asem/iMeta.csv", "--denominate", "--impute", "group-mean:EurAsia_group"]
    /// The catalog's names of the sample's countries.
    static let sampleNames = [
        "ARE": "United Arab Emirates", "BRA": "Brazil", "CAN": "Canada", "CHN": "China", "DEU": "Germany", "FRA": "France",
        "GBR": "United Kingdom", "IND": "India", "ITA": "Italy", "JPN": "Japan", "RUS": "Russian Federation", "SGP": "Singapore",
        "USA": "United States", "ZAF": "South Africa",
    ]
    static let vig4 = ["--winmax-range", "1-5", "--normalise-choices", "minmax:1,100", "zscore:10,2", "--aggregate-choices", "arithmetic", "geometric"]

    /// The table has a row per unit sorted by nominal rank; the export holds the nominal row and
    /// one row per replication, and is the same bytes on one thread and on two.
    @Test func uncertaintyOnCOINrTables() throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile(["audit", "uncertainty", "--n", "60", "--seed", "9", "--export", folder.path("two.csv"), "--threads", "2"] + Self.asem + Self.vig4)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "no progress line on a pipe: \(result.stderr)")
        let header = try #require(result.lines.first { $0.hasPrefix("Nominal") })
        #expect(header.split(separator: " ").map(String.init) == ["Nominal", "Country", "Mean", "Median", "Q5", "Q95", "MeanShift"])
        let rows = result.lines.filter { $0.hasPrefix("      ") || $0.hasPrefix("     ") }
        #expect(rows.count == 51)
        #expect(rows.first?.split(separator: " ").prefix(3) == ["1", "CHE", "Switzerland"], "names beside codes")
        #expect(result.lines.first?.hasSuffix("varied: winsorisation limit 1–5; normalisation (minmax:1,100, zscore:10,2); level 2 and level 3 weights ×U(0.75, 1.25); aggregation (arithmetic, geometric).") == true,
                "COINr's unnamed levels in words: \(result.lines.first ?? "")")
        let one = try folder.agile(["audit", "uncertainty", "--n", "60", "--seed", "9", "--export", folder.path("one.csv"), "--threads", "1"] + Self.asem + Self.vig4)
        #expect(one.status == 0, "\(one)")
        let exported = try String(contentsOfFile: folder.path("two.csv"), encoding: .utf8)
        #expect(exported == (try String(contentsOfFile: folder.path("one.csv"), encoding: .utf8)))
        let lines = exported.split(separator: "\n")
        #expect(lines.count == 62)
        #expect(lines[0].hasPrefix("rep,winmax,normalisation,aggregation,weight:"))
        #expect(lines[1].hasPrefix("0,,,,"))
    }

    /// The imputation chosen per replication from a list: named in the description, recorded in
    /// the export's `imputation` column; an unknown method is refused.
    @Test func imputationChoices() throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile(
            ["audit", "uncertainty", "--n", "30", "--seed", "2", "--weights-factor", "0", "--export", folder.path("imputed.csv"),
             "--impute-choices", "mean", "group-mean:EurAsia_group"] + Self.asem)
        #expect(result.status == 0, "\(result)")
        #expect(result.lines.first?.contains("varied: imputation (mean, group-mean:EurAsia_group)") == true, "\(result)")
        let lines = try String(contentsOfFile: folder.path("imputed.csv"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 32)
        #expect(lines[0].hasPrefix("rep,winmax,normalisation,aggregation,imputation,"))
        let methods = Set(lines.dropFirst(2).map { $0.split(separator: ",", omittingEmptySubsequences: false)[4] })
        #expect(methods == ["mean", "group-mean:EurAsia_group"])
        let bad = try folder.agile(["audit", "uncertainty", "--impute-choices", "mode"] + Self.asem)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains(
            "The value 'mode' is invalid for '--impute-choices <method>': is not one of its forms; expected none, mean, median, group-mean:COLUMN or latest-earlier"),
            "\(bad.stderr)")
    }

    /// Four inputs, sorted by total index, aggregation first on the ASEM data.
    @Test func sensitivityOnCOINrTables() throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile(["audit", "sensitivity", "--n", "200", "--bootstrap", "100", "--export", folder.path("indices.csv")] + Self.asem + Self.vig4)
        #expect(result.status == 0, "\(result)")
        #expect(result.lines.contains { $0.hasPrefix("Sensitivity analysis: N = 200 (1200 runs)") })
        let header = try #require(result.lines.firstIndex { $0.hasPrefix("Input") })
        let inputs = result.lines[(header + 1)...].prefix(4).map { String($0.split(separator: " ")[0]) }
        #expect(Set(inputs) == ["Aggregation", "Normalisation", "Weights", "Winmax"])
        #expect(inputs.first == "Aggregation")
        let csv = try String(contentsOfFile: folder.path("indices.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("Variable,Si,STi,Si_q5,Si_q95,STi_q5,STi_q95\n"))
    }

    /// On the stored sample (the registry's data), weights of the default levels vary.
    @Test func uncertaintyOnStoredData() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let result = try folder.agile("audit", "uncertainty", "--db", folder.db, "--n", "40")
        #expect(result.status == 0, "\(result)")
        #expect(result.lines.first?.hasSuffix("varied: dimension and pillar weights ×U(0.75, 1.25).") == true, "the levels in words: \(result)")
        #expect(result.lines.filter { $0.hasPrefix("      ") || $0.hasPrefix("     ") }.count == 14)
        #expect(result.lines.contains { $0.contains("5–95 % rank interval") }, "a plain-language reading follows the table: \(result)")
        // The sample's reading: United States first and robust by name, with what robust means.
        let reading = try #require(result.lines.last { !$0.isEmpty })
        #expect(reading.hasPrefix("First place is robust: United States (USA). A place is robust when its country's 5–95 % rank interval overlaps no other country's, "
            + "with the countries ranked above it wholly ahead and those below wholly behind."), "\(reading)")
        #expect(result.lines.contains { $0.hasPrefix("      1  USA      United States ") }, "\(result)")
        let dirichlet = try folder.agile("audit", "sensitivity", "--db", folder.db, "--n", "20", "--bootstrap", "20", "--dirichlet", "20")
        #expect(dirichlet.status == 0, "\(dirichlet)")
        #expect(dirichlet.lines.first?.hasSuffix("varied: dimension and pillar weights from a Dirichlet distribution (concentration 20.0).") == true, "\(dirichlet)")
        #expect(dirichlet.lines.contains { $0.hasPrefix("Weights") })
        let bad = try folder.agile("audit", "uncertainty", "--db", folder.db, "--winmax-range", "5-1")
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--winmax-range"))
    }

    /// Two weightings of the stored sample: every country once, the biggest movers first; the
    /// same weighting twice moves nobody; one weighting is refused.
    @Test func compareWeightings() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let result = try folder.agile("audit", "compare", "--db", folder.db, "--weights", "declared", "--weights", "development-double")
        #expect(result.status == 0, "\(result)")
        let header = try #require(result.lines.firstIndex { $0.hasPrefix("Country") })
        let rows = result.lines[(header + 1)...].filter { !$0.isEmpty }
        #expect(rows.count == 14)
        let places = rows.map { row in abs(Int(row.split(separator: " ").last.map { $0.replacingOccurrences(of: "−", with: "-") } ?? "") ?? 0) }
        #expect(places == places.sorted(by: >))
        #expect(Set(rows.map { String($0.split(separator: " ")[0]) }).count == 14)
        #expect(rows.contains { $0.hasPrefix("USA      United States ") }, "names beside codes: \(rows)")
        let same = try folder.agile("audit", "compare", "--db", folder.db, "--weights", "equal", "--weights", "equal")
        #expect(same.status == 0, "\(same)")
        #expect(same.lines.first?.hasSuffix("mean absolute rank change 0.00.") == true, "\(same)")
        let one = try folder.agile("audit", "compare", "--db", folder.db, "--weights", "equal")
        #expect(one.status != 0)
    }

    /// Effective weights on the stored sample: a row per node below the index (39 indicators,
    /// 18 dimensions, 4 pillars), declared shares (percentages with one decimal) summing to 100
    /// per level in the CSV within their rounding; the correlation matrices have one block per
    /// aggregate.
    @Test func effectiveWeights() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let table = try folder.agile("audit", "weights", "--db", folder.db)
        #expect(table.status == 0, "\(table)")
        let header = try #require(table.lines.firstIndex { $0.hasPrefix("Level") })
        #expect(table.lines[header].split(separator: " ").map(String.init) == ["Level", "Node", "Parent", "Declared%", "Implied%", "r", "rShare%", "Flags"])
        #expect(table.lines[(header + 1)...].filter { !$0.isEmpty }.count == 61)
        #expect(table.lines.allSatisfy { !$0.hasSuffix(" ") })
        let csv = try folder.agile("audit", "weights", "--db", folder.db, "--format", "csv")
        #expect(csv.status == 0, "\(csv)")
        #expect(csv.lines.first == "level,node,node_name,parent,declared_percent,implied_percent,r,r_share_percent,flags")
        let rows = csv.lines.dropFirst().filter { !$0.isEmpty }.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == 61)
        for level in ["indicator", "dimension", "pillar"] {
            let declared = rows.filter { $0[0] == level }.compactMap { Double($0[4]) }
            #expect(abs(declared.reduce(0, +) - 100) <= 0.05 * Double(declared.count), "\(level): \(declared)")
        }
        // I01: 1/2 of D01, 1/4 of P1's dimensions, 1/4 of the pillars = 1/32 = 3.125 % → 3.1.
        #expect(rows.first { $0[1] == "I01" }.map { Array($0[0...4]) } == ["indicator", "I01", "AI articles published", "D01", "3.1"])
        let matrices = try folder.agile("audit", "weights", "--db", folder.db, "--correlations")
        #expect(matrices.status == 0, "\(matrices)")
        #expect(matrices.lines.filter { $0.hasPrefix("Correlations within ") }.count == 23)
        let long = try folder.agile("audit", "weights", "--db", folder.db, "--correlations", "--format", "csv")
        #expect(long.lines.first == "parent,parent_name,row,row_name,column,column_name,r")
        #expect(long.lines.contains("P1,AI Development Level,D01,AI Research,D01,AI Research,1.00"))
    }

    /// Leave-one-out on the stored sample: a row per pillar, the largest mean shift first; a
    /// row per dimension in CSV; an unknown level is refused.
    @Test func leaveOneOut() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let pillars = try folder.agile("audit", "remove", "--db", folder.db, "--level", "pillar")
        #expect(pillars.status == 0, "\(pillars)")
        let header = try #require(pillars.lines.firstIndex { $0.hasPrefix("Node") })
        let rows = pillars.lines[(header + 1)...].filter { !$0.isEmpty }.map { $0.split(separator: " ").map(String.init) }
        #expect(pillars.lines.first == "Leaving out each pillar in turn (4 pillars, 14 countries).")
        #expect(Set(rows.map { $0[0] }) == ["P1", "P2", "P3", "P4"])
        // Node, shift, mover's code, its name (maybe several words), places.
        #expect(rows.allSatisfy { Self.sampleNames[$0[2]] == $0[3..<($0.count - 1)].joined(separator: " ") }, "\(rows)")
        let shifts = rows.compactMap { Double($0[1]) }
        #expect(shifts.count == 4 && shifts == shifts.sorted(by: >) && shifts[0] > 0)
        let csv = try folder.agile("audit", "remove", "--db", folder.db, "--level", "dimension", "--format", "csv")
        #expect(csv.status == 0, "\(csv)")
        #expect(csv.lines.first == "node,node_name,level,mean_abs_rank_change,largest_mover,largest_mover_name,places")
        let moverNames = csv.lines.dropFirst().filter { !$0.isEmpty }.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            .filter { !$0[4].isEmpty }.map { [$0[4], $0[5]] }
        #expect(!moverNames.isEmpty && moverNames.allSatisfy { Self.sampleNames[$0[0]] == $0[1] }, "\(moverNames)")
        #expect(csv.lines.dropFirst().filter { !$0.isEmpty }.count == 18)
        let bad = try folder.agile("audit", "remove", "--db", folder.db, "--level", "index")
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--level"))
    }

    /// Sobol indices at a small N: every index and bound shown within [0, 1], a Flags column,
    /// the estimates that left [0, 1] or put Si above STi flagged, and the note on N.
    @Test func sensitivityClippedAndFlagged() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let result = try folder.agile("audit", "sensitivity", "--db", folder.db, "--n", "100", "--bootstrap", "100", "--normalise-choices", "minmax:0,100", "zscore:10,2")
        #expect(result.status == 0, "\(result)")
        let header = try #require(result.lines.firstIndex { $0.hasPrefix("Input") })
        #expect(result.lines[header].split(separator: " ", omittingEmptySubsequences: true).last == "Flags")
        let rows = result.lines[(header + 1)...].prefix { !$0.isEmpty }
        #expect(rows.count == 2)
        for row in rows {
            let numbers = row.split(separator: " ").dropFirst().prefix(6).compactMap { Double($0) }
            #expect(numbers.count == 6 && numbers.allSatisfy { (0...1).contains($0) }, "shown within [0, 1]: \(row)")
        }
        #expect(rows.contains { $0.contains(" clipped") || $0.contains(", above 1") || $0.contains(", below 0") || $0.contains("Si above STi: ") },
                "at N = 100 an estimate leaves [0, 1] or Si exceeds STi: \(rows)")
        #expect(result.lines.contains { $0.hasPrefix("Sobol estimates are noisy at small N (their error shrinks only as 1/√N; here N = 100, with 100 bootstrap resamples for the intervals)") },
                "\(result)")
    }

    /// Fewer than 20 countries: the caution with its threshold and the critical |r| for 14
    /// (0.53, 12 degrees of freedom) on the tables, on standard error with CSV; none for 51.
    @Test func correlationCautionBelowTwentyCountries() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let caution = "Caution: only 14 countries. Correlations over fewer than 20 countries mean little: with 14, |r| must reach 0.53 to differ from zero "
            + "at the 5 % level (two-sided t-test, 12 degrees of freedom; 0.44 with 20), and a single country can swing r. Read r, the r² shares "
            + "and the weak and negative r flags as rough; even far larger samples leave r unstable (Schönbrodt & Perugini 2013)."
        let matrices = try folder.agile("audit", "weights", "--db", folder.db, "--correlations")
        #expect(matrices.status == 0, "\(matrices)")
        #expect(Array(matrices.lines.prefix(3)) == [
            "Pearson's r within every aggregate, over 14 countries (pairs where both values are known).", caution,
            "Vintages: revised values (the latest of every vintage).",
        ])
        #expect(matrices.lines.contains("Correlations within P1 AI Development Level:"))
        let shares = try folder.agile("audit", "weights", "--db", folder.db)
        #expect(Array(shares.lines.prefix(4)) == [
            "Declared and effective shares of the index, 14 countries.", caution, "Vintages: revised values (the latest of every vintage).", "",
        ])
        let csv = try folder.agile("audit", "weights", "--db", folder.db, "--correlations", "--format", "csv")
        #expect(csv.status == 0 && csv.lines.first == "parent,parent_name,row,row_name,column,column_name,r")
        #expect(csv.stderr == "note: \(caution)\nnote: Vintages: revised values (the latest of every vintage).\n")
        let asem = try folder.agile(["audit", "weights", "--correlations"] + Self.asem)
        #expect(asem.status == 0, "\(asem)")
        #expect(!asem.stdout.contains("Caution") && asem.stderr.isEmpty)
    }
}
