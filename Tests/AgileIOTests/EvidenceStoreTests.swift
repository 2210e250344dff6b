// Evidence in the store: one transaction per file, idempotent re-ingest, history, unmapped models.

import AgileCore
@testable import AgileIO
import GRDB
import Testing

@Suite struct EvidenceStoreTests {
    static let benchmarks = try! BenchmarkRegistryLoader().load(path: Project.path("Indicators/benchmarks.xml"))
    static let models = try! ModelRegistryLoader(countries: Project.countries).load(path: Project.path("Indicators/models.csv"))

    func read(_ relative: String) throws -> EvidenceFile {
        var file = try EvidenceCSVReader(benchmarks: Self.benchmarks, countries: Project.countries).read(path: Project.path(relative))
        file.mapModels(Self.models)
        return file
    }

    @Test func storesReadsBackAndKeepsHistory() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        let first = try store.ingest(evidence: try read("Tests/Fixtures/evidence/first.csv"), path: Project.path("Tests/Fixtures/evidence/first.csv"))
        #expect(first.records == 3 && first.added == 3 && first.superseded == 0 && first.illustrative)
        var stored = try store.evidence()
        // Ordered by benchmark, model, country, dimension; the alpha-2 country is stored as alpha-3.
        #expect(stored.map(\.benchmark) == ["mvpbench", "scirisk", "scirisk"])
        #expect(stored[0].country == "DEU")
        #expect(stored.map(\.dimension) == ["safety", "dual-use", "privacy-leakage"])
        #expect(stored[2].provenance.line == 4)

        let again = try store.ingest(evidence: try read("Tests/Fixtures/evidence/first.csv"), path: Project.path("Tests/Fixtures/evidence/first.csv"))
        #expect(again.unchanged && again.ingest == nil)

        let secondFile = try read("Tests/Fixtures/evidence/second.csv")
        #expect(secondFile.warnings.count == 1 && secondFile.warnings[0].contains("model \"Unlisted-7B\" is not in the model registry"))
        let second = try store.ingest(evidence: secondFile, path: Project.path("Tests/Fixtures/evidence/second.csv"))
        // dual-use repeats (dropped), privacy-leakage changes (supersedes), Unlisted-7B is new.
        #expect(second.added == 2 && second.superseded == 1)
        stored = try store.evidence()
        #expect(stored.count == 4)
        let privacy = try #require(stored.first { $0.dimension == "privacy-leakage" })
        #expect(privacy.value == 0.4 && privacy.n == 5)
        #expect(stored.contains { $0.model == "Unlisted-7B" })
        let history = try store.queue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence WHERE current = 0 AND superseded_by = ?", arguments: [second.ingest])
        }
        #expect(history == 1)
        #expect(try store.integrityCheck() == "ok")
    }
}
