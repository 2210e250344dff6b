// Opening a store: a newer agile's store, a folder, a text file, another program's database
// and a missing folder are refused by name and left untouched; a store opened read only is
// read without a byte written; an older store gets the index on ingest.

import AgileCore
@testable import AgileIO
import Foundation
import GRDB
import Testing

@Suite struct StoreOpeningTests {
    /// A folder of its own under the temporary folder, removed with the value.
    final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("agile-open-\(UUID().uuidString)").path

        init() throws {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        func file(_ name: String) -> String { "\(path)/\(name)" }

        /// The names in the folder, sorted.
        func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }
    }

    /// A closed store in `folder` holding `Tests/Fixtures/store/first.csv` (4 values).
    func madeStore(in folder: Folder) throws -> String {
        let path = folder.file("store.sqlite")
        let store = try Store(path: path, countries: Project.countries)
        let data = Project.path("Tests/Fixtures/store/first.csv")
        _ = try store.ingest(path: data, format: .longCSV, check: Project.check)
        try store.close()
        return path
    }

    /// Changes the store at `path` with SQL, outside the store's own code.
    func alter(_ path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: sql) }
        try queue.close()
    }

    func bytes(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test func aStoreOfANewerAgileIsRefusedUntouched() throws {
        let folder = try Folder()
        let path = try madeStore(in: folder)
        try alter(path, "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
        let before = try bytes(path)
        #expect(try folder.names() == ["store.sqlite"])
        for access in [Store.Access.readWrite, .readWriteIfPermitted, .readOnly] {
            let error = #expect(throws: StoreError.self) { try Store(path: path, countries: Project.countries, access: access) }
            #expect(error == .newer(path: path, migration: "v99"))
            #expect(error?.description == "\(path): written by a newer agile (migration v99); upgrade")
        }
        #expect(try bytes(path) == before)
        #expect(try folder.names() == ["store.sqlite"])
    }

    @Test func aFolderIsNotAStore() throws {
        let folder = try Folder()
        let error = #expect(throws: StoreError.self) { try Store(path: folder.path, countries: Project.countries) }
        #expect(error == .folder(path: folder.path))
        #expect(error?.description == "\(folder.path): is a folder, not a store (give the path of a store file, e.g. \(folder.path)/agile.sqlite)")
        #expect(try folder.names() == [])
    }

    @Test func aTextFileIsNotAStoreAndIsLeftAsItIs() throws {
        let folder = try Folder()
        let path = folder.file("notes.txt")
        try FileManager.default.copyItem(atPath: Project.path("Tests/Fixtures/store/not-a-store.txt"), toPath: path)
        let before = try bytes(path)
        for access in [Store.Access.readWrite, .readWriteIfPermitted] {
            let error = #expect(throws: StoreError.self) { try Store(path: path, countries: Project.countries, access: access) }
            #expect(error == .notAStore(path: path, reason: "not an SQLite database"))
            #expect(error?.description == "\(path): is not an agile store (not an SQLite database)")
        }
        #expect(try bytes(path) == before)
        #expect(try folder.names() == ["notes.txt"])
    }

    @Test func anotherProgramsDatabaseIsNotAStore() throws {
        let folder = try Folder()
        let path = folder.file("contacts.db")
        try alter(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')")
        let before = try bytes(path)
        let error = #expect(throws: StoreError.self) { try Store(path: path, countries: Project.countries) }
        #expect(error?.description == "\(path): is not an agile store (an SQLite database without agile's tables)")
        #expect(try bytes(path) == before)
    }

    @Test func aMissingFolderIsAnErrorNotMade() throws {
        let folder = try Folder()
        let path = folder.file("typo/deeper/store.sqlite")
        let error = #expect(throws: StoreError.self) { try Store(path: path, countries: Project.countries) }
        #expect(error == .missingFolder(path: path, folder: folder.file("typo/deeper")))
        #expect(error?.description == "\(path): the folder \(folder.file("typo/deeper")) does not exist (create it first; only the default .agile/ is created)")
        #expect(try folder.names() == [])
    }

    /// A command that reads a store (`mustExist`) is refused a path where there is none, with a
    /// StoreError, and makes no file.
    @Test func aStoreThatIsNotThereIsAStoreError() throws {
        let folder = try Folder()
        let path = folder.file("typo.sqlite")
        let workspace = try Workspace(framework: Project.registry)
        let error = #expect(throws: StoreError.self) { try workspace.openStore(path: path, mustExist: true) }
        #expect(error == .missing(path: path))
        #expect(error?.description == "\(path): is not a store yet (ingest data first: agile ingest --db \(path) FILE…)")
        #expect(try folder.names() == [])
    }

    @Test func aStoreOpenedReadOnlyIsReadWithoutAByteWritten() throws {
        let folder = try Folder()
        let path = try madeStore(in: folder)
        let before = try bytes(path)
        let store = try Store(path: path, countries: Project.countries, access: .readOnly)
        #expect(store.isReadOnly)
        #expect(try store.counts() == (4, 4, 1))
        let stored = try store.editionObservations(countries: ["USA"], indicators: ["I14"], years: 2019...2024, earlier: false)
        #expect(stored.map(\.value) == [91.8])
        let refused = StoreError.readOnly(path: path, what: "the store (opened read only)")
        #expect(throws: refused) { try store.register(Project.framework, path: Project.registry) }
        #expect(throws: refused) {
            try store.ingest(path: Project.path("Tests/Fixtures/store/second.csv"), format: .longCSV, check: Project.check)
        }
        #expect(refused.description == "\(path): cannot be written: the store (opened read only) is read only (make it writable, or copy the store to a writable folder)")
        try store.close()
        #expect(try bytes(path) == before)
        // Not even SQLite's -wal and -shm files.
        #expect(try folder.names() == ["store.sqlite"])
    }

    @Test func anOlderStoreGetsTheIndexOnIngestAndCanBeReadWithoutIt() throws {
        let folder = try Folder()
        let path = try madeStore(in: folder)
        try alter(path, """
            DROP INDEX observations_ingest; DROP INDEX observations_superseded;
            DELETE FROM grdb_migrations WHERE identifier LIKE 'v4:%'
            """)
        // Read only, the index is missing but the data is all there.
        let reading = try Store(path: path, countries: Project.countries, access: .readOnly)
        #expect(try reading.counts() == (4, 4, 1))
        try reading.close()
        // Written, the store is migrated.
        let store = try Store(path: path, countries: Project.countries)
        let indexes = try store.queue.read { db in try Row.fetchAll(db, sql: "PRAGMA index_list(observations)").map { $0["name"] as String } }
        #expect(indexes.contains("observations_ingest") && indexes.contains("observations_superseded"))
        #expect(try store.queue.read { db in try StoreSchema.migrator.hasCompletedMigrations(db) })
    }

    /// A store of before vintages (migration v6): its ingests get the day they were made as
    /// the vintage of their values, not declared; a read-only open asks for the upgrade.
    @Test func aStoreOfBeforeVintagesDatesItsValuesByTheirIngest() throws {
        let folder = try Folder()
        let path = try madeStore(in: folder)
        try alter(path, """
            UPDATE ingests SET ingested_at = '2023-11-30T23:59:59Z';
            ALTER TABLE ingests DROP COLUMN vintage; ALTER TABLE ingests DROP COLUMN vintage_declared;
            ALTER TABLE runs DROP COLUMN vintages;
            DELETE FROM grdb_migrations WHERE identifier LIKE 'v6:%'
            """)
        let error = #expect(throws: StoreError.self) { try Store(path: path, countries: Project.countries, access: .readOnly) }
        #expect(error == .needsUpgrade(path: path, migration: "v6"))
        let store = try Store(path: path, countries: Project.countries)
        let ingest = try #require(try store.ingests().first)
        #expect(ingest.vintage == "2023-11-30" && !ingest.vintageDeclared)
        #expect(try store.queue.read { db in try StoreSchema.migrator.hasCompletedMigrations(db) })
        #expect(StoreSchema.migrator.migrations.contains("v6: the vintage of each value"))
    }

    @Test func aReadOnlyStoreThatNeedsATableIsRefused() throws {
        let folder = try Folder()
        let path = try madeStore(in: folder)
        // A store of before the evidence table (migration v3).
        try alter(path, """
            DROP TABLE evidence; DROP INDEX observations_ingest; DROP INDEX observations_superseded;
            DELETE FROM grdb_migrations WHERE identifier LIKE 'v3:%' OR identifier LIKE 'v4:%'
            """)
        let before = try bytes(path)
        let error = #expect(throws: StoreError.self) { try Store(path: path, countries: Project.countries, access: .readOnly) }
        #expect(error == .needsUpgrade(path: path, migration: "v3"))
        #expect(error?.description == "\(path): needs an upgrade by this agile (migration v3) but is read only (make it writable once)")
        #expect(try bytes(path) == before)
    }
}
