// A scoring run records itself and replays to the same scores; what cannot be replayed says why.

import AgileCore
import AgileIO
import AgileTestSupport
import AgileUseCases
import Foundation
import Testing

@Suite struct ScoringRunTests {
    @Test func aRecordedRunReplaysToTheSameScores() throws {
        let store = try SampleStore()
        let run = try ScoringRun(method: MethodChoices(normalisation: .minMax(low: 1, high: 100), aggregation: .geometric), weights: .equal).score(store.edition())
        let id = try #require(run.runID)
        #expect(run.notRecorded == nil)
        #expect(run.methodText == "normalise=minmax:1,100 aggregate=geometric" && run.weightsText == "equal")
        let replayed = try ScoringRun.replay(run: id, in: store.edition())
        #expect(replayed.runID == id)
        #expect(replayed.snapshot == run.snapshot)
        #expect(replayed.method == run.method && replayed.weights == .equal)
        #expect(replayed.scores.units == run.scores.units)
        for row in run.scores.units.indices {
            for column in run.scores.aggregated.columns.indices {
                let (a, b) = (run.scores.aggregated[row, column], replayed.scores.aggregated[row, column])
                #expect(a == b || (a.isNaN && b.isNaN))
            }
        }
        // The same choices on the same data are the same run.
        #expect(try ScoringRun(method: MethodChoices(normalisation: .minMax(low: 1, high: 100), aggregation: .geometric), weights: .equal).score(store.edition()).runID == id)
    }

    @Test func aRunTheStoreDoesNotHold() throws {
        let store = try SampleStore()
        #expect(throws: RunError.noRun(5)) { try ScoringRun.replay(run: 5, in: store.edition()) }
        #expect(RunError.noRun(5).description == "The store holds no run 5; `agile score` records runs.")
    }

    /// A run scored with a registry that has changed since is not replayed with the new one.
    @Test func aRunOfAnotherRegistryVersion() throws {
        let store = try SampleStore()
        let folder = try ScratchFolder()
        let registry = folder.path("agile-2024.xml")
        try FileManager.default.copyItem(atPath: PackageRoot.path("Indicators/agile-2024.xml"), toPath: registry)
        let before = try StoredEdition(workspace: Workspace(framework: registry), store: store.path)
        let id = try #require(try ScoringRun().score(before).runID)
        let sha256 = try FileDigest.sha256(path: registry)
        try (String(contentsOfFile: registry, encoding: .utf8) + "<!-- edited -->\n").write(toFile: registry, atomically: true, encoding: .utf8)
        let after = try StoredEdition(workspace: Workspace(framework: registry), store: store.path)
        #expect(throws: RunError.otherRegistry(run: id, registry: registry, sha256: sha256)) { try ScoringRun.replay(run: id, in: after) }
        #expect(RunError.otherRegistry(run: id, registry: "r.xml", sha256: "0123456789abcdef").description
            == "Run \(id) was scored with another version of r.xml (SHA-256 0123456789ab…); pass that registry with --framework.")
    }

    /// The registry must declare the edition asked for.
    @Test func anEditionTheRegistryDoesNotDeclare() throws {
        let store = try SampleStore()
        #expect(throws: RunError.otherEdition(registry: PackageRoot.path("Indicators/agile-2024.xml"), declared: 2024, asked: 2023)) {
            try StoredEdition(workspace: SampleStore.workspace(), store: store.path, edition: 2023)
        }
    }

    /// Countries by alpha-3 or alpha-2 code, in the order given; one the run did not score is named.
    @Test func countriesOfARun() throws {
        let store = try SampleStore()
        let run = try ScoringRun().score(store.edition())
        let rows = try run.rows(["DE", "USA"])
        #expect(rows.map { run.scores.units[$0] } == ["DEU", "USA"])
        #expect(throws: RunError.notScored(code: "NZL")) { try run.rows(["NZL"]) }
    }
}
