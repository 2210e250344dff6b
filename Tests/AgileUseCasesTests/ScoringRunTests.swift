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

    /// A run replays with the registry content the store kept with it: after a pillar's weight
    /// is edited in the file (a new run scores with the edit), and after the file is removed.
    /// Before, the replay was refused once the file had changed.
    @Test func aRunReplaysWithItsStoredRegistryAfterTheFileIsEdited() throws {
        let store = try SampleStore()
        let folder = try ScratchFolder()
        let registry = folder.path("agile-2024.xml")
        try FileManager.default.copyItem(atPath: PackageRoot.path("Indicators/agile-2024.xml"), toPath: registry)
        let run = try ScoringRun().score(StoredEdition(workspace: Workspace(framework: registry), store: store.path))
        let id = try #require(run.runID)
        #expect(run.version == AgileVersion.current)
        let text = try String(contentsOfFile: registry, encoding: .utf8)
        try text.replacingOccurrences(of: "<pillar id=\"P1\">", with: "<pillar id=\"P1\" weight=\"3\">").write(toFile: registry, atomically: true, encoding: .utf8)
        let after = try StoredEdition(workspace: Workspace(framework: registry), store: store.path)

        // A new run takes the edit: with every pillar scored, the index is (3 P1 + P2 + P3 + P4) / 6.
        let edited = try ScoringRun().score(after)
        #expect(edited.runID != id)
        let pillars = try ["P1", "P2", "P3", "P4"].map { try #require(run.scores.aggregated.columns.firstIndex(of: $0)) }
        let index = run.scores.aggregated.columns.count - 1
        let usa = try #require(run.scores.units.firstIndex(of: "USA"))
        let p = pillars.map { run.scores.aggregated[usa, $0] }
        #expect(p.allSatisfy { $0.isFinite })
        #expect(abs(edited.scores.aggregated[usa, index] - (3 * p[0] + p[1] + p[2] + p[3]) / 6) < 1e-9)
        #expect(abs(run.scores.aggregated[usa, index] - (p[0] + p[1] + p[2] + p[3]) / 4) < 1e-9)

        // The replay takes the registry as it was.
        let replayed = try ScoringRun.replay(run: id, in: after)
        try FileManager.default.removeItem(atPath: registry)
        let removed = try RecordedRun(id, store: store.path, registry: registry).replay()
        for again in [replayed, removed] {
            #expect(again.runID == id && again.version == AgileVersion.current && again.snapshot == run.snapshot)
            #expect(again.framework.aggregates.first { $0.id == "P1" }?.weight == 1)
            #expect(again.scores.units == run.scores.units)
            for row in run.scores.units.indices {
                for column in run.scores.aggregated.columns.indices {
                    let (a, b) = (run.scores.aggregated[row, column], again.scores.aggregated[row, column])
                    #expect(a == b || (a.isNaN && b.isNaN))
                }
            }
        }
        // Replaying recorded nothing.
        #expect(try after.store.runs().map(\.id) == [id, try #require(edited.runID)])
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
