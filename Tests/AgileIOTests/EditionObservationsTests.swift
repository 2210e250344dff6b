// The values of an edition selected in SQL: the latest year in the window per country and
// code (every source of it), the latest earlier year, through the key index — and the same
// selection and scoring input as from every stored value.

import AgileCore
@testable import AgileIO
import GRDB
import Testing

@Suite struct EditionObservationsTests {
    /// A store holding the three edition fixtures: `edition-wb.csv`, `edition-itu.csv` (a second
    /// source) and `edition-revision.csv` (USA I14 2023 from 91 to 92).
    func editionStore() throws -> Store {
        let store = try Store(path: ":memory:", countries: Project.countries)
        for name in ["edition-wb", "edition-itu", "edition-revision"] {
            let path = Project.path("Tests/Fixtures/store/\(name).csv")
            _ = try store.ingest(path: path, format: try DataFormat.detect(path: path), check: Project.check)
        }
        return store
    }

    /// country indicator year value source, one line per observation.
    func lines(_ observations: [Observation]) -> [String] {
        observations.map { "\($0.country) \($0.indicator) \($0.year) \($0.value.map(Scale.format) ?? "–") \($0.source)" }
    }

    @Test func theLatestYearInTheWindowWithEverySourceOfIt() throws {
        let store = try editionStore()
        let stored = try store.editionObservations(countries: ["DEU", "USA"], indicators: ["I14", "I15"], years: 2019...2024, earlier: false)
        // USA I14: 2023 is the latest year with a value (2025 is after the window); its itu value
        // is explicitly missing and the wb value of 91 was revised to 92. DEU I14 has only a
        // missing value in the window. USA I15 2020 has two sources.
        #expect(lines(stored) == ["USA I14 2023 92 wb", "USA I15 2020 0.6 itu", "USA I15 2020 0.5 wb"])
        // The value's own place: line 2, column 14 ("USA,I14,2023," is 13 characters).
        #expect(stored[0].provenance == Provenance(file: Project.path("Tests/Fixtures/store/edition-revision.csv"), line: 2, column: 14))
        #expect(stored[0].note == "revised")
    }

    @Test func theLatestEarlierYearPerCountryAndCode() throws {
        let store = try editionStore()
        let stored = try store.editionObservations(countries: ["DEU", "USA"], indicators: ["I14", "I15"], years: 2019...2024, earlier: true)
        // Before 2019: DEU I14 2017 is missing, so 2016; USA I14 2018 from both sources.
        #expect(lines(stored) == [
            "USA I14 2023 92 wb", "USA I15 2020 0.6 itu", "USA I15 2020 0.5 wb",
            "DEU I14 2016 70 wb", "USA I14 2018 82 itu", "USA I14 2018 81 wb",
        ])
    }

    @Test func withoutCountriesEveryCountryWithDataInTheWindow() throws {
        let store = try editionStore()
        let stored = try store.editionObservations(countries: nil, indicators: ["I14", "I15"], years: 2019...2024, earlier: true)
        // NGA joins; DEU (no value in the window) gets no earlier values.
        #expect(lines(stored) == [
            "NGA I14 2023 50 wb", "USA I14 2023 92 wb", "USA I15 2020 0.6 itu", "USA I15 2020 0.5 wb",
            "USA I14 2018 82 itu", "USA I14 2018 81 wb",
        ])
    }

    /// The SQL selection gives the pipeline exactly what the selection over every current value
    /// gave (the path `agile score` took before).
    @Test func theScoringInputIsTheSameAsFromEveryStoredValue() throws {
        let store = try editionStore()
        let framework = Project.framework
        let all = try store.currentObservations(codes: framework.dataCodes)
        let selected = try store.editionObservations(
            countries: framework.participants.map(\.code), indicators: framework.dataCodes, years: framework.years, earlier: true)
        let before = ScoringInput(framework: framework, selection: EditionSelection(framework: framework, observations: all), earlier: all)
        let now = ScoringInput(framework: framework, selection: EditionSelection(framework: framework, observations: selected), earlier: selected)
        #expect(EditionSelection(framework: framework, observations: selected).selected == EditionSelection(framework: framework, observations: all).selected)
        #expect(now.units == before.units)
        #expect(cells(now.raw) == cells(before.raw))
        #expect(now.years == before.years)
        #expect(now.earlier.map(cells) == before.earlier.map(cells))
        #expect(now.earlierYears == before.earlierYears)
        // And the cells worked out by hand: USA I14 92 (2023), earlier 82 (2018, itu before wb).
        let usa = try #require(now.units.firstIndex { $0.code == "USA" })
        let i14 = try #require(now.raw.columns.firstIndex(of: "I14"))
        #expect(now.raw[usa, i14] == 92)
        #expect(now.earlier?[usa, i14] == 82)
    }

    /// Values of a table with NaN (missing) as `nil`, so that tables compare.
    func cells(_ table: ScoreTable) -> [Double?] {
        table.values.map { $0.isNaN ? nil : $0 }
    }

    /// SQLite's plan of `sql`: one detail line per step.
    func plan(_ store: Store, _ sql: String, _ arguments: StatementArguments) throws -> [String] {
        try store.queue.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
    }

    @Test func theQueriesSeekTheIndexesRatherThanScanTheStore() throws {
        let store = try editionStore()
        let window = try plan(store, Store.windowSQL(countries: 2, codes: 2), ["DEU", "USA", "I14", "I15", 2019, 2024])
        #expect(window.contains { $0.hasPrefix("SEARCH o USING INDEX observations_key (country=? AND indicator=? AND year>? AND year<?)") }, "\(window)")
        #expect(!window.contains { $0.hasPrefix("SCAN o") }, "\(window)")
        let earlier = try plan(store, Store.latestBeforeSQL, ["USA", "I14", 2019])
        #expect(!earlier.contains { $0.hasPrefix("SCAN") }, "\(earlier)")
        #expect(earlier.contains { $0.contains("SEARCH e USING INDEX observations_key (country=? AND indicator=? AND year<?)") }, "\(earlier)")
        let illustrative = try plan(store, Store.illustrativeSQL(codes: 2), ["I14", "I15"])
        #expect(illustrative.contains { $0.hasPrefix("SEARCH o USING INDEX observations_ingest (ingest=?)") }, "\(illustrative)")
        let superseded = try plan(store, Store.supersededCountSQL, [])
        #expect(superseded == ["SEARCH observations USING COVERING INDEX observations_superseded (current=?)"], "\(superseded)")
    }

    @Test func illustrativeDataIsFoundThroughItsIngests() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        let path = Project.path("Tests/Fixtures/store/edition-wb.csv")
        _ = try store.ingest(path: path, format: .longCSV, check: Project.check)
        #expect(try !store.hasIllustrativeData(codes: ["I14"]))
        let itu = Project.path("Tests/Fixtures/store/edition-itu.csv")
        _ = try store.ingest(path: itu, format: .longCSV, check: Project.check, illustrative: true)
        #expect(try store.hasIllustrativeData(codes: ["I14"]))
        #expect(try store.hasIllustrativeData(codes: ["I15"]))
        #expect(try !store.hasIllustrativeData(codes: ["I16"]))
        #expect(try !store.hasIllustrativeData(codes: []))
    }
}
