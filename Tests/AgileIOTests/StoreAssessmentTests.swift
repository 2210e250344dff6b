// Migration v7: self-assessments in the store. Recorded with their files, values (in the order
// read, missing ones too) and placements; the same assessment is not recorded twice; a store
// from before the migration is read (none recorded) and migrated when it can be written.

import AgileCore
@testable import AgileIO
import Foundation
import GRDB
import Testing

@Suite struct StoreAssessmentTests {
    static let files = [AssessedFile(name: "ken.csv", sha256: String(repeating: "a", count: 64))]
    /// Out of key order on purpose, with a missing value: the store keeps the order read.
    static let inputs = [
        Observation(country: "KEN", indicator: "I14", year: 2023, value: 40.8, source: "survey", note: "n", provenance: Provenance(file: "ken.csv", line: 3, column: 1)),
        Observation(country: "KEN", indicator: "I01", year: 2023, value: nil, provenance: Provenance(file: "ken.csv", line: 2, column: 1)),
    ]
    static let results = [
        AssessmentScore(country: "KEN", node: "AGILE", score: 55.25, rank: 2, of: 3, peerMedian: 55),
        AssessmentScore(country: "KEN", node: "I14", score: nil, rank: nil, of: 2, peerMedian: nil),
    ]

    /// A store with one run of two countries; returns the run's id.
    func recordRun(_ store: Store) throws -> Int64 {
        let framework = try store.register(TestFramework.framework, path: Project.path("Tests/Fixtures/registry/minimal.xml"))
        let scores = ScoreTable(rows: ["USA", "DEU"], columns: ["AGILE"], values: [60, 50])
        let ranks = ScoreTable(rows: ["USA", "DEU"], columns: ["AGILE"], values: [1, 2])
        return try store.recordRun(frameworkID: framework, weightSet: "declared", method: "", inputs: [],
                                   units: ["USA", "DEU"], nodes: ["AGILE"], scores: scores, ranks: ranks)
    }

    @Test func theMigrationIsNamedAndFollowsTheVintages() {
        let migrations = StoreSchema.migrator.migrations
        let v6 = migrations.firstIndex(of: StoreSchema.vintages)
        #expect(v6 != nil)
        #expect(migrations.firstIndex(of: "v7: self-assessments") == v6.map { $0 + 1 })
    }

    @Test func anAssessmentIsRecordedAsReadAndOnlyOnce() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        let run = try recordRun(store)
        let id = try store.recordAssessment(run: run, extrapolate: false, files: Self.files, inputs: Self.inputs, results: Self.results, version: "0.14.0")
        #expect(try store.recordAssessment(run: run, extrapolate: false, files: Self.files, inputs: Self.inputs, results: Self.results, version: "0.14.0") == id)
        let extrapolated = try store.recordAssessment(run: run, extrapolate: true, files: Self.files, inputs: Self.inputs, results: Self.results, version: "0.14.0")
        let renamed = try store.recordAssessment(run: run, extrapolate: false, files: [AssessedFile(name: "other.csv", sha256: Self.files[0].sha256)],
                                                 inputs: Self.inputs, results: Self.results, version: "0.14.0")
        #expect(Set([id, extrapolated, renamed]).count == 3)
        #expect(try store.inputs(ofAssessment: id) == Self.inputs)
        #expect(try store.results(ofAssessment: id) == Self.results)
        let record = try #require(try store.assessment(id))
        #expect(record.run == run && !record.extrapolate && record.files == Self.files && record.countries == ["KEN"] && record.version == "0.14.0")
        #expect(record.snapshot == Store.assessmentSnapshot(of: Self.inputs))
        #expect(try store.assessments().map(\.id) == [id, extrapolated, renamed])
        #expect(try store.assessment(99) == nil)
    }

    @Test func aStoreFromBeforeAssessmentsIsReadThenMigrated() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agile-v7-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/store.sqlite"
        let store = try Store(path: path, countries: Project.countries)
        let run = try recordRun(store)
        try store.close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                DROP TABLE assessment_scores; DROP TABLE assessment_inputs; DROP TABLE assessment_files; DROP TABLE assessments;
                DELETE FROM grdb_migrations WHERE identifier LIKE 'v7:%'
                """)
        }
        try queue.close()

        // Read only: its runs are there, and no assessment.
        let reading = try Store(path: path, countries: Project.countries, access: .readOnly)
        #expect(try reading.runs().map(\.id) == [run])
        #expect(try reading.assessments() == [])
        try reading.close()
        // Written: migrated, and an assessment can be recorded.
        let writing = try Store(path: path, countries: Project.countries)
        #expect(try writing.queue.read { db in try StoreSchema.migrator.hasCompletedMigrations(db) })
        let id = try writing.recordAssessment(run: run, extrapolate: false, files: Self.files, inputs: Self.inputs, results: Self.results)
        #expect(try writing.assessments().map(\.id) == [id])
        try writing.close()
    }
}
