// The staged ingest: keys repeated in one file, rows moved in key order, countries checked once.

import AgileCore
@testable import AgileIO
import Foundation
import GRDB
import Testing

@Suite struct IngestStageTests {
    func ingest(_ store: Store, _ relative: String) throws -> IngestResult {
        let path = Project.path(relative)
        return try store.ingest(path: path, format: try DataFormat.detect(path: path), check: Project.check)
    }

    func foreignKeysOn(_ store: Store) throws -> Bool {
        try store.queue.read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") } == true
    }

    @Test func aKeyRepeatedWithTheSameValueIsStoredOnceFromItsFirstLine() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        let result = try ingest(store, "Tests/Fixtures/store/repeats.csv")
        #expect(result.rows == 3 && result.repeatedRows == 1 && result.added == 3)
        let usa = try store.history(country: "USA", indicator: "I14", year: 2023)
        #expect(usa.map(\.value) == [91.8])
        #expect(usa.map(\.provenance.line) == [2])
        #expect(usa.map(\.note) == [""])
    }

    /// Line 5 (USA) is the first row of the file to change a value; DEU's change on line 6 comes
    /// first in key order, so an error found in key order would name the wrong line.
    @Test func theFirstSecondValueInFileOrderIsReported() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        let path = Project.path("Tests/Fixtures/store/second-values.csv")
        #expect {
            _ = try ingest(store, "Tests/Fixtures/store/second-values.csv")
        } throws: { error in
            "\(error)" == "\(path):5:14: field 'value': \"92\" is a second value for USA I14 2023 (line 2 gives 91.8; one file may give one value per country, indicator and year)"
        }
        #expect(try store.counts() == (0, 0, 0))
        #expect(try foreignKeysOn(store))
    }

    /// The reader stops at line 4; the second value on line 3 comes first in the file.
    @Test func aSecondValueBeforeTheReadersErrorIsReported() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        let path = Project.path("Tests/Fixtures/store/second-value-then-bad-value.csv")
        #expect {
            _ = try ingest(store, "Tests/Fixtures/store/second-value-then-bad-value.csv")
        } throws: { error in
            "\(error)" == "\(path):3:14: field 'value': \"92\" is a second value for USA I14 2023 (line 2 gives 91.8; one file may give one value per country, indicator and year)"
        }
        #expect(try store.counts() == (0, 0, 0))
    }

    /// Line 3 repeats line 2's value (no error); the reader's error on line 4 comes before the
    /// second value on line 5.
    @Test func theReadersErrorBeforeASecondValueIsReported() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        let path = Project.path("Tests/Fixtures/store/bad-value-then-second-value.csv")
        #expect {
            _ = try ingest(store, "Tests/Fixtures/store/bad-value-then-second-value.csv")
        } throws: { error in
            "\(error)" == "\(path):4:14: field 'value': \"abc\" is not a number (indicator I14 expects a percent 0–100)"
        }
        #expect(try store.counts() == (0, 0, 0))
        #expect(try foreignKeysOn(store))
    }

    @Test func sortKeyPacksCountryIndicatorAndYear() {
        // "ABW" = 41 42 57, "I01" = 49 30 31, 2024 + 32768 = 34792 = 0x87E8.
        #expect(IngestStage.sortKey(country: "ABW", indicator: "I01", year: 2024) == 0x4142_5749_3031_87E8)
        // "P1" is padded with a zero byte: 50 31 00; 1900 + 32768 = 0x876C.
        #expect(IngestStage.sortKey(country: "USA", indicator: "P1", year: 1900) == 0x5553_4150_3100_876C)
    }

    @Test func sortKeysOrderLikeTheStoreKey() {
        // In the order of observations_key (text compared byte by byte, then the year).
        let keys: [(String, String, Int)] = [
            ("ABW", "I01", -5), ("ABW", "I01", 2024), ("ABW", "I01", 2025), ("ABW", "I1", 1990),
            ("ABW", "I10", 1990), ("ABW", "P", 3000), ("AFG", "I01", 1900), ("DE", "I01", 1900), ("DEU", "A", 1900),
        ]
        let packed = keys.map { IngestStage.sortKey(country: $0.0, indicator: $0.1, year: $0.2) }
        #expect(packed.allSatisfy { $0 != nil })
        #expect(zip(packed, packed.dropFirst()).allSatisfy { $0! < $1! })
    }

    @Test func codesThatDoNotFitHaveNoSortKey() {
        #expect(IngestStage.sortKey(country: "USA", indicator: "Goods", year: 2020) == nil)
        #expect(IngestStage.sortKey(country: "USA", indicator: "I14", year: 40_000) == nil)
        #expect(IngestStage.sortKey(country: "USA", indicator: "I14", year: -40_000) == nil)
        #expect(IngestStage.sortKey(country: "ÅLA", indicator: "I14", year: 2020) == nil)
        #expect(IngestStage.sortKey(country: "U\u{0}A", indicator: "I14", year: 2020) == nil)
    }

    /// Rows with and without a sort key, in no particular order, all land and read back in key order.
    @Test func rowsWithAndWithoutSortKeyAreAllStored() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        let file = Project.path("Tests/Fixtures/store/first.csv")
        let rows: [(String, String, Int, Double)] = [
            ("USA", "Goods", 2020, 1), ("DEU", "I14", 2021, 2), ("DEU", "Goods", 2020, 3), ("USA", "I14", 2019, 4),
            ("DEU", "I14", 2020, 5), ("USA", "Goods", 2019, 6),
        ]
        let reader = ListReader(observations: rows.enumerated().map { index, row in
            Observation(country: row.0, indicator: row.1, year: row.2, value: row.3, provenance: Provenance(file: file, line: index + 2, column: 1))
        })
        let result = try store.ingest(path: file, format: .longCSV, reader: reader, check: Project.check)
        #expect(result.rows == 6 && result.added == 6)
        let stored = try store.currentObservations()
        #expect(stored.map(\.value) == [3, 5, 2, 6, 1, 4])
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func aCountryMissingFromTheStoreIsRefusedAndNothingIsStored() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        let file = Project.path("Tests/Fixtures/store/first.csv")
        let reader = ListReader(observations: [
            Observation(country: "USA", indicator: "I14", year: 2020, value: 1, provenance: Provenance(file: file, line: 2)),
            Observation(country: "ZZZ", indicator: "I14", year: 2020, value: 2, provenance: Provenance(file: file, line: 3)),
        ])
        let error = #expect(throws: DatabaseError.self) {
            try store.ingest(path: file, format: .longCSV, reader: reader, check: Project.check)
        }
        #expect(error?.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY)
        #expect(error?.message == "FOREIGN KEY constraint failed: country ZZZ is not in the store's country list")
        #expect(try store.counts() == (0, 0, 0))
        #expect(try foreignKeysOn(store))
    }

    @Test func connectionSettingsAreBackAfterAnIngest() throws {
        let folder = "/tmp/agile-stage-test-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try Store(path: "\(folder)/db.sqlite", countries: Project.countries)
        _ = try ingest(store, "Tests/Fixtures/store/first.csv")
        #expect(try foreignKeysOn(store))
        // The page cache shrinks while rows move (IngestStage.sortingCache) and is 64 MiB again.
        #expect(try store.queue.read { db in try Int.fetchOne(db, sql: "PRAGMA cache_size") } == -65536)
        // Still enforced for everyone else: an observation of an unknown ingest is refused.
        #expect(throws: DatabaseError.self) {
            try store.queue.write { db in
                try db.execute(sql: """
                    INSERT INTO observations (country, indicator, year, value, ingest, line, "column")
                    VALUES ('USA', 'I14', 2000, 1, 999, 1, 1)
                    """)
            }
        }
    }

    @Test func theStageIsGoneAfterEachIngest() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        _ = try ingest(store, "Tests/Fixtures/store/first.csv")
        // The file is refused for its second value (and for nothing else), and its stage goes too.
        let error = #expect(throws: InputError.self) { _ = try ingest(store, "Tests/Fixtures/store/second-values.csv") }
        #expect(error?.kind == .duplicate)
        #expect(error?.description.hasSuffix(
            "second-values.csv:5:14: field 'value': \"92\" is a second value for USA I14 2023 (line 2 gives 91.8; one file may give one value per country, indicator and year)") == true)
        _ = try ingest(store, "Tests/Fixtures/store/second.csv")
        let tables = try store.queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_temp_master") }
        #expect(tables.isEmpty)
    }
}
