// Two `agile ingest` processes writing one store at once: the second waits on the busy timeout,
// both files are stored, and the store stays sound; a writer that waits too long fails clearly
// and changes nothing.

import Foundation
import GRDB
import Testing

@Suite struct TwoWritersTests {
    /// Rows of each writer's file: enough for the two ingests to overlap in time.
    static let rows = 60_000

    @Test func twoIngestsAtOnceBothFinish() throws {
        let folder = try TemporaryFolder()
        let first = folder.path("first.csv")
        let second = folder.path("second.csv")
        // Disjoint keys: the first file holds keys 0..<rows, the second the next ones.
        try LongCSVData.write(path: first, rows: TwoWritersTests.rows, seed: 11)
        try LongCSVData.write(path: second, rows: TwoWritersTests.rows, skip: TwoWritersTests.rows, seed: 12)
        let store = folder.db
        // The store exists before the race (both processes would otherwise also race to create it).
        let seedFile = folder.path("seed.csv")
        try LongCSVData.write(path: seedFile, rows: 10, skip: 2 * TwoWritersTests.rows, seed: 13)
        #expect(try folder.agile("ingest", "--db", store, seedFile).status == 0)

        let a = try CLI.start(["ingest", "--db", store, first], in: folder)
        let b = try CLI.start(["ingest", "--db", store, second], in: folder)
        let resultA = try a.wait()
        let resultB = try b.wait()
        #expect(resultA.status == 0, "\(resultA)")
        #expect(resultB.status == 0, "\(resultB)")
        #expect(resultA.stdout.hasPrefix("ingested   \(first) (csv-long): \(TwoWritersTests.rows) values, \(TwoWritersTests.rows) added"), "\(resultA)")
        #expect(resultB.stdout.hasPrefix("ingested   \(second) (csv-long): \(TwoWritersTests.rows) values, \(TwoWritersTests.rows) added"), "\(resultB)")
        let state = try StoreState(path: store)
        #expect(state.integrity == "ok")
        #expect(state.observations == 2 * TwoWritersTests.rows + 10)
        #expect(state.current == 2 * TwoWritersTests.rows + 10)
        #expect(state.ingests == 3)
    }

    /// Both processes also race to create the store, switch it to WAL and migrate it (this
    /// failed before StoreSetupLock: "table countries already exists", "database is locked").
    @Test(arguments: 1...3)
    func twoIngestsOnAFreshStoreBothFinish(round: Int) throws {
        let folder = try TemporaryFolder()
        let first = folder.path("first.csv")
        let second = folder.path("second.csv")
        try LongCSVData.write(path: first, rows: 5_000, seed: 21)
        try LongCSVData.write(path: second, rows: 5_000, skip: 5_000, seed: 22)
        let a = try CLI.start(["ingest", "--db", folder.db, first], in: folder)
        let b = try CLI.start(["ingest", "--db", folder.db, second], in: folder)
        let resultA = try a.wait()
        let resultB = try b.wait()
        #expect(resultA.status == 0, "round \(round): \(resultA)")
        #expect(resultB.status == 0, "round \(round): \(resultB)")
        let state = try StoreState(path: folder.db)
        #expect(state.integrity == "ok")
        #expect(state.observations == 10_000)
        #expect(state.ingests == 2)
    }

    @Test func ingestKeptWaitingTooLongFailsAndChangesNothing() throws {
        let folder = try TemporaryFolder()
        let seedFile = folder.path("seed.csv")
        let file = folder.path("file.csv")
        try LongCSVData.write(path: seedFile, rows: 100, seed: 31)
        try LongCSVData.write(path: file, rows: 1_000, skip: 100, seed: 32)
        #expect(try folder.agile("ingest", "--db", folder.db, seedFile).status == 0)
        let before = try StoreState(path: folder.db)

        // Another writer holds the store's write lock for the whole run.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: folder.db, configuration: configuration)
        try other.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        let result = try folder.agile("ingest", "--busy-timeout", "0.2", "--db", folder.db, file)
        try other.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        try other.close()

        #expect(result.status == 2, "\(result)")  // a store problem
        #expect(result.stderr == "Error: \(folder.db): is busy: another process kept it busy for longer than 0.2 s (run it again when the other process has finished, or give a longer --busy-timeout)\n", "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(try StoreState(path: folder.db) == before)
    }
}
