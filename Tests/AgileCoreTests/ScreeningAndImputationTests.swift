// Denomination, transforms, coverage screening and each imputation, on small tables.

import AgileCore
import Foundation
import Testing

@Suite struct ScreeningAndImputationTests {
    // Four units, four indicators in one dimension. Groups: N1, N2 "north"; S1, S2 "south".
    //          A    B    C    D
    //   N1     1   10  100    2
    //   N2     3   NA  300   NA
    //   S1     5   30   NA   NA
    //   S2     7   50  700    8
    static let units = ["N1", "N2", "S1", "S2"]
    static let rows: [[Double]] = [[1, 10, 100, 2], [3, .nan, 300, .nan], [5, 30, .nan, .nan], [7, 50, 700, 8]]
    static let groups: [[String: String]] = [["region": "north"], ["region": "north"], ["region": "south"], ["region": "south"]]

    static func scores(_ imputation: Imputation, coverage: CoverageRule = CoverageRule(countryMinimum: 0), earlier: ScoreTable? = nil) throws -> Scores {
        let framework = ScoringFixtures.framework(
            ["A", "B", "C", "D"].map { ScoringFixtures.indicator($0, in: "D1") }, dimensions: ["D1"],
            method: Method(coverage: coverage, imputation: imputation, treatment: .none))
        var input = ScoringFixtures.input(units: units, indicators: ["A", "B", "C", "D"], rows: rows, groups: groups)
        input.earlier = earlier
        input.earlierYears = earlier.map { $0.values.map { $0.isNaN ? nil : 2019 } } ?? []
        return try ScoringPipeline(framework: framework).run(input)
    }

    @Test func meanAndMedian() throws {
        // B: mean of 10, 30, 50 = 30; C: mean of 100, 300, 700 = 1100/3; D: mean of 2, 8 = 5.
        let mean = try Self.scores(.mean)
        #expect(mean.imputed[row: "N2", column: "B"] == 30)
        #expect(mean.imputed[row: "S1", column: "C"] == 1100.0 / 3)
        #expect(mean.imputed.column(named: "D") == [2, 5, 5, 8])
        #expect(mean.imputations.count == 4 && mean.imputations.allSatisfy { $0.source == .mean })
        // C: median of 100, 300, 700 = 300; D: median of 2, 8 = 5.
        let median = try Self.scores(.median)
        #expect(median.imputed[row: "S1", column: "C"] == 300)
        #expect(median.imputed.column(named: "D") == [2, 5, 5, 8])
    }

    @Test func groupMean() throws {
        // North B: only N1's 10; south C: only S2's 700; north D: N1's 2; south D: S2's 8.
        let scores = try Self.scores(.groupMean(grouping: "region"))
        #expect(scores.imputed[row: "N2", column: "B"] == 10)
        #expect(scores.imputed[row: "S1", column: "C"] == 700)
        #expect(scores.imputed.column(named: "D") == [2, 2, 8, 8])
        #expect(scores.imputations.first == ImputedCell(unit: "N2", indicator: "B", value: 10, source: .groupMean(grouping: "region", group: "north")))
        #expect(throws: ScoringError.unknownGrouping("income")) { try Self.scores(.groupMean(grouping: "income")) }
    }

    @Test func latestEarlierValue() throws {
        var earlier = ScoreTable(rows: Self.units, columns: ["A", "B", "C", "D"])
        earlier[1, 1] = 9   // N2's B from 2019
        earlier[2, 3] = 4   // S1's D from 2019
        let scores = try Self.scores(.latestEarlier, earlier: earlier)
        #expect(scores.imputed[row: "N2", column: "B"] == 9)
        #expect(scores.imputed[row: "S1", column: "D"] == 4)
        #expect(scores.imputed[row: "N2", column: "D"]!.isNaN)
        #expect(scores.imputations.map(\.source) == [.earlier(year: 2019), .earlier(year: 2019)])
        #expect(throws: ScoringError.missingEarlierValues) { try Self.scores(.latestEarlier) }
    }

    @Test func screeningBeforeImputationDropsLowCoverage() throws {
        // Coverage: N1 4/4, N2 2/4, S1 2/4, S2 4/4. At 0.75 with exclusion, N2 and S1 go.
        let scores = try Self.scores(.mean, coverage: CoverageRule(countryMinimum: 0.75, excludeCountries: true))
        #expect(scores.unitCoverage.map(\.share) == [1, 0.5, 0.5, 1])
        #expect(scores.unitCoverage.map(\.excluded) == [false, true, true, false])
        #expect(scores.units == ["N1", "S2"])
        #expect(scores.screened.rows == ["N1", "S2"] && scores.raw.rows == Self.units)
        #expect(scores.imputations.isEmpty)
        #expect(scores.indicatorCoverage.map(\.share) == [1, 0.75, 0.75, 0.5])
        // After imputation everyone is complete and stays.
        let after = try Self.scores(.mean, coverage: CoverageRule(countryMinimum: 0.75, excludeCountries: true, stage: .afterImputation))
        #expect(after.units == Self.units)
        // Flagged but kept without exclusion.
        let flagged = try Self.scores(.none, coverage: CoverageRule(countryMinimum: 0.75))
        #expect(flagged.unitCoverage.map(\.belowMinimum) == [false, true, true, false] && flagged.units == Self.units)
        #expect(throws: ScoringError.noUnitsLeft(countryMinimum: 1.5)) {
            try Self.scores(.none, coverage: CoverageRule(countryMinimum: 1.5, excludeCountries: true))
        }
    }

    @Test func denominationAndTransformComeFirst() throws {
        // A per capita: 20 / 4 = 5 and 90 / 9 = 10; B log1p: log1p(e − 1) = 1.
        let framework = ScoringFixtures.framework(
            [
                Indicator(id: "A", name: "A", parent: "D", type: .count, denominator: "POP"),
                Indicator(id: "B", name: "B", parent: "D", type: .count, transform: .log1p),
            ],
            dimensions: ["D"], method: Method(treatment: .none))
        var input = ScoringFixtures.input(units: ["X", "Y"], indicators: ["A", "B"], rows: [[20, exp(1) - 1], [90, 0]])
        input.denominators = ScoreTable(rows: ["X", "Y"], columns: ["POP"], values: [4, 9])
        let scores = try ScoringPipeline(framework: framework).run(input)
        #expect(scores.denominated.column(named: "A") == [5, 10])
        #expect(scores.denominated.column(named: "B") == [exp(1) - 1, 0])
        #expect(scores.transformed.column(named: "B") == [log1p(exp(1) - 1), 0])
        input.denominators = ScoreTable(rows: ["X", "Y"], columns: ["POP"], values: [4, .nan])
        #expect(try ScoringPipeline(framework: framework).run(input).denominated[row: "Y", column: "A"]!.isNaN)
        input.denominators = ScoreTable(rows: ["X", "Y"], columns: ["POP"], values: [4, 0])
        #expect(throws: ScoringError.self) { try ScoringPipeline(framework: framework).run(input) }
        input.denominators = ScoreTable(rows: ["X", "Y"], columns: [])
        #expect(throws: ScoringError.self) { try ScoringPipeline(framework: framework).run(input) }
    }
}
