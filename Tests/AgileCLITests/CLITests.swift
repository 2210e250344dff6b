// End-to-end tests of the `agile` command: validate, ingest and data on the bundled sample
// data, rejected files, hostile XML, a COINr table, and the help of each command.

import AgileCore
import AgileIO
import Foundation
import Testing

/// The five sample data files of `Data/` (see Data/README.md).
let sampleFiles = [
    "Data/agile-2024-long.csv",
    "Data/agile-2024-wide.csv",
    "Data/agile-2024-instruments.xml",
    "Data/API_IT.NET.USER.ZS_DS2_en_csv_v2_illustrative.csv",
    "Data/worldbank-GE.EST-illustrative.xml",
]

/// The store's row counts, read with the library (not through the command under test).
func storeCounts(_ path: String) throws -> (observations: Int, current: Int, ingests: Int) {
    let countries = try CountryList.load(path: CLI.packageRoot.appendingPathComponent("Indicators/iso3166-1.csv").path)
    return try Store(path: path, countries: countries).counts()
}

@Suite struct CLITests {
    @Test func executableIsBesideTheTestRunner() throws {
        let executable = try #require(CLI.executable, "no agile executable among \(CLI.candidates.map(\.path))")
        #if os(Linux)
        // `swift test` on Linux runs .build/<triple>/debug/<Package>PackageTests.xctest: the first
        // candidate, which must be the one found (else a stale fallback could be tested).
        #expect(executable == CLI.candidates[0], "arguments[0] = \(CommandLine.arguments[0])")
        #endif
    }

    @Test func validateRegistry() throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile("validate", "Indicators/agile-2024.xml")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty)
        #expect(result.lines.first == "Indicators/agile-2024.xml: valid framework 'agile-2024' — AGILE Index 2024, edition 2024, years 2019–2024")
        #expect(result.lines.contains("  4 pillars, 18 dimensions, 39 indicators (7 confirmed, 32 reconstructed)"))
        #expect(result.lines.contains("  14 countries: USA CAN GBR DEU FRA ITA JPN CHN IND BRA RUS ZAF SGP ARE"))
    }

    @Test func ingestSampleDataTwice() throws {
        let folder = try TemporaryFolder()
        // No --illustrative: every sample file is marked illustrative by itself or its sidecar.
        let first = try folder.agile(["ingest", "--db", folder.db] + sampleFiles)
        #expect(first.status == 0, "\(first)")
        #expect(first.stderr.isEmpty)
        // Counts from Data/README.md: long 275 rows (2 of them explicitly empty); wide 50 values;
        // XML 179 obs; World Bank CSV 24 countries × 2015–2023 = 216 cells less 6 empty (2023 for
        // JPN, ZAF, NGA; 2021–2023 for AFG) = 210, 6 aggregate rows skipped; World Bank XML
        // 14 countries × 2021–2023 = 42 less ARE 2023 (empty) = 41, 3 aggregates × 3 years skipped.
        #expect(first.lines == [
            "ingested   Data/agile-2024-long.csv (csv-long, vintage 2024-05-01) [illustrative]: 275 values, 275 added",
            "ingested   Data/agile-2024-wide.csv (csv-wide, vintage 2024-05-01) [illustrative]: 50 values, 50 added",
            "ingested   Data/agile-2024-instruments.xml (xml, vintage 2024-05-01) [illustrative]: 179 values, 179 added",
            "ingested   Data/API_IT.NET.USER.ZS_DS2_en_csv_v2_illustrative.csv (worldbank-csv, vintage 2024-06-28) [illustrative]: 210 values, 210 added; skipped 6 aggregate rows (ARB EUU HIC LMY OED WLD)",
            "ingested   Data/worldbank-GE.EST-illustrative.xml (worldbank-xml, vintage 2024-09-26) [illustrative]: 41 values, 41 added; skipped 9 aggregate rows (EUU HIC WLD)",
            "",
        ])
        let before = try storeCounts(folder.db)
        // 275 + 50 + 179 + 210 + 41 = 755 values, one ingest per file.
        #expect(before == (755, 755, 5))

        let second = try folder.agile(["ingest", "--db", folder.db] + sampleFiles)
        #expect(second.status == 0, "\(second)")
        #expect(second.lines.count == sampleFiles.count + 1)
        for (number, (line, file)) in zip(second.lines, sampleFiles).enumerated() {
            #expect(line.hasPrefix("unchanged  \(file) ("), "\(line)")
            #expect(line.hasSuffix("): same content as ingest #\(number + 1) (\(file)), nothing stored"), "\(line)")
        }
        #expect(try storeCounts(folder.db) == before)
    }

    @Test func dataShowsTheCoverageTable() throws {
        let folder = try TemporaryFolder()
        let ingest = try folder.agile(["ingest", "--illustrative", "--db", folder.db] + sampleFiles)
        #expect(ingest.status == 0, "\(ingest)")
        let data = try folder.agile("data", "--db", folder.db)
        #expect(data.status == 0, "\(data)")
        #expect(data.lines.starts(with: [
            "Store \(folder.db): 755 current values (0 superseded, kept as history) from 5 ingests",
            "NOTE: some of this data is ILLUSTRATIVE, not official AGILE Index data.",
            "Vintages: revised values (the latest of every vintage).",
            // 14 × 39 = 546 cells; Data/README.md: 22 with no value at all + 2 explicitly empty.
            "Edition 2024 (years 2019–2024): 14 countries × 39 indicators, 522 of 546 cells observed",
        ]))

        // Missing cells per country: instruments XML 5 (CHN I25, ZAF I22 I28, ARE I22 I25), wide
        // CSV 6 empty cells (RUS I29, ARE I29 I30, BRA ZAF SGP I32), long CSV 13 (RUS I09 and
        // ARE I34 explicitly empty): 5 + 6 + 13 = 24.
        let missing: [String: [String]] = [
            "CHN": ["I02", "I25"],
            "BRA": ["I32"],
            "RUS": ["I02", "I08", "I09", "I29", "I35", "I37"],
            "ZAF": ["I08", "I09", "I10", "I22", "I28", "I32"],
            "SGP": ["I10", "I32"],
            "ARE": ["I22", "I25", "I29", "I30", "I34", "I35", "I36"],
        ]
        #expect(missing.values.map(\.count).reduce(0, +) == 24)
        let header = try #require(data.lines.firstIndex(of: "Country  Observed  Share    Missing indicators"))
        let rows = data.lines[(header + 1)...].prefix(14).map { $0.split(separator: " ").map(String.init) }
        #expect(rows.map { $0[0] } == ["USA", "CAN", "GBR", "DEU", "FRA", "ITA", "JPN", "CHN", "IND", "BRA", "RUS", "ZAF", "SGP", "ARE"])
        for row in rows {
            let gaps = missing[row[0]] ?? []
            let observed = 39 - gaps.count
            // e.g. ARE: 32/39 = 82.05… % → "82.1 %"; nobody is below the 65 % threshold, so no "!".
            let share = (Double(observed) / 39 * 1000).rounded() / 10
            #expect(row == [row[0], "\(observed)/39", String(format: "%.1f", share), "%"] + gaps)
        }
        #expect(data.lines.contains("I32           11/14   78.6 %  BRA ZAF SGP"))
        #expect(data.lines.contains("Below the coverage thresholds (65.0 % / 65.0 %): countries none; indicators none"))
    }

    @Test func badFileIsRejectedWholeAndAGoodOneIsStillStored() throws {
        let folder = try TemporaryFolder()
        // The 3rd data row (line 4) gives 185 for a percent; its value starts at column 14.
        let bad = try folder.write("bad.csv", """
            country,indicator,year,value
            JPN,I14,2023,82.9
            GBR,I14,2023,96.7
            ITA,I14,2023,185
            FRA,I14,2023,85.3

            """)
        let good = try folder.write("good.csv", "country,indicator,year,value,source\nUSA,I14,2023,91.8,ITU\n")
        let result = try folder.agile("ingest", "--db", folder.db, bad, good)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "error: \(bad):4:14: field 'value': \"185\" is above the scale (indicator I14 expects a percent 0–100)\n")
        #expect(result.lines == [
            "rejected   \(bad): nothing stored",
            "ingested   \(good) (csv-long): 1 values, 1 added",
            "",
        ])
        #expect(try storeCounts(folder.db) == (1, 1, 1))

        let data = try folder.agile("data", "--db", folder.db)
        #expect(data.status == 0, "\(data)")
        #expect(data.lines.contains("Store \(folder.db): 1 current values (0 superseded, kept as history) from 1 ingests"))
        #expect(data.lines.contains("Edition 2024 (years 2019–2024): 14 countries × 39 indicators, 1 of 546 cells observed"))
        #expect(!data.stdout.contains("ILLUSTRATIVE"))
        // Only USA has I14; JPN and GBR, good rows of the bad file, were not stored.
        #expect(data.lines.contains { $0.hasPrefix("I14 ") && $0.hasSuffix("CAN GBR DEU FRA ITA JPN CHN IND BRA RUS ZAF SGP ARE") && $0.contains(" 1/14 ") })
        let gbr = try folder.agile("data", "--db", folder.db, "--country", "gb")
        #expect(gbr.status == 0, "\(gbr)")
        #expect(gbr.lines.contains { $0.hasPrefix("  I14 ") && $0.hasSuffix(" missing") })
        let usa = try folder.agile("data", "--db", folder.db, "--country", "USA")
        #expect(usa.lines.contains { $0.hasPrefix("  I14 ") && $0.hasSuffix("91.8 % of population (2023)  \(good):2:14") }, "\(usa)")
    }

    @Test func validateChecksDataWithoutTouchingTheStore() throws {
        let folder = try TemporaryFolder()
        let bad = try folder.write("bad.csv", "country,indicator,year,value\nJPN,I14,2023,82.9\nGBR,I14,2023,96.7\nITA,I14,2023,185\n")
        let result = try folder.agile("validate", "--db", folder.db, "Data/agile-2024-wide.csv", bad)
        #expect(result.status == 1, "\(result)")
        #expect(result.lines.contains("ok    Data/agile-2024-wide.csv (csv-wide): 50 values"))
        #expect(result.lines.contains("FAIL  \(bad)"))
        #expect(result.stderr == "error: \(bad):4:14: field 'value': \"185\" is above the scale (indicator I14 expects a percent 0–100)\n")
        #expect(!FileManager.default.fileExists(atPath: folder.db))
    }

    @Test func hostileRegistryIsRefused() throws {
        let folder = try TemporaryFolder()
        let hostile = try folder.write("hostile.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE framework [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
            ]>
            <framework xmlns="urn:agile-index:framework:1" id="evil" edition="2024">
              <name>&xxe;</name>
            </framework>

            """)
        let result = try folder.agile("validate", hostile)
        #expect(result.status == 1, "\(result)")  // data refused
        #expect(result.stderr.contains("\(hostile):2:1: declares a document type (<!DOCTYPE …>); DTDs are refused"), "\(result)")
        #expect(!result.stdout.contains("valid framework"))
        #expect(!(result.stdout + result.stderr).contains("root:"))  // nothing of /etc/passwd
        // Passed with --framework to another command it is refused the same way.
        let data = try folder.agile("data", "--db", folder.db, "--framework", hostile)
        #expect(data.status == 1 && data.stderr.contains("DTDs are refused"), "\(data)")
    }

    @Test func hostileDataFileIsRejected() throws {
        let folder = try TemporaryFolder()
        let file = "Tests/Fixtures/malformed/xml-external-entity.xml"
        let expected = try String(contentsOfFile: CLI.packageRoot.appendingPathComponent("Tests/Fixtures/malformed/xml-external-entity.expected").path, encoding: .utf8)
            .trimmingCharacters(in: .newlines).replacingOccurrences(of: "FILE", with: file)
        let result = try folder.agile("ingest", "--db", folder.db, file)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "error: \(expected)\n")
        #expect(result.stdout == "rejected   \(file): nothing stored\nno store created: nothing was stored in \(folder.db)\n")
        // The store did not exist: the failed first ingest leaves none behind.
        #expect(!FileManager.default.fileExists(atPath: folder.db))
    }

    @Test func coinrTable() throws {
        let folder = try TemporaryFolder()
        let meta = "Tests/Fixtures/coinr-asem/iMeta.csv"
        let data = "Tests/Fixtures/coinr-asem/raw_iData.csv"
        let ingest = try folder.agile("ingest", "--coinr-meta", meta, "--db", folder.db, data)
        #expect(ingest.status == 0, "\(ingest)")
        // As COINrReaderTests: 51 units × 49 indicators less 63 NA = 2436 indicator values, and
        // 51 × 4 denominators less LAO's Energy = 203: 2639 in all.
        #expect(ingest.stdout == "ingested   \(data) (coinr-idata): 2639 values, 2639 added\n")
        #expect(try storeCounts(folder.db) == (2639, 2639, 1))
        let countries = try CountryList.load(path: CLI.packageRoot.appendingPathComponent("Indicators/iso3166-1.csv").path)
        let stored = try Store(path: folder.db, countries: countries).currentObservations()
        let denominators: Set<String> = ["Area", "Energy", "GDP", "Population"]
        #expect(stored.filter { denominators.contains($0.indicator) }.count == 203)
        #expect(stored.filter { !denominators.contains($0.indicator) }.count == 2436)

        let coverage = try folder.agile("data", "--coinr-meta", meta, "--db", folder.db)
        #expect(coverage.status == 0, "\(coverage)")
        // 51 countries × 49 indicators = 2499 cells, 2436 observed.
        #expect(coverage.stdout.contains("51 countries × 49 indicators, 2436 of 2499 cells observed"), "\(coverage)")
    }

    @Test(arguments: [
        ("validate", ["[<file> ...]"]),
        ("ingest", ["<file> ...", "--illustrative", "--dry-run"]),
        ("data", ["--country <code>"]),
    ])
    func subcommandHelp(command: String, own: [String]) throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile(command, "--help")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("USAGE: agile \(command)"))
        for option in ["--db <path>", "--framework <path>", "--countries <path>", "--coinr-meta <iMeta.csv>", "--project <file>", "--help"] + own {
            #expect(result.stdout.contains(option), "\(command) --help does not mention \(option)")
        }
    }

    @Test func topLevelHelpListsTheCommands() throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile("--help")
        #expect(result.status == 0, "\(result)")
        for command in ["init", "validate", "ingest", "data"] {
            #expect(result.stdout.contains("  \(command) "), "agile --help does not list \(command)")
        }
    }

    @Test func usageErrors() throws {
        let folder = try TemporaryFolder()
        // No file to ingest: a usage error (EX_USAGE).
        let noFiles = try folder.agile("ingest", "--db", folder.db)
        #expect(noFiles.status == 64, "\(noFiles)")
        #expect(noFiles.stderr.contains("Missing expected argument '<file> ...'"))
        let unknown = try folder.agile("ingest", "--frobnicate", "--db", folder.db, "Data/agile-2024-wide.csv")
        #expect(unknown.status == 64, "\(unknown)")
        #expect(!FileManager.default.fileExists(atPath: folder.db))
        let missingFile = try folder.agile("ingest", "--db", folder.db, folder.path("nowhere.csv"))
        #expect(missingFile.status == 1, "\(missingFile)")
        #expect(missingFile.stderr.hasPrefix("error: \(folder.path("nowhere.csv")): cannot be opened: No such file or directory"), "\(missingFile)")
        #expect(!FileManager.default.fileExists(atPath: folder.db))
        #expect(try folder.agile("ingest", "--db", folder.db, "Tests/Fixtures/store/y1.csv").status == 0)
        let badCountry = try folder.agile("data", "--db", folder.db, "--country", "XX")
        #expect(badCountry.status != 0)
        #expect(badCountry.stderr.contains("'XX' is not an ISO 3166-1 country code."))
    }
}
