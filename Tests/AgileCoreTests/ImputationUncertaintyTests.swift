// The imputation as an uncertain input, on a case small enough to work out by hand.

import AgileCore
import Testing

@Suite struct ImputationUncertaintyTests {
    // Four units, two indicators in one dimension; X misses B.
    //          A    B      A norm   B mean-imputed   B median-imputed
    //   W      0  100        0         100               100
    //   X     10   NA     33.33       36.67 (110/3)       10
    //   Y     20    0     66.67          0                 0
    //   Z     30   10      100          10                10
    // Index (arithmetic mean of the two, min-max [0, 100]):
    //   mean:   W 50, X 35,    Y 33.33, Z 55 → ranks W 2, X 3, Y 4, Z 1
    //   median: W 50, X 21.67, Y 33.33, Z 55 → ranks W 2, X 4, Y 3, Z 1
    static func model() throws -> AuditModel {
        let framework = ScoringFixtures.framework(
            ["A", "B"].map { ScoringFixtures.indicator($0, in: "D1") }, dimensions: ["D1"],
            method: Method(coverage: CoverageRule(countryMinimum: 0), imputation: .mean, treatment: .none))
        let input = ScoringFixtures.input(units: ["W", "X", "Y", "Z"], indicators: ["A", "B"], rows: [[0, 100], [10, .nan], [20, 0], [30, 10]])
        return try AuditModel(framework: framework, input: input)
    }

    @Test func eachImputationGivesItsRanks() throws {
        let model = try Self.model()
        #expect(model.nominalRanks == [2, 3, 4, 1])
        #expect(try model.indexRanks(Replication(imputation: .mean)) == [2, 3, 4, 1])
        #expect(try model.indexRanks(Replication(imputation: .median)) == [2, 4, 3, 1])
    }

    /// Over both choices X and Y swap places 3 and 4 and nobody else moves; the spread follows
    /// from how many replications drew the median.
    @Test func uncertaintyOverTwoImputations() throws {
        let model = try Self.model()
        let design = UncertaintyDesign(imputations: [.mean, .median])
        #expect(design.inputs == [.imputation])
        let analysis = try UncertaintyAnalysis.run(model, design: design, count: 200, seed: 11)
        let median = analysis.replications.filter { $0.imputation == .median }.count
        #expect(analysis.replications.allSatisfy { $0.imputation == .mean || $0.imputation == .median })
        #expect(median > 60 && median < 140, "\(median) of 200 drew the median")
        for (replication, ranks) in zip(analysis.replications, analysis.ranks) {
            #expect(ranks == (replication.imputation == .median ? [2, 4, 3, 1] : [2, 3, 4, 1]))
        }
        let byUnit = Dictionary(uniqueKeysWithValues: analysis.statistics.map { ($0.unit, $0) })
        let w = try #require(byUnit["W"]), x = try #require(byUnit["X"]), y = try #require(byUnit["Y"]), z = try #require(byUnit["Z"])
        #expect([z.mean, z.percentile5, z.percentile95, z.meanAbsoluteShift] == [1, 1, 1, 0])
        #expect([w.mean, w.percentile5, w.percentile95, w.meanAbsoluteShift] == [2, 2, 2, 0])
        #expect([x.percentile5, x.percentile95, y.percentile5, y.percentile95] == [3, 4, 3, 4])
        #expect(abs(x.mean - (3 + Double(median) / 200)) < 1e-12)
        #expect(abs(y.mean - (4 - Double(median) / 200)) < 1e-12)
        #expect(abs(x.meanAbsoluteShift - Double(median) / 200) < 1e-12)
        // The export records each replication's imputation, so it can be replayed.
        let lines = analysis.replicationsCSV().split(separator: "\n")
        #expect(lines[0] == "rep,winmax,normalisation,aggregation,imputation,W,X,Y,Z")
        #expect(lines[1] == "0,,,,,2,3,4,1")
        let first = analysis.replications[0]
        #expect(lines[2] == "1,,,,\(first.imputation == .median ? "median,2,4,3,1" : "mean,2,3,4,1")")
        let replayed = try UncertaintyAnalysis.replay(model, replications: analysis.replications)
        #expect(replayed.statisticsCSV() == analysis.statisticsCSV())
    }

    /// A Saltelli design over the imputation alone: it is the only input, and it explains the
    /// whole variance of the mean rank shift (total index near 1; COINr's first-order
    /// estimator is not centred and scatters more, so only its size is checked).
    @Test func sobolIndicesOfTheImputation() throws {
        let model = try Self.model()
        let analysis = try SensitivityAnalysis.run(model, design: UncertaintyDesign(imputations: [.mean, .median]), count: 256, seed: 5, bootstrap: 50)
        #expect(analysis.replications.count == 256 * 3)
        #expect(analysis.indices.map(\.input) == ["Imputation"])
        let index = try #require(analysis.indices.first)
        #expect(abs(index.total - 1) < 0.15 && index.firstOrder > 0.7, "\(index)")
    }

    @Test func imputationText() {
        #expect([Imputation.none, .mean, .median, .groupMean(grouping: "region"), .latestEarlier].map(\.description)
            == ["none", "mean", "median", "group-mean:region", "latest-earlier"])
    }
}
