// Two `agile ingest` processes writing one store at once: the second waits on the busy timeout,
// both files are stored, and the store stays sound.

import Foundation
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

    @Test func twoIngestsOnAFreshStoreBothFinish() throws {
        let folder = try TemporaryFolder()
        let first = folder.path("first.csv")
        let second = folder.path("second.csv")
        try LongCSVData.write(path: first, rows: 5_000, seed: 21)
        try LongCSVData.write(path: second, rows: 5_000, skip: 5_000, seed: 22)
        let a = try CLI.start(["ingest", "--db", folder.db, first], in: folder)
        let b = try CLI.start(["ingest", "--db", folder.db, second], in: folder)
        let resultA = try a.wait()
        let resultB = try b.wait()
        #expect(resultA.status == 0, "\(resultA)")
        #expect(resultB.status == 0, "\(resultB)")
        let state = try StoreState(path: folder.db)
        #expect(state.integrity == "ok")
        #expect(state.observations == 10_000)
        #expect(state.ingests == 2)
    }
}
