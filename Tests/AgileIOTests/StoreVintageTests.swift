// The store's selection by vintage: of the values of a (country, indicator, year, source) with a
// vintage on or before a date, the one ingested last, superseded or not.

import AgileCore
@testable import AgileIO
import AgileTestSupport
import Foundation
import Testing

@Suite struct StoreVintageTests {
    /// Tests/Fixtures/vintages: 3 countries, X1 and X2; published.csv (vintage 2024-05-01) and
    /// revision.csv (vintage 2025-06-01: DEU X1 2023 60 → 90).
    static let framework = try! RegistryLoader(countries: Project.countries).load(path: Project.path("Tests/Fixtures/vintages/registry.xml"))
    static let check = ObservationCheck(framework: framework, countries: Project.countries)
    static let published = Project.path("Tests/Fixtures/vintages/published.csv")
    static let revision = Project.path("Tests/Fixtures/vintages/revision.csv")

    static func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    func ingest(_ store: Store, _ path: String) throws -> IngestResult {
        try store.ingest(path: path, format: .longCSV, check: Self.check)
    }

    /// The DEU X1 values the edition reads with `vintage`, with the line each came from.
    func deuX1(_ store: Store, vintage: CalendarDate?, earlier: Bool = false) throws -> [String] {
        try store.editionObservations(countries: ["DEU"], indicators: ["X1"], years: 2020...2024, earlier: earlier, vintage: vintage)
            .map { "\($0.year) \($0.value.map(Scale.format) ?? "missing") \(URL(fileURLWithPath: $0.provenance.file).lastPathComponent):\($0.provenance.line)" }
    }

    @Test func aRevisionIsReadFromItsVintageOn() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        _ = try ingest(store, Self.published)
        let revised = try ingest(store, Self.revision)
        #expect(revised.superseded == 1 && revised.summary.warnings.isEmpty)
        #expect(try deuX1(store, vintage: nil) == ["2023 90 revision.csv:3"])
        #expect(try deuX1(store, vintage: Self.date("2024-05-01")) == ["2023 60 published.csv:4"])
        #expect(try deuX1(store, vintage: Self.date("2025-05-31")) == ["2023 60 published.csv:4"])
        #expect(try deuX1(store, vintage: Self.date("2025-06-01")) == ["2023 90 revision.csv:3"])
        #expect(try deuX1(store, vintage: Self.date("2024-04-30")) == [])
        // The other values have one vintage: the same at every date from it on.
        let all = try store.editionObservations(countries: nil, indicators: ["X1", "X2"], years: 2020...2024, earlier: false, vintage: Self.date("2024-12-31"))
        #expect(all.count == 6 && all.filter { $0.country == "DEU" && $0.indicator == "X1" }.map(\.value) == [60])
        let records = try store.ingests()
        #expect(records.map(\.vintage) == ["2024-05-01", "2025-06-01"] && records.allSatisfy(\.vintageDeclared))
        #expect(try store.earliestVintage(indicators: ["X1"]) == Self.date("2024-05-01"))
    }

    /// An explicitly missing revision hides the value it revises from its vintage on, as it does
    /// for the current values; the latest year with a value is then read.
    @Test func aMissingRevisionHidesTheValueFromItsVintageOn() throws {
        let folder = try ScratchFolder()
        let first = try folder.write("first.csv", "# vintage: 2024-05-01\ncountry,indicator,year,value\nDEU,X1,2021,55\nDEU,X1,2023,60\n")
        let withdrawn = try folder.write("withdrawn.csv", "# vintage: 2025-06-01\ncountry,indicator,year,value\nDEU,X1,2023,\n")
        let store = try Store(path: ":memory:", countries: Project.countries)
        _ = try ingest(store, first)
        _ = try ingest(store, withdrawn)
        #expect(try deuX1(store, vintage: nil) == ["2021 55 first.csv:3"])
        #expect(try deuX1(store, vintage: Self.date("2025-06-01")) == ["2021 55 first.csv:3"])
        #expect(try deuX1(store, vintage: Self.date("2024-12-31")) == ["2023 60 first.csv:4"])
    }

    /// Latest-earlier imputation reads the values before the window by vintage too.
    @Test func theValuesBeforeTheWindowAreReadByVintage() throws {
        let folder = try ScratchFolder()
        let first = try folder.write("first.csv", "# vintage: 2024-05-01\ncountry,indicator,year,value\nDEU,X1,2018,40\nDEU,X1,2019,50\n")
        let later = try folder.write("later.csv", "# vintage: 2025-06-01\ncountry,indicator,year,value\nDEU,X1,2019,52\n")
        let store = try Store(path: ":memory:", countries: Project.countries)
        _ = try ingest(store, first)
        _ = try ingest(store, later)
        #expect(try deuX1(store, vintage: nil, earlier: true) == ["2019 52 later.csv:3"])
        #expect(try deuX1(store, vintage: Self.date("2024-12-31"), earlier: true) == ["2019 50 first.csv:4"])
        #expect(try deuX1(store, vintage: Self.date("2024-01-01"), earlier: true) == [])
    }

    /// Files ingested against the order of their vintages: the store goes by the order of
    /// ingests (the last ingested is the revision, from its vintage on), and says so.
    @Test func aFileOlderThanTheValuesItSupersedesIsNamed() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        _ = try ingest(store, Self.revision)
        let older = try ingest(store, Self.published)
        #expect(older.superseded == 1)
        #expect(older.summary.warnings == [
            "vintage 2024-05-01 is older than that of 1 value(s) it supersedes (the latest 2025-06-01): this file's values are "
                + "taken as the later revision, as the store goes by the order of ingests; ingest the files of one series in the order of their vintages",
        ])
        #expect(try deuX1(store, vintage: nil) == ["2023 60 published.csv:4"])
        #expect(try deuX1(store, vintage: Self.date("2030-01-01")) == ["2023 60 published.csv:4"])
        #expect(try deuX1(store, vintage: Self.date("2024-12-31")) == ["2023 60 published.csv:4"])
    }

    /// A file that declares no vintage dates its values by the day of its ingest (UTC).
    @Test func aFileWithoutAVintageIsDatedByItsIngest() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        _ = try store.ingest(path: Project.path("Tests/Fixtures/store/first.csv"), format: .longCSV, check: Project.check)
        let record = try #require(try store.ingests().first)
        #expect(!record.vintageDeclared && record.vintage == String(record.ingestedAt.prefix(10)))
        #expect(CalendarDate(record.vintage) != nil)
    }
}
