// Migration v5: the version of agile that recorded a run. A store from before it is still read
// (its runs of unknown version) and is migrated when it can be written.

import AgileCore
@testable import AgileIO
import Foundation
import GRDB
import Testing

@Suite struct StoreRunVersionTests {
    /// Records one run of two countries in the store at `path`, as `version` would.
    func recordRun(_ store: Store, version: String = AgileVersion.current) throws -> Int64 {
        let framework = try store.register(TestFramework.framework, path: Project.path("Tests/Fixtures/registry/minimal.xml"))
        let scores = ScoreTable(rows: ["USA", "DEU"], columns: ["AGILE"], values: [60, 50])
        let ranks = ScoreTable(rows: ["USA", "DEU"], columns: ["AGILE"], values: [1, 2])
        return try store.recordRun(frameworkID: framework, weightSet: "declared", method: "", inputs: [],
                                   units: ["USA", "DEU"], nodes: ["AGILE"], scores: scores, ranks: ranks, version: version)
    }

    @Test func theMigrationIsNamedAndFollowsTheIndexes() {
        let migrations = StoreSchema.migrator.migrations
        let v4 = migrations.firstIndex(of: StoreSchema.indexes)
        #expect(v4 != nil)
        #expect(migrations.firstIndex(of: "v5: the version of the tool that recorded a run") == v4.map { $0 + 1 })
    }

    @Test func aRunRecordsItsVersionAndAnotherVersionIsAnotherRun() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        let first = try recordRun(store)
        #expect(try recordRun(store) == first)
        let other = try recordRun(store, version: "0.12.9")
        #expect(other != first)
        #expect(try store.runs().map(\.version) == [AgileVersion.current, "0.12.9"])
        #expect(try store.run(other)?.registryPath == Project.path("Tests/Fixtures/registry/minimal.xml"))
    }

    @Test func aStoreFromBeforeTheVersionIsReadThenMigrated() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agile-v5-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/store.sqlite"
        let store = try Store(path: path, countries: Project.countries)
        let id = try recordRun(store)
        try store.close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "ALTER TABLE runs DROP COLUMN version; DELETE FROM grdb_migrations WHERE identifier LIKE 'v5:%'")
        }
        try queue.close()

        // Read only: the run is there, its version unknown.
        let reading = try Store(path: path, countries: Project.countries, access: .readOnly)
        #expect(try reading.runs().map(\.id) == [id])
        #expect(try reading.run(id)?.version == nil)
        try reading.close()
        // Written: migrated, the old run still of unknown version; the same run by this agile is a new one.
        let writing = try Store(path: path, countries: Project.countries)
        #expect(try writing.queue.read { db in try StoreSchema.migrator.hasCompletedMigrations(db) })
        #expect(try writing.run(id)?.version == nil)
        let again = try recordRun(writing)
        #expect(again != id)
        #expect(try writing.runs().map(\.version) == [nil, AgileVersion.current])
        try writing.close()
    }
}
