// An ingest kept waiting by another writer past the busy timeout fails clearly and stores nothing.

import AgileCore
@testable import AgileIO
import Foundation
import GRDB
import Testing

@Suite struct StoreBusyTests {
    @Test func ingestPastTheBusyTimeoutFailsAndStoresNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agile-busy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.sqlite").path
        let store = try Store(path: path, countries: Project.countries, busyTimeout: 0.1)
        let before = try store.counts()

        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: configuration)
        try other.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        let file = Project.path("Tests/Fixtures/store/first.csv")
        let error = #expect(throws: StoreError.self) {
            try store.ingest(path: file, format: try DataFormat.detect(path: file), check: Project.check)
        }
        try other.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        try other.close()
        #expect(error == .busyIngesting(path: path, file: file, timeout: 0.1))
        #expect(error?.description == "\(file): was not stored: another process kept the store busy for longer than 0.1 s (run it again when the other ingest has finished, or give a longer --busy-timeout)")
        #expect(try store.counts() == before)
    }
}
