// The store: round trip, idempotent re-ingest, superseding with history, atomic failure.

import AgileCore
@testable import AgileIO
import Foundation
import GRDB
import Testing

@Suite struct StoreTests {
    func freshStore() throws -> Store {
        try Store(path: ":memory:", countries: Project.countries)
    }

    func ingest(_ store: Store, _ relative: String) throws -> IngestResult {
        let path = Project.path(relative)
        return try store.ingest(path: path, format: try DataFormat.detect(path: path), check: Project.check)
    }

    @Test func roundTripKeepsValuesAndProvenance() throws {
        let store = try freshStore()
        let result = try ingest(store, "Tests/Fixtures/store/first.csv")
        #expect(result.rows == 4 && result.added == 4 && result.superseded == 0 && !result.unchanged)
        let stored = try store.currentObservations()
        // Ordered by country, indicator, year.
        #expect(stored.map(\.country) == ["DEU", "DEU", "USA", "USA"])
        #expect(stored.map(\.indicator) == ["I14", "I15", "I14", "I14"])
        #expect(stored.map(\.year) == [2023, 2022, 2022, 2023])
        #expect(stored.map(\.value) == [91.4, 0.88, 90.6, 91.8])
        #expect(stored.map(\.provenance.line) == [4, 5, 3, 2])
        #expect(stored[0].provenance.file == Project.path("Tests/Fixtures/store/first.csv"))
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func reingestingIdenticalContentChangesNothing() throws {
        let store = try freshStore()
        _ = try ingest(store, "Tests/Fixtures/store/first.csv")
        let before = try store.counts()
        let again = try ingest(store, "Tests/Fixtures/store/first.csv")
        #expect(again.unchanged && again.added == 0 && again.superseded == 0 && again.ingest == nil)
        let after = try store.counts()
        #expect(before == after)
        #expect(try store.ingests().count == 1)
    }

    @Test func newValueSupersedesAndHistoryRemains() throws {
        let store = try freshStore()
        _ = try ingest(store, "Tests/Fixtures/store/first.csv")
        let second = try ingest(store, "Tests/Fixtures/store/second.csv")
        // USA 2023 changes (superseded), DEU/ITU repeats (nothing), DEU/World Bank and FRA are new.
        #expect(second.rows == 4)
        #expect(second.repeatedRows == 0)
        #expect(second.superseded == 1)
        #expect(second.added == 3)
        let history = try store.history(country: "USA", indicator: "I14", year: 2023)
        #expect(history.map(\.value) == [91.8, 92.1])
        #expect(history.map(\.current) == [false, true])
        #expect(history[0].supersededBy == second.ingest)
        #expect(history[1].note == "revised")
        #expect(try store.counts().current == 6)
        #expect(try store.counts().observations == 7)
    }

    @Test func failedIngestLeavesTheStoreExactlyAsBefore() throws {
        let store = try freshStore()
        _ = try ingest(store, "Tests/Fixtures/store/first.csv")
        let before = try store.currentObservations()
        let ingestsBefore = try store.ingests()
        #expect {
            _ = try ingest(store, "Tests/Fixtures/store/bad-last-row.csv")
        } throws: { error in
            "\(error)" == "\(Project.path("Tests/Fixtures/store/bad-last-row.csv")):4:14: field 'value': \"185.0\" is above the scale (indicator I14 expects a percent 0–100)"
        }
        #expect(try store.currentObservations() == before)
        #expect(try store.ingests() == ingestsBefore)
        #expect(try store.counts().observations == 4)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func twoSourcesMayAgreeButNotDisagreeInOneFile() throws {
        let store = try freshStore()
        let path = Project.path("Tests/Fixtures/store/two-sources-disagree.csv")
        #expect {
            _ = try ingest(store, "Tests/Fixtures/store/two-sources-disagree.csv")
        } throws: { error in
            "\(error)" == "\(path):5:14: field 'value': \"90\" is a second value for DEU I14 2023 (line 3 gives 91.4; one file may give one value per country, indicator and year)"
        }
        #expect(try store.counts().observations == 0)
    }

    @Test func onDiskStoreUsesWALAndMigrations() throws {
        let folder = "/tmp/agile-store-test-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try Store(path: "\(folder)/db.sqlite", countries: Project.countries)
        _ = try ingest(store, "Tests/Fixtures/store/first.csv")
        let mode = try store.queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let pageSize = try store.queue.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") }
        #expect(pageSize == 16384)
        // Reopening applies no migration twice and keeps the data.
        let reopened = try Store(path: "\(folder)/db.sqlite", countries: Project.countries)
        #expect(try reopened.counts().current == 4)
    }

    /// A store made before new stores got 16 KiB pages keeps its 4 KiB pages and takes ingests.
    @Test func anExistingStoreKeepsItsPageSize() throws {
        let folder = "/tmp/agile-store-test-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/db.sqlite"
        let old = try DatabaseQueue(path: path)
        try old.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL") }
        try StoreSchema.migrator.migrate(old)
        try old.close()
        let store = try Store(path: path, countries: Project.countries)
        _ = try ingest(store, "Tests/Fixtures/store/first.csv")
        _ = try ingest(store, "Tests/Fixtures/store/second.csv")
        #expect(try store.queue.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 4096)
        #expect(try store.counts() == (7, 6, 2))
        #expect(try store.integrityCheck() == "ok")
    }
}
