// Scoring an edition as published after a later revision gives the scores first published;
// revised scores take the revision; each run records its vintages, and a replay keeps them.

import AgileCore
import AgileIO
import AgileTestSupport
import AgileUseCases
import Foundation
import Testing

@Suite struct VintageScoringTests {
    /// Tests/Fixtures/vintages (worked out by hand in its README.md): X1 weight 3, X2 weight 1,
    /// min-max 0–100, arithmetic. Published (vintage 2024-05-01): X1 = 80, 60, 40 and X2 = 10,
    /// 30, 50 for USA, DEU, JPN → index (3·100 + 0)/4 = 75, (3·50 + 50)/4 = 50, (0 + 100)/4 = 25.
    /// The revision (vintage 2025-06-01) makes DEU X1 90: X1 scores (80−40)/50 = 80, 100, 0 →
    /// index 60, 87.5, 25.
    static let registry = PackageRoot.fixture("vintages/registry.xml")
    static let published = PackageRoot.fixture("vintages/published.csv")
    static let revision = PackageRoot.fixture("vintages/revision.csv")
    static let publicationDate = CalendarDate("2024-12-31")!

    /// A store of the fixture's files.
    final class VintageStore {
        let folder: ScratchFolder
        let path: String
        let workspace: Workspace

        init(_ files: [String]) throws {
            folder = try ScratchFolder(prefix: "agile-vintages")
            path = folder.path("store.sqlite")
            workspace = try Workspace(framework: VintageScoringTests.registry)
            try ingest(files)
        }

        func ingest(_ files: [String]) throws {
            let outcome = try IngestRun(workspace: workspace, store: path).run(files) { _ in }
            precondition(outcome.failures == 0, "the vintage fixtures ingest")
        }

        /// The edition, as published on `publicationDate` unless `vintages` asks otherwise.
        func edition(_ vintages: VintageRequest = .asPublished, publicationDate: CalendarDate? = VintageScoringTests.publicationDate) throws -> StoredEdition {
            try StoredEdition(workspace: workspace, store: path, vintages: vintages, publicationDate: publicationDate)
        }
    }

    /// Index score and rank per country (USA, DEU, JPN) of a run.
    static func index(_ run: ScoredRun) -> [String: (score: Double, rank: Double)] {
        let column = run.scores.aggregated.columns.count - 1
        var result: [String: (Double, Double)] = [:]
        for (row, unit) in run.scores.units.enumerated() {
            result[unit] = (run.scores.aggregated[row, column], run.scores.ranks[row, column])
        }
        return result
    }

    static func expect(_ run: ScoredRun, _ expected: [String: (Double, Double)], sourceLocation: SourceLocation = #_sourceLocation) {
        let got = index(run)
        #expect(got.keys.sorted() == expected.keys.sorted(), sourceLocation: sourceLocation)
        for (unit, (score, rank)) in expected {
            #expect(abs((got[unit]?.score ?? .nan) - score) < 1e-12 && got[unit]?.rank == rank, "\(unit): \(String(describing: got[unit]))", sourceLocation: sourceLocation)
        }
    }

    static let asPublishedScores: [String: (Double, Double)] = ["USA": (75, 1), "DEU": (50, 2), "JPN": (25, 3)]
    static let revisedScores: [String: (Double, Double)] = ["USA": (60, 2), "DEU": (87.5, 1), "JPN": (25, 3)]

    /// The case: 2024 scored as published, then a revision of a 2024 value arrives;
    /// scored as published again, the edition gives the original scores, every table of them.
    @Test func asPublishedAfterALaterRevisionGivesTheOriginalScores() throws {
        let store = try VintageStore([Self.published])
        let before = try ScoringRun().score(store.edition())
        #expect(before.vintages == .asPublished(Self.publicationDate))
        Self.expect(before, Self.asPublishedScores)

        try store.ingest([Self.revision])
        let after = try ScoringRun().score(store.edition())
        #expect(after.vintages == .asPublished(Self.publicationDate))
        Self.expect(after, Self.asPublishedScores)
        #expect(after.snapshot == before.snapshot && after.runID == before.runID)
        for row in before.scores.units.indices {
            for column in before.scores.aggregated.columns.indices {
                #expect(after.scores.aggregated[row, column] == before.scores.aggregated[row, column])
                #expect(after.scores.ranks[row, column] == before.scores.ranks[row, column])
            }
        }
        #expect(after.selection[country: "DEU", indicator: "X1"]?.value == 60)

        // Revised, and as of the revision's vintage, the revision is scored.
        let revised = try ScoringRun().score(store.edition(.revised))
        Self.expect(revised, Self.revisedScores)
        #expect(revised.vintages == .revised && revised.selection[country: "DEU", indicator: "X1"]?.value == 90)
        Self.expect(try ScoringRun().score(store.edition(.asOf(CalendarDate("2025-06-01")!))), Self.revisedScores)
        Self.expect(try ScoringRun().score(store.edition(.asOf(CalendarDate("2025-05-31")!))), Self.asPublishedScores)
        // Without a publication date the default is revised.
        #expect(try store.edition(.revised, publicationDate: nil).vintages == .revised)
    }

    /// A run records its vintages; a replay says the recorded ones whatever is asked.
    @Test func aRunRecordsItsVintagesAndAReplayKeepsThem() throws {
        let store = try VintageStore([Self.published, Self.revision])
        let asPublished = try ScoringRun().score(store.edition())
        let revised = try ScoringRun().score(store.edition(.revised))
        let id = try #require(asPublished.runID)
        #expect(revised.runID != id)
        let records = try store.edition().store.runs()
        #expect(records.map(\.vintages) == ["as-published:2024-12-31", "revised"])
        let replayed = try ScoringRun.replay(run: id, in: store.edition(.revised))
        #expect(replayed.vintages == .asPublished(Self.publicationDate))
        Self.expect(replayed, Self.asPublishedScores)
        // The same inputs under another selection are another run (a date that selects the same values).
        let asOf = try ScoringRun().score(store.edition(.asOf(CalendarDate("2025-01-01")!)))
        #expect(asOf.snapshot == asPublished.snapshot && asOf.runID != id)
    }

    /// A date before every vintage of the edition's values finds nothing, and says so.
    @Test func aDateBeforeEveryVintage() throws {
        let store = try VintageStore([Self.published, Self.revision])
        let early = CalendarDate("2024-04-30")!
        #expect(throws: RunError.nothingByVintage(.asOf(early), earliest: CalendarDate("2024-05-01")!)) {
            try ScoringRun().score(store.edition(.asOf(early)))
        }
        #expect(RunError.nothingByVintage(.asOf(early), earliest: CalendarDate("2024-05-01")!).description
            == "No value of the edition has a vintage on or before 2024-04-30 (values as of 2024-04-30); the earliest vintage stored is 2024-05-01: give a later --as-of date, or --revised.")
    }

    /// As published asks for a publication date.
    @Test func asPublishedWithoutAPublicationDate() throws {
        let store = try VintageStore([Self.published])
        #expect(throws: RunError.noPublicationDate(registry: Self.registry)) { try store.edition(.asPublished, publicationDate: nil) }
        #expect(RunError.noPublicationDate(registry: "r.xml").description
            == "r.xml declares no publication date, so there are no values as published: give --as-of DATE or --revised.")
        #expect(StoredEdition.publicationDate(of: store.workspace.framework) == nil)
    }
}
