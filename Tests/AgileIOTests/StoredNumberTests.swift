// What the store gives back and takes in is checked: counts from before the bound on cases are an
// error at their file and line (not a trap when pooled), and a run with a non-finite score is
// not recorded.

import AgileCore
@testable import AgileIO
import GRDB
import Testing

@Suite struct StoredNumberTests {
    static let benchmarks = try! BenchmarkRegistryLoader().load(path: Project.path("Indicators/benchmarks.xml"))
    static let file = Project.path("Tests/Fixtures/evidence/first.csv")

    func storeWithEvidence() throws -> Store {
        let store = try Store(path: ":memory:", countries: Project.countries)
        let evidence = try EvidenceCSVReader(benchmarks: Self.benchmarks, countries: Project.countries).read(path: Self.file)
        _ = try store.ingest(evidence: evidence, path: Self.file)
        return store
    }

    /// A store written before n was bounded may hold n near Int64.max; two such records pooled
    /// overflowed (SIGILL) in every report. Reading them is now an error at their line.
    @Test func casesBeyondTheBoundFromAnOlderStore() throws {
        let store = try storeWithEvidence()
        try store.queue.write { try $0.execute(sql: "UPDATE evidence SET n = 9223372036854775000 WHERE dimension = 'privacy-leakage'") }
        #expect(throws: InputError(.outOfRange, Provenance(file: Self.file, line: 4), field: "n", value: "9223372036854775000",
                                   problem: "is stored as more than 1,000,000,000 cases",
                                   expected: "stored before counts were bounded; ingest a corrected file to replace it")) {
            try store.evidence()
        }
    }

    @Test func vestaCountersBeyondTheBoundFromAnOlderStore() throws {
        let store = try storeWithEvidence()
        try store.queue.write {
            try $0.execute(sql: "UPDATE evidence SET safe = 9223372036854775807, unsafe = 1, uncertain = 0, error = 0 WHERE dimension = 'dual-use'")
        }
        let error = try #require(throws: InputError.self) { try store.evidence() }
        #expect(error.description == "\(Self.file):3: field 'safe': \"9223372036854775807\" is stored as more than 1,000,000,000 cases "
            + "(stored before counts were bounded; ingest a corrected file to replace it)")
    }

    @Test func aRunWithANonFiniteScoreIsNotRecorded() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        let framework = try store.register(TestFramework.framework, path: Project.path("Tests/Fixtures/registry/minimal.xml"))
        let scores = ScoreTable(rows: ["USA", "DEU"], columns: ["AGILE"], values: [.infinity, 50])
        let ranks = ScoreTable(rows: ["USA", "DEU"], columns: ["AGILE"], values: [1, 2])
        #expect(throws: ScoringError.unrecordable(node: "AGILE", unit: "USA", quantity: "the score inf")) {
            try store.recordRun(frameworkID: framework, weightSet: "declared", method: "", inputs: [],
                                units: ["USA", "DEU"], nodes: ["AGILE"], scores: scores, ranks: ranks)
        }
        #expect(try store.runs().isEmpty)
        #expect(try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM scores") } == 0)
    }
}
