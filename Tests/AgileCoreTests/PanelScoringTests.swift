// A panel of two years scored as COINr scores a purse: normalised globally or per year, by hand.

import AgileCore
import Testing

@Suite struct PanelScoringTests {
    /// A (dimension D1) and B (D2, negative polarity) under the index; no treatment, min-max 0–100.
    static let framework = ScoringFixtures.framework(
        [ScoringFixtures.indicator("A", in: "D1"), ScoringFixtures.indicator("B", in: "D2", polarity: .negative)], dimensions: ["D1", "D2"])

    ///          A    B              A    B
    /// 2018 AUT  0    5     2019 AUT 30    9
    ///      BEL 10    1          BEL 40    1
    ///      CHE 20    3          (CHE has no row in 2019)
    static let panel: [(year: Int, input: ScoringInput)] = [
        (2018, ScoringFixtures.input(units: ["AUT", "BEL", "CHE"], indicators: ["A", "B"], rows: [[0, 5], [10, 1], [20, 3]])),
        (2019, ScoringFixtures.input(units: ["AUT", "BEL"], indicators: ["A", "B"], rows: [[30, 9], [40, 1]])),
    ]

    static func expect(_ scores: Scores, _ column: String, _ values: [Double], _ note: String) {
        let computed = scores.aggregated.column(named: column) ?? []
        #expect(computed.count == values.count && zip(computed, values).allSatisfy { ScoringFixtures.close($0, $1) }, "\(note) \(column): \(computed)")
    }

    /// Global: A over 0…40 → 0, 25, 50 | 75, 100; B (×−1) over −9…−1 → (x + 9)/8: 50, 100, 75 | 0, 100.
    /// Index = mean: 25, 62.5, 62.5 | 37.5, 100; ranks within the year: 3, 1, 1 | 2, 1.
    @Test func globalNormalisesOverBothYears() throws {
        let pipeline = try ScoringPipeline(framework: Self.framework)
        let scores = try pipeline.run(panel: Self.panel, normalisation: .global)
        #expect(scores.map(\.units) == [["AUT", "BEL", "CHE"], ["AUT", "BEL"]])
        Self.expect(scores[0], "A", [0, 25, 50], "2018")
        Self.expect(scores[0], "B", [50, 100, 75], "2018")
        Self.expect(scores[0], "IDX", [25, 62.5, 62.5], "2018")
        Self.expect(scores[1], "A", [75, 100], "2019")
        Self.expect(scores[1], "B", [0, 100], "2019")
        Self.expect(scores[1], "IDX", [37.5, 100], "2019")
        #expect(scores[0].indexRanks == [3, 1, 1])
        #expect(scores[1].indexRanks == [2, 1])
    }

    /// Per year: 2018 A 0, 50, 100; B over −5…−1: 0, 100, 50; index 0, 75, 75.
    /// 2019 A 0, 100; B 0, 100; index 0, 100. Each year equals the year's run alone.
    @Test func perYearIsEachYearAlone() throws {
        let pipeline = try ScoringPipeline(framework: Self.framework)
        let scores = try pipeline.run(panel: Self.panel, normalisation: .perYear)
        Self.expect(scores[0], "A", [0, 50, 100], "2018")
        Self.expect(scores[0], "B", [0, 100, 50], "2018")
        Self.expect(scores[0], "IDX", [0, 75, 75], "2018")
        Self.expect(scores[1], "IDX", [0, 100], "2019")
        for (point, scored) in zip(Self.panel, scores) {
            let alone = try pipeline.run(point.input)
            #expect(scored.aggregated.values.elementsEqual(alone.aggregated.values) { $0 == $1 || ($0.isNaN && $1.isNaN) })
            #expect(scored.ranks.values.elementsEqual(alone.ranks.values) { $0 == $1 || ($0.isNaN && $1.isNaN) })
        }
    }

    /// One year normalised globally is that year alone, to the bit.
    @Test func globalOverOneYearIsTheYearAlone() throws {
        let pipeline = try ScoringPipeline(framework: Self.framework)
        let global = try pipeline.run(panel: [Self.panel[0]], normalisation: .global)
        let alone = try pipeline.run(Self.panel[0].input)
        #expect(global[0].aggregated.values == alone.aggregated.values)
        #expect(global[0].normalised.values == alone.normalised.values)
    }

    /// Screening is per year: CHE (one of two indicators in 2018) is dropped from 2018 only, and
    /// the global bounds are taken over the units kept.
    @Test func screeningIsPerYear() throws {
        var method = Self.framework.method
        method.coverage = UnitScreening(minimum: 0.9).applied(to: method.coverage)
        let pipeline = try ScoringPipeline(framework: Self.framework, method: method)
        let panel: [(year: Int, input: ScoringInput)] = [
            (2018, ScoringFixtures.input(units: ["AUT", "BEL", "CHE"], indicators: ["A", "B"], rows: [[0, 5], [10, 1], [100, .nan]])),
            (2019, ScoringFixtures.input(units: ["AUT", "BEL", "CHE"], indicators: ["A", "B"], rows: [[30, 9], [40, 1], [20, 3]])),
        ]
        let scores = try pipeline.run(panel: panel, normalisation: .global)
        #expect(scores.map(\.units) == [["AUT", "BEL"], ["AUT", "BEL", "CHE"]])
        // A over 0…40 (CHE's 100 of 2018 screened out): 0, 25 | 75, 100, 50.
        Self.expect(scores[0], "A", [0, 25], "2018")
        Self.expect(scores[1], "A", [75, 100, 50], "2019")
    }

    @Test func screeningText() throws {
        #expect(try UnitScreening(parsing: "0.9") == UnitScreening(minimum: 0.9))
        #expect(try UnitScreening(parsing: "1,After-Imputation") == UnitScreening(minimum: 1, stage: .afterImputation))
        #expect(UnitScreening(minimum: 0.9, stage: .afterImputation).description == "0.9,after-imputation")
        #expect(UnitScreening(minimum: 0).description == "0")
        #expect(throws: MethodChoiceError.outOfRange(.screening, text: "1.5", parameter: "MIN", expected: "MIN[,after-imputation], MIN a share from 0 to 1 (COINr's dat_thresh)")) {
            try UnitScreening(parsing: "1.5")
        }
        #expect(throws: MethodChoiceError.malformed(.screening, text: "0.9,before", expected: "MIN[,after-imputation], MIN a share from 0 to 1 (COINr's dat_thresh)")) {
            try UnitScreening(parsing: "0.9,before")
        }
        #expect(throws: MethodChoiceError.notFinite(.screening, text: "nan", parameter: "MIN", expected: "MIN[,after-imputation], MIN a share from 0 to 1 (COINr's dat_thresh) with MIN finite")) {
            try UnitScreening(parsing: "nan")
        }
    }
}
