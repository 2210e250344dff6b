// COINr's panel ("purse") example against COINr 1.1.14: five years of ASEM, normalised over all
// years at once or per year, screened or not (Tests/Fixtures/coinr-purse/NOTE.md).

import AgileCore
import AgileIO
import Testing

/// One of COINr's purse builds.
enum COINrPurse: String, CaseIterable, Sendable {
    case global
    case perYear = "per-year"
    case perYearNoScreen = "per-year-noscreen"

    static let years = [2018, 2019, 2020, 2021, 2022]

    /// COINr's `new_coin(ASEM_iData_p, ASEM_iMeta, split_to = "all")`: no `Denominate` is called.
    static let dataset: COINrDataset = {
        do {
            let countries = try CountryList.load(path: ConformanceFixtures.packageRoot + "/Indicators/iso3166-1.csv")
            return try COINrDataset(meta: ConformanceFixtures.path("iMeta.csv"), data: ConformanceFixtures.path("../coinr-purse/ASEM_iData_p.csv"),
                                    countries: countries, id: "asem").undenominated
        } catch {
            fatalError("cannot read the purse fixtures: \(error)")
        }
    }()

    /// Screen at 90 % by NA on the raw data (unless noscreen), treat with the defaults,
    /// min-max 0–100, arithmetic mean.
    var method: Method {
        let none = CoverageRule(countryMinimum: 0, excludeCountries: false)
        return Method(coverage: self == .perYearNoScreen ? none : UnitScreening(minimum: 0.9).applied(to: none), imputation: .none)
    }

    var normalisation: PanelNormalisation { self == .global ? .global : .perYear }

    /// Every year's scores, in the order of ``years``.
    func scores() throws -> [Scores] {
        let pipeline = try ScoringPipeline(framework: Self.dataset.framework, method: method)
        return try pipeline.run(panel: Self.years.map { ($0, Self.dataset.scoringInput(year: $0)) }, normalisation: normalisation)
    }
}

@Suite struct COINrPurseTests {
    /// Every aggregate of every year within 1e-9 of COINr's (absolute, on scores of 0–100) and
    /// every rank equal; the units are the ones COINr kept (46 screened, 51 not).
    @Test(arguments: COINrPurse.allCases)
    func aggregatesAndRanks(_ purse: COINrPurse) throws {
        let scores = try purse.scores()
        for (year, scores) in zip(COINrPurse.years, scores) {
            let expected = try COINrExport("../coinr-purse/\(purse.rawValue)/aggregate_scores_ranks_\(year).csv").table
            #expect(scores.units.count == (purse == .perYearNoScreen ? 51 : 46))
            #expect(Set(scores.units) == Set(expected.rows), "\(purse) \(year)")
            var largest = 0.0, cells = 0
            for (column, code) in expected.columns.enumerated() {
                let isRank = code.hasSuffix("_rank")
                let node = isRank ? String(code.dropLast(5)) : code
                let computed = try #require(isRank ? scores.ranks.column(named: node) : scores.aggregated.column(named: node), "\(node)")
                for (row, unit) in expected.rows.enumerated() {
                    let ours = computed[try #require(scores.units.firstIndex(of: unit))], theirs = expected[row, column]
                    cells += 1
                    if isRank {
                        #expect(ours == theirs, "\(purse) \(year) \(unit) \(code)")
                    } else {
                        largest = max(largest, abs(ours - theirs))
                    }
                }
            }
            #expect(cells == expected.values.count && cells == expected.rows.count * 22)
            #expect(largest <= 1e-9, "\(purse) \(year): largest difference \(largest)")
        }
    }

    /// The normalised indicators of every year: global bounds over the five years (or each
    /// year's own), within 1e-9 of COINr's; on x86-64 Linux to the last bit.
    @Test(arguments: COINrPurse.allCases)
    func normalised(_ purse: COINrPurse) throws {
        let scores = try purse.scores()
        for (year, scores) in zip(COINrPurse.years, scores) {
            let expected = try COINrExport("../coinr-purse/\(purse.rawValue)/dset_Normalised_\(year).csv").table
            let comparison = TableComparison(scores.normalised, expected, relative: 1e-9, absolute: 1e-9)
            #expect(comparison.mismatches.isEmpty, "\(purse) \(year): \(comparison)")
            #expect(comparison.cells == expected.rows.count * 49, "\(purse) \(year): \(comparison)")
            #if arch(x86_64) && os(Linux)
            #expect(comparison.identical == comparison.cells, "\(purse) \(year): \(comparison)")
            #endif
        }
    }

    /// Global normalisation is not per year: the same data score differently (2018's best
    /// min-max value is no longer 100 when a later year has a better one).
    @Test func globalDiffersFromPerYear() throws {
        let global = try COINrPurse.global.scores(), perYear = try COINrPurse.perYear.scores()
        #expect(global[0].index != perYear[0].index)
        #expect(global[0].units == perYear[0].units)
    }
}
