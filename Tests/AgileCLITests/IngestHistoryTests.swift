// `agile ingest` keeps data right over re-ingests: content ingested before is a no-op naming the
// earlier ingest, each value superseded is named, and --dry-run prints that and writes nothing.

import AgileCore
import AgileIO
import Foundation
import Testing

@Suite struct IngestHistoryTests {
    static let y1 = "Tests/Fixtures/store/y1.csv"    // KEN I14 2023 = 48 (a typo)
    static let y2 = "Tests/Fixtures/store/y2.csv"    // 2023 corrected to 4.8, and 2024
    static let y1b = "Tests/Fixtures/store/y1b.csv"  // 48 again, in other bytes

    /// KEN I14 2023 as the store holds it now, read with the library.
    func current(_ db: String) throws -> Double? {
        let countries = try CountryList.load(path: CLI.packageRoot.appendingPathComponent("Indicators/iso3166-1.csv").path)
        return try Store(path: db, countries: countries).history(country: "KEN", indicator: "I14", year: 2023).first { $0.current }?.value
    }

    /// The steps: y1, y2, then y1 again byte for byte. Before, the third ingest printed
    /// "1 added, 1 superseded" and 48 was current again.
    @Test func reingestingAnOlderFileKeepsTheCorrection() throws {
        let folder = try TemporaryFolder()
        let (y1, y2) = (Self.y1, Self.y2)
        let first = try folder.agile("ingest", "--db", folder.db, y1, y2)
        #expect(first.status == 0, "\(first)")
        #expect(first.lines == [
            "ingested   \(y1) (csv-long): 1 values, 1 added",
            "ingested   \(y2) (csv-long): 2 values, 2 added, 1 superseded (kept as history)",
            "\(y2):2: KEN I14 2023: 48 (ingest #1, \(y1):2) → 4.8",
            "",
        ])
        let again = try folder.agile("ingest", "--db", folder.db, y1)
        #expect(again.status == 0, "\(again)")
        #expect(again.lines == ["unchanged  \(y1) (csv-long): same content as ingest #1 (\(y1)), nothing stored", ""])
        #expect(try current(folder.db) == 4.8)
        #expect(try storeCounts(folder.db) == (3, 2, 2))

        // The same bytes under another name: still a no-op, naming the first ingest.
        let renamed = folder.path("kenya.csv")
        try FileManager.default.copyItem(atPath: CLI.packageRoot.appendingPathComponent(y1).path, toPath: renamed)
        #expect(try folder.agile("ingest", "--db", folder.db, renamed).lines == [
            "unchanged  \(renamed) (csv-long): same content as ingest #1 (\(y1)), nothing stored", "",
        ])
        #expect(try current(folder.db) == 4.8)
    }

    /// A changed file that restores the old value supersedes the correction, and names it; the
    /// dry run before it prints the same and leaves every byte of the store as it was.
    @Test func aDryRunShowsWhatWouldBeSupersededAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        let (y1, y2, y1b) = (Self.y1, Self.y2, Self.y1b)
        #expect(try folder.agile("ingest", "--db", folder.db, y1, y2).status == 0)
        let state = try StoreState(path: folder.db)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder.db))

        let dry = try folder.agile("ingest", "--dry-run", "--db", folder.db, y1b, y1)
        #expect(dry.status == 0, "\(dry)")
        #expect(dry.lines == [
            "would ingest \(y1b) (csv-long): 1 values, 1 added, 1 superseded (kept as history)",
            "\(y1b):2: KEN I14 2023: 4.8 (ingest #2, \(y2):2) → 48",
            "unchanged  \(y1) (csv-long): same content as ingest #1 (\(y1)), nothing stored",
            "dry run: nothing written to \(folder.db)",
            "",
        ])
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.db)) == bytes)
        #expect(!FileManager.default.fileExists(atPath: folder.db + "-wal"))
        #expect(try StoreState(path: folder.db) == state)
        #expect(try current(folder.db) == 4.8)

        // The real ingest prints what the dry run said it would.
        let real = try folder.agile("ingest", "--db", folder.db, y1b, y1)
        #expect(real.status == 0, "\(real)")
        #expect(real.lines == [
            "ingested   \(y1b) (csv-long): 1 values, 1 added, 1 superseded (kept as history)",
            "\(y1b):2: KEN I14 2023: 4.8 (ingest #2, \(y2):2) → 48",
            "unchanged  \(y1) (csv-long): same content as ingest #1 (\(y1)), nothing stored",
            "",
        ])
        #expect(try current(folder.db) == 48)
    }

    /// A dry run sees the files before it in the same command, creates no store, and fails as
    /// the ingest would on a bad file.
    @Test func aDryRunOnNoStoreCreatesNoneAndRejectsAsTheIngestWould() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("new.sqlite")
        let bad = "Tests/Fixtures/store/bad-last-row.csv"
        let dry = try folder.agile("ingest", "--dry-run", "--db", db, Self.y1, Self.y2, bad)
        #expect(dry.status == 1, "\(dry)")
        #expect(dry.lines == [
            "would ingest \(Self.y1) (csv-long): 1 values, 1 added",
            "would ingest \(Self.y2) (csv-long): 2 values, 2 added, 1 superseded (kept as history)",
            "\(Self.y2):2: KEN I14 2023: 48 (ingest #1, \(Self.y1):2) → 4.8",
            "rejected   \(bad): nothing stored",
            "dry run: nothing written to \(db)",
            "",
        ])
        #expect(dry.stderr == "error: \(bad):4:14: field 'value': \"185.0\" is above the scale (indicator I14 expects a percent 0–100)\n")
        #expect(!FileManager.default.fileExists(atPath: db))
    }
}
