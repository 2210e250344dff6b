// A store holding the bundled sample data (and, when asked, the hand-made VESTA evidence), for
// the use-case tests.

import AgileIO
import AgileTestSupport
import AgileUseCases

/// The sample data ingested into a store of its own, the way `agile ingest` does it.
final class SampleStore {
    let folder: ScratchFolder
    let path: String

    /// The sample files of `make run` (Data/), as ScoreCommandTests ingests them.
    static let dataFiles = [
        "Data/agile-2024-long.csv", "Data/agile-2024-wide.csv", "Data/agile-2024-instruments.xml",
        "Data/API_IT.NET.USER.ZS_DS2_en_csv_v2_illustrative.csv", "Data/worldbank-GE.EST-illustrative.xml",
    ].map(PackageRoot.path)

    /// Ingests the sample files (and Tests/Fixtures/evidence/vesta-generic.csv with `evidence`).
    init(evidence: Bool = false) throws {
        folder = try ScratchFolder(prefix: "agile-usecases")
        path = folder.path("store.sqlite")
        let files = SampleStore.dataFiles + (evidence ? [PackageRoot.fixture("evidence/vesta-generic.csv")] : [])
        let outcome = try IngestRun(workspace: try SampleStore.workspace(), store: path).run(files) { _ in }
        precondition(outcome.failures == 0, "the sample data ingests")
    }

    /// The AGILE registry, or its variant with the evidence-derived I40.
    static func workspace(evidence: Bool = false) throws -> Workspace {
        try Workspace(framework: PackageRoot.path(evidence ? "Indicators/agile-2024-evidence.xml" : "Indicators/agile-2024.xml"))
    }

    /// The store's edition of the registry.
    func edition(evidence: Bool = false) throws -> StoredEdition {
        try StoredEdition(workspace: SampleStore.workspace(evidence: evidence), store: path)
    }
}
