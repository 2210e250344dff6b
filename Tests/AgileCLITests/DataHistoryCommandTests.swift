// `agile data --history`: the values later ingests superseded, with their files and lines, beside
// the values that replaced them.

import Foundation
import Testing

@Suite struct DataHistoryCommandTests {
    static let first = "Tests/Fixtures/store/history-1.csv"   // KEN I14 2022 = 45, 2023 = 48 (a typo); DEU I01 2023 = 120
    static let second = "Tests/Fixtures/store/history-2.csv"  // 45 again, 2023 corrected to 4.8 (with a note), DEU 125

    /// Two ingests, the second correcting two values of the first and repeating a third: the
    /// repeated value is no history, the two corrected ones are, each with the line of the value
    /// that replaced it.
    @Test func aCorrectionShowsBothValuesWithTheirFilesAndLines() throws {
        let folder = try TemporaryFolder()
        let (first, second) = (Self.first, Self.second)
        let ingest = try folder.agile("ingest", "--db", folder.db, first, second)
        #expect(ingest.lines == [
            "ingested   \(first) (csv-long): 3 values, 3 added",
            "ingested   \(second) (csv-long): 3 values, 2 added, 2 superseded (kept as history)",
            "\(second):3: KEN I14 2023: 48 (ingest #1, \(first):3) → 4.8",
            "\(second):4: DEU I01 2023: 120 (ingest #1, \(first):4) → 125",
            "",
        ], "\(ingest)")
        let deu = [
            "DEU I01 2023",
            "  120  ingest #1  \(first):4  superseded by ingest #2 (\(second):4)",
            "  125  ingest #2  \(second):4  current",
        ]
        let ken = [
            "KEN I14 2023",
            "   48  ingest #1  \(first):3  superseded by ingest #2 (\(second):3)",
            "  4.8  ingest #2  \(second):3  current; note \"typo corrected\"",
        ]
        let all = try folder.agile("data", "--db", folder.db, "--history")
        #expect(all.status == 0, "\(all)")
        #expect(all.lines == ["2 values superseded in \(folder.db) (kept as history):"] + deu + ken + [""])

        let kenya = try folder.agile("data", "--db", folder.db, "--history", "--country", "KE")
        #expect(kenya.lines == ["1 value of KEN superseded in \(folder.db) (kept as history):"] + ken + [""], "\(kenya)")
        let i01 = try folder.agile("data", "--db", folder.db, "--history", "--indicator", "I01")
        #expect(i01.lines == ["1 value of I01 superseded in \(folder.db) (kept as history):"] + deu + [""], "\(i01)")
        let none = try folder.agile("data", "--db", folder.db, "--history", "--country", "KEN", "--indicator", "I01")
        #expect(none.status == 0)
        #expect(none.lines == ["No value of KEN I01 in \(folder.db) has been superseded.", ""])
    }

    @Test func unknownCodesAndAnIndicatorWithoutHistoryAreRefused() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile("ingest", "--db", folder.db, Self.first).status == 0)
        let indicator = try folder.agile("data", "--db", folder.db, "--history", "--indicator", "I99")
        #expect(indicator.status == 1)
        #expect(indicator.stderr == "Error: 'I99' is not an indicator or denominator of Indicators/agile-2024.xml.\n")
        let country = try folder.agile("data", "--db", folder.db, "--history", "--country", "XX")
        #expect(country.status == 1)
        #expect(country.stderr == "Error: 'XX' is not an ISO 3166-1 country code.\n")
        let alone = try folder.agile("data", "--db", folder.db, "--indicator", "I14")
        #expect(alone.status == 64)
        #expect(alone.stderr.contains("--indicator goes with --history"))
    }
}
