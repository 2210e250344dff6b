// Data that stays right: content ingested before changes nothing (a later correction stays
// current), a changed file names each value it supersedes, and a dry run writes nothing.

import AgileCore
@testable import AgileIO
import Foundation
import GRDB
import Testing

@Suite struct StoreReingestTests {
    static let y1 = Project.path("Tests/Fixtures/store/y1.csv")    // KEN I14 2023 = 48 (a typo)
    static let y2 = Project.path("Tests/Fixtures/store/y2.csv")    // 2023 corrected to 4.8, and 2024 = 5.1
    static let y1b = Project.path("Tests/Fixtures/store/y1b.csv")  // y1's value again in other bytes

    func ingest(_ store: Store, _ path: String) throws -> IngestResult {
        try store.ingest(path: path, format: try DataFormat.detect(path: path), check: Project.check)
    }

    func current(_ store: Store, _ year: Int) throws -> Double? {
        try store.history(country: "KEN", indicator: "I14", year: year).first { $0.current }?.value
    }

    /// The case: y1, then its correction y2, then y1 again byte for byte. Before, the
    /// third ingest said "1 added, 1 superseded" and made the typo current again.
    @Test func reingestingAnOlderFileKeepsTheLaterCorrection() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        let first = try ingest(store, Self.y1)
        let second = try ingest(store, Self.y2)
        #expect(first.ingest == 1 && second.ingest == 2)
        #expect(second.added == 2 && second.superseded == 1)
        let before = try store.counts()

        let again = try ingest(store, Self.y1)
        #expect(again.unchanged && again.ingest == nil && again.added == 0 && again.superseded == 0)
        #expect(again.sameContentAs == EarlierIngest(id: 1, file: Self.y1, illustrative: false))
        #expect(again.supersessions.isEmpty)
        #expect(try current(store, 2023) == 4.8)
        #expect(try current(store, 2024) == 5.1)
        #expect(try store.counts() == before)
        #expect(try store.ingests().count == 2)
    }

    /// The same bytes under another name are the same content: nothing is stored, and the
    /// result names the ingest (and the file name) that brought them first.
    @Test func sameContentUnderAnotherNameChangesNothing() throws {
        let folder = NSTemporaryDirectory() + "agile-reingest-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let renamed = "\(folder)/kenya-2023.csv"
        try FileManager.default.copyItem(atPath: Self.y1, toPath: renamed)
        let store = try Store(path: ":memory:", countries: Project.countries)
        _ = try ingest(store, Self.y1)
        _ = try ingest(store, Self.y2)
        let copy = try ingest(store, renamed)
        #expect(copy.unchanged && copy.ingest == nil)
        #expect(copy.sameContentAs?.id == 1 && copy.sameContentAs?.file == Self.y1)
        #expect(try current(store, 2023) == 4.8)
    }

    /// A changed file may restore an older value: it supersedes the correction, and says so
    /// with the line of each file and the ingest the replaced value came from.
    @Test func aChangedFileThatRestoresAnOlderValueNamesWhatItSupersedes() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        _ = try ingest(store, Self.y1)
        _ = try ingest(store, Self.y2)
        let restored = try ingest(store, Self.y1b)
        #expect(restored.sameContentAs == nil && restored.ingest == 3)
        #expect(restored.rows == 1 && restored.added == 1 && restored.superseded == 1)
        #expect(restored.supersessions == [Supersession(
            subject: "KEN I14 2023", earlier: 4.8, earlierIngest: 2, earlierProvenance: Provenance(file: Self.y2, line: 2),
            value: 48, provenance: Provenance(file: Self.y1b, line: 2), otherChange: "note")])
        #expect(restored.supersessions.map(\.description) == ["\(Self.y1b):2: KEN I14 2023: 4.8 (ingest #2, \(Self.y2):2) → 48"])
        #expect(try current(store, 2023) == 48)
        // The correction y2 made is named too: it superseded y1's 48.
        let fresh = try Store(path: ":memory:", countries: Project.countries)
        _ = try ingest(fresh, Self.y1)
        #expect(try ingest(fresh, Self.y2).supersessions.map(\.description) == ["\(Self.y2):2: KEN I14 2023: 48 (ingest #1, \(Self.y1):2) → 4.8"])
    }

    /// A source, an explicitly missing value and a change of note alone are named as such.
    @Test func aSupersessionNamesTheSourceAMissingValueAndANoteChange() throws {
        let folder = NSTemporaryDirectory() + "agile-reingest-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = "\(folder)/before.csv", after = "\(folder)/after.csv"
        try "country,indicator,year,value,source,note\nKEN,I14,2022,40,ITU,\nKEN,I14,2023,41,ITU,\n".write(toFile: before, atomically: true, encoding: .utf8)
        try "country,indicator,year,value,source,note\nKEN,I14,2023,,ITU,withdrawn\nKEN,I14,2022,40,ITU,checked\n".write(toFile: after, atomically: true, encoding: .utf8)
        let store = try Store(path: ":memory:", countries: Project.countries)
        _ = try ingest(store, before)
        #expect(try ingest(store, after).supersessions.map(\.description) == [
            "\(after):2: KEN I14 2023 [ITU]: 41 (ingest #1, \(before):3) → missing",
            "\(after):3: KEN I14 2022 [ITU]: 40 (ingest #1, \(before):2) → 40 (note changed)",
        ])
    }

    /// Evidence follows the same rule: a file ingested before is a no-op naming that ingest,
    /// and a changed result is named with both lines.
    @Test func evidenceIngestedBeforeChangesNothingAndChangesAreNamed() throws {
        let benchmarks = try BenchmarkRegistryLoader().load(path: Project.path("Indicators/benchmarks.xml"))
        let models = try ModelRegistryLoader(countries: Project.countries).load(path: Project.path("Indicators/models.csv"))
        func read(_ path: String) throws -> EvidenceFile {
            var file = try EvidenceCSVReader(benchmarks: benchmarks, countries: Project.countries).read(path: path)
            file.mapModels(models)
            return file
        }
        let first = Project.path("Tests/Fixtures/evidence/first.csv"), second = Project.path("Tests/Fixtures/evidence/second.csv")
        let store = try Store(path: ":memory:", countries: Project.countries)
        _ = try store.ingest(evidence: try read(first), path: first)
        let corrected = try store.ingest(evidence: try read(second), path: second)
        #expect(corrected.supersessions.map(\.description) == ["\(second):3: scirisk GPT-4o privacy-leakage asr: 0.5 (ingest #1, \(first):4) → 0.4"])
        let again = try store.ingest(evidence: try read(first), path: first)
        #expect(again.unchanged && again.ingest == nil && again.superseded == 0)
        #expect(again.sameContentAs == EarlierIngest(id: 1, file: first, illustrative: true))
        let privacy = try #require(try store.evidence().first { $0.dimension == "privacy-leakage" })
        #expect(privacy.value == 0.4 && privacy.n == 5)
        #expect(try store.ingests().count == 2)
    }

    /// A dry run ingests into an in-memory copy: it reports what an ingest would, and the
    /// store's file keeps every byte.
    @Test func aCopyOfTheStoreTakesTheIngestAndTheFileKeepsItsBytes() throws {
        let folder = NSTemporaryDirectory() + "agile-reingest-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/store.sqlite"
        do {
            let store = try Store(path: path, countries: Project.countries)
            _ = try ingest(store, Self.y1)
            _ = try ingest(store, Self.y2)
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let copy = try Store.copy(of: path, countries: Project.countries)
        let dry = try ingest(copy, Self.y1b)
        #expect(dry.superseded == 1 && dry.supersessions.map(\.description) == ["\(Self.y1b):2: KEN I14 2023: 4.8 (ingest #2, \(Self.y2):2) → 48"])
        #expect(try current(copy, 2023) == 48)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        let store = try Store(path: path, countries: Project.countries)
        #expect(try current(store, 2023) == 4.8)
        #expect(try store.counts() == (3, 2, 2))
        // No store there: the copy starts empty and no file is made.
        let none = try Store.copy(of: "\(folder)/none.sqlite", countries: Project.countries)
        #expect(try ingest(none, Self.y1).added == 1)
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/none.sqlite"))
    }
}
