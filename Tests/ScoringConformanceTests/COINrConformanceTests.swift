// The pipeline against COINr 1.1.14 on its ASEM example: every stage of seven builds.

import AgileCore
import Foundation
import Testing

@Suite struct COINrConformanceTests {
    /// Every data set COINr exported (raw, denominated, imputed, screened, treated, normalised,
    /// aggregated, ranks) agrees to 1e-9 relative, unit by unit and column by column — and on
    /// x86-64 Linux to the last bit.
    @Test(arguments: COINrVariant.allCases)
    func stages(_ variant: COINrVariant) throws {
        let scores = try variant.scores
        for (file, table) in variant.stages {
            let expected = try COINrExport("\(variant.rawValue)/\(file).csv").table
            let comparison = TableComparison(scores[keyPath: table], expected)
            #expect(comparison.mismatches.isEmpty, "\(variant.testDescription) \(file): \(comparison)")
            #expect(comparison.cells == expected.values.count, "\(variant.testDescription) \(file): \(comparison)")
            #if arch(x86_64) && os(Linux)
            // With R's long-double sums and glibc's exp/log, every value is COINr's to the last bit.
            #expect(comparison.identical == comparison.cells, "\(variant.testDescription) \(file): \(comparison)")
            #endif
        }
    }

    /// The final index scores and ranks (final_index_scores_ranks.csv).
    @Test(arguments: COINrVariant.allCases)
    func indexAndRanks(_ variant: COINrVariant) throws {
        let scores = try variant.scores
        let expected = try COINrExport("\(variant.rawValue)/final_index_scores_ranks.csv")
        let code = try #require(expected.column("uCode")), index = try #require(expected.column("Index")), rank = try #require(expected.column("Rank"))
        #expect(expected.rows.count == scores.units.count)
        for row in expected.rows {
            let unit = try #require(scores.units.firstIndex(of: row[code]))
            let value = COINrExport.number(row[index])
            #expect(abs(scores.index[unit] - value) <= 1e-9 * abs(value), "\(row[code])")
            #expect(scores.indexRanks[unit] == COINrExport.number(row[rank]), "\(row[code])")
        }
    }

    /// The treatment of every indicator: skew, kurtosis and pass before, COINr's count of
    /// winsorised points, the test after winsorising and after the log fallback.
    @Test(arguments: COINrVariant.allCases)
    func treatmentDetails(_ variant: COINrVariant) throws {
        let scores = try variant.scores
        let expected = try COINrExport("\(variant.rawValue)/treat_details_table.csv")
        #expect(expected.rows.count == scores.treatment.count)
        func close(_ a: Double?, _ b: String) -> Bool {
            let b = COINrExport.number(b)
            guard let a else { return b.isNaN }
            return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1e-3)
        }
        func pass(_ a: Bool?, _ b: String) -> Bool { b == "NA" ? a == nil : a == (b == "TRUE") }
        for row in expected.rows {
            let detail = try #require(scores.treatment.first { $0.indicator == row[0] })
            func cell(_ name: String) -> String { expected.column(name).map { row[$0] } ?? "NA" }
            let checks: [(SkewKurtosis?, String)] = [(detail.before, "0"), (detail.afterWinsorising, "1"), (detail.afterLog, "2")]
            for (check, suffix) in checks {
                #expect(pass(check?.passes, cell("check_SkewKurt\(suffix).Pass")), "\(row[0]) check \(suffix)")
                #expect(close(check?.skew, cell("check_SkewKurt\(suffix).Skew")), "\(row[0]) skew \(suffix)")
                #expect(close(check?.kurtosis, cell("check_SkewKurt\(suffix).Kurt")), "\(row[0]) kurtosis \(suffix)")
            }
            #expect(close(detail.winsorisedPoints.map(Double.init), cell("winsorise.nwin")), "\(row[0]) nwin")
        }
    }

    /// Every treated point with COINr's flag (winhi, winlo, +log_CT, winhi+log_CT) and its
    /// values before and after (treat_points_long.csv).
    @Test(arguments: COINrVariant.allCases)
    func treatedPoints(_ variant: COINrVariant) throws {
        let scores = try variant.scores
        let expected = try COINrExport("\(variant.rawValue)/treat_points_long.csv")
        #expect(expected.rows.count == scores.treatedPoints.count)
        for row in expected.rows {
            let point = try #require(scores.treatedPoints.first { $0.indicator == row[0] && $0.unit == row[1] }, "\(row[0]) \(row[1])")
            #expect(point.coinrFlag == row[2], "\(row[0]) \(row[1])")
            for (value, text) in [(point.before, row[3]), (point.after, row[4])] {
                let reference = COINrExport.number(text)
                #expect(abs(value - reference) <= 1e-9 * abs(reference), "\(row[0]) \(row[1])")
            }
        }
    }

    /// Coverage at the screening stage (screen_data_summary.csv) and the units dropped.
    @Test(arguments: [COINrVariant.a, .e])
    func screening(_ variant: COINrVariant) throws {
        let scores = try variant.scores
        let expected = try COINrExport("\(variant.rawValue)/screen_data_summary.csv")
        #expect(expected.rows.count == scores.unitCoverage.count)
        for row in expected.rows {
            func cell(_ name: String) -> String { row[expected.column(name)!] }
            let coverage = try #require(scores.unitCoverage.first { $0.unit == cell("uCode") })
            #expect(Double(coverage.total - coverage.observed) == COINrExport.number(cell("N_missing")))
            #expect(Double(coverage.zeros) == COINrExport.number(cell("N_zero")))
            #expect(abs(coverage.share - COINrExport.number(cell("Dat_Avail"))) <= 1e-15)
            #expect(abs(coverage.nonZeroShare - COINrExport.number(cell("Non_Zero"))) <= 1e-15)
            #expect(coverage.belowMinimum == (cell("LowData") == "TRUE"))
            #expect(!coverage.excluded == (cell("Included") == "TRUE"))
        }
        let removed = try String(contentsOfFile: ConformanceFixtures.path("\(variant.rawValue)/screen_removed_units.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(scores.unitCoverage.filter(\.excluded).map(\.unit).sorted() == removed)
    }

    /// COINr's variant E imputes the screened data by group mean in a side branch; the same
    /// imputation here gives its dset_Imputed.
    @Test func imputedSideBranchOfE() throws {
        var framework = COINrVariant.e.framework
        framework.method.imputation = .groupMean(grouping: "EurAsia_group")
        let scores = try ScoringPipeline(framework: framework).run(ConformanceFixtures.asem.input)
        let expected = try COINrExport("\(COINrVariant.e.rawValue)/dset_Imputed.csv").table
        let comparison = TableComparison(scores.imputed, expected)
        #expect(comparison.mismatches.isEmpty, "\(comparison)")
        #expect(scores.imputations.count == 25)
    }
}
