// COINr's recorded uncertainty runs on the ASEM example, replayed replication by replication.

import AgileCore
import Testing

@Suite struct COINrUncertaintyReplayTests {
    /// Every rank of every replication of vig4 (winsorisation limit, normalisation, weights,
    /// aggregation) and wa2 (weights, aggregation) is COINr's, and so are the nominal ranks and
    /// the rank statistics (mean, median, 5th and 95th percentile) — level by level (exact) and
    /// through the effective weights (fast path).
    @Test(arguments: ["vig4_UA_N1000", "wa2_UA_N1000"], [true, false])
    func replay(_ name: String, exact: Bool) throws {
        let run = try COINrUncertaintyRun(name)
        let model = try AuditModel(framework: ConformanceFixtures.asem.framework, input: ConformanceFixtures.asem.input, method: run.method)
        let expected = try run.ranks()
        let nominal = try COINrExport("sensitivity/\(name)/nominal.csv")
        for row in nominal.rows {
            let unit = try #require(model.units.firstIndex(of: row[0]))
            #expect(model.nominalRanks[unit] == COINrExport.number(row[2]), "\(name) nominal \(row[0])")
        }
        let analysis = try UncertaintyAnalysis.replay(model, replications: run.replications, exact: exact)
        #expect(analysis.ranks.count == run.replications.count)
        var compared = 0, equal = 0
        for (unit, code) in model.units.enumerated() {
            let reference = try #require(expected[code], "\(code)")
            for (index, ranks) in analysis.ranks.enumerated() {
                compared += 1
                if ranks[unit] == reference[index] { equal += 1 }
            }
        }
        #expect(compared == 51 * run.replications.count)
        #expect(equal == compared, "\(name) exact \(exact): \(equal) of \(compared) ranks are COINr's")

        let stats = try COINrExport("sensitivity/\(name)/rank_stats.csv")
        #expect(stats.rows.count == analysis.statistics.count)
        for row in stats.rows {
            let statistic = try #require(analysis.statistics.first { $0.unit == row[0] })
            let figures = [statistic.nominal, statistic.mean, statistic.median, statistic.percentile5, statistic.percentile95]
            #expect(figures == row[1...5].map(COINrExport.number), "\(name) \(row[0])")
        }
    }

    /// R's quantile type 7 on a small sample.
    @Test func quantileType7() {
        let x = [1.0, 2, 3, 4, 10]
        #expect(RankStatistics.quantile(sorted: x, 0.5) == 3)
        #expect(RankStatistics.quantile(sorted: x, 0.05) == 1.2)
        #expect(abs(RankStatistics.quantile(sorted: x, 0.95) - 8.8) < 1e-12)
        #expect(RankStatistics.quantile(sorted: [7], 0.95) == 7)
    }
}
