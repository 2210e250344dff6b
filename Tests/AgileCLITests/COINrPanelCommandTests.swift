// `agile score --coinr` on a COINr panel (an iData with several years in Time), as COINr 1.1.14
// scores its purse example; COINr's steps taken only when asked (--denominate, --screen).

import Foundation
import Testing

@Suite struct COINrPanelCommandTests {
    static let panel = "Tests/Fixtures/coinr-purse/ASEM_iData_p.csv"
    static let meta = "Tests/Fixtures/coinr-asem/iMeta.csv"
    static let years = [2018, 2019, 2020, 2021, 2022]

    /// A CSV of ours or COINr's: the header and the rows, quotes taken off (no cell holds a comma).
    static func table(_ text: String) -> (header: [String], rows: [[String]]) {
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.replacingOccurrences(of: "\"", with: "") } }
        return (lines[0], Array(lines.dropFirst()))
    }

    static func reference(_ path: String) throws -> (header: [String], rows: [[String]]) {
        table(try String(contentsOf: CLI.packageRoot.appendingPathComponent(path), encoding: .utf8))
    }

    /// Every row of `expected` (COINr's, by uCode) found in `ours` (restricted to the rows of
    /// `time` when it has a Time column): scores within 1e-9, ranks equal, the same units.
    static func compare(_ ours: (header: [String], rows: [[String]]), time: Int? = nil, with expected: (header: [String], rows: [[String]]), _ note: String) throws {
        let offset = time == nil ? 0 : 1
        if time != nil { #expect(ours.header.first == "Time", "\(note)") }
        let rows = ours.rows.filter { time == nil || $0[0] == String(time!) }
        let byUnit = Dictionary(uniqueKeysWithValues: rows.map { ($0[offset], $0) })
        #expect(rows.count == expected.rows.count, "\(note): \(rows.count) rows, COINr has \(expected.rows.count)")
        for row in expected.rows {
            let mine = try #require(byUnit[row[0]], "\(note): \(row[0]) is not scored")
            for (column, name) in expected.header.enumerated().dropFirst() {
                let position = try #require(ours.header.firstIndex(of: name), "\(note): no column \(name)")
                if name.hasSuffix("_rank") {
                    #expect(mine[position] == row[column], "\(note) \(row[0]) \(name)")
                } else {
                    let x = try #require(Double(mine[position])), y = try #require(Double(row[column]))
                    #expect(abs(x - y) <= 1e-9, "\(note) \(row[0]) \(name): \(x) vs \(y)")
                }
            }
        }
    }

    /// COINr's purse example, every year of each of its three builds: `global` (screen at 90 %,
    /// then --global, the default), `per-year` and `per-year-noscreen`.
    @Test(arguments: ["global", "per-year", "per-year-noscreen"])
    func everyYearIsCOINrs(build: String) throws {
        let folder = try TemporaryFolder()
        let options = ["global": ["--screen", "0.9"], "per-year": ["--screen", "0.9", "--per-year"], "per-year-noscreen": ["--per-year"]][build]!
        let result = try folder.agile(["score", "--coinr", Self.panel, Self.meta, "--format", "csv"] + options)
        #expect(result.status == 0, "\(result)")
        let ours = Self.table(result.stdout)
        #expect(ours.rows.count == (build == "per-year-noscreen" ? 5 * 51 : 5 * 46))
        for year in Self.years {
            let expected = try Self.reference("Tests/Fixtures/coinr-purse/\(build)/aggregate_scores_ranks_\(year).csv")
            try Self.compare(ours, time: year, with: expected, "\(build) \(year)")
        }
    }

    /// With --per-year, each year of a two-year table scores exactly as that year's table alone
    /// (the same bytes); --time picks one year in the one-year layout. Globally normalised, the
    /// same year scores differently (its bounds are those of both years).
    @Test func perYearScoresEachYearAsItsTableAlone() throws {
        let folder = try TemporaryFolder()
        let lines = try String(contentsOf: CLI.packageRoot.appendingPathComponent(Self.panel), encoding: .utf8).split(separator: "\n")
        func rows(_ years: Set<String>) -> String {
            ([lines[0]] + lines.dropFirst().filter { years.contains(String($0.split(separator: ",")[6])) }).joined(separator: "\n") + "\n"
        }
        let both = try folder.write("two-years.csv", rows(["2018", "2019"]))
        func score(_ data: String, _ options: String...) throws -> String {
            let result = try folder.agile(["score", "--coinr", data, Self.meta, "--screen", "0.9", "--format", "csv"] + options)
            #expect(result.status == 0, "\(result)")
            return result.stdout
        }
        let together = Self.table(try score(both, "--per-year"))
        #expect(together.header.first == "Time")
        let global = Self.table(try score(both))
        for year in ["2018", "2019"] {
            let alone = try score(try folder.write("\(year).csv", rows([year])))
            let mine = together.rows.filter { $0[0] == year }.map { $0.dropFirst().joined(separator: ",") }
            #expect(([together.header.dropFirst().joined(separator: ",")] + mine).joined(separator: "\n") + "\n" == alone, "\(year)")
            #expect(try score(both, "--per-year", "--time", year) == alone, "--time \(year)")
            #expect(global.rows.filter { $0[0] == year }.map { $0.dropFirst().joined(separator: ",") } != mine, "global \(year)")
        }
    }

    /// Without --denominate nothing is divided, as in COINr: ASEM's raw data through the
    /// defaults (treat, min-max, arithmetic mean) is COINr's variant F, every aggregate and rank.
    /// Dividing before (what --coinr always did) gives other numbers.
    @Test func rawDataWithoutDenominateIsVariantF() throws {
        let folder = try TemporaryFolder()
        let data = "Tests/Fixtures/coinr-asem/raw_iData.csv"
        let result = try folder.agile("score", "--coinr", data, Self.meta, "--format", "csv")
        #expect(result.status == 0, "\(result)")
        let expected = try Self.reference("Tests/Fixtures/coinr-asem/F_raw_all_defaults/aggregate_scores_ranks.csv")
        let ours = Self.table(result.stdout)
        #expect(ours.header == expected.header, "one year: COINr's layout, no Time column")
        try Self.compare(ours, with: expected, "F")
        let divided = try folder.agile("score", "--coinr", data, Self.meta, "--denominate", "--format", "csv")
        #expect(divided.status == 0 && divided.stdout != result.stdout, "\(divided)")
    }

    /// Several years as JSON (by year, each with its time) and as a table (a block per year);
    /// the method says the years were normalised together.
    @Test func severalYearsAsJSONAndTable() throws {
        let folder = try TemporaryFolder()
        let json = try folder.agile("score", "--coinr", Self.panel, Self.meta, "--screen", "0.9", "--format", "json")
        #expect(json.status == 0, "\(json)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["normalisation"] as? String == "global")
        let years = try #require(document["years"] as? [[String: Any]])
        #expect(years.compactMap { $0["time"] as? Int } == Self.years)
        #expect(years.allSatisfy { ($0["units"] as? [Any])?.count == 46 })
        #expect(years.first?["method"] as? String == "screen=0.9; normalised over the years 2018–2022 together")
        let table = try folder.agile("score", "--coinr", Self.panel, Self.meta, "--per-year", "--country", "DEU")
        #expect(table.status == 0, "\(table)")
        #expect(table.lines.filter { $0.hasPrefix("Time ") } == Self.years.map { "Time \($0)" })
        #expect(table.lines.filter { $0.contains("DEU      Germany") }.count == 5)
        #expect(table.lines[1] == "Sustainable Connectivity: 51 countries ranked; weights declared; method as the registry declares", "\(table)")
    }

    /// What cannot be run is refused with what to do.
    @Test func refusals() throws {
        let folder = try TemporaryFolder()
        let noYear = try folder.agile("score", "--coinr", Self.panel, Self.meta, "--time", "2030")
        #expect(noYear.status == 1)  // the data cannot give what was asked
        #expect(noYear.stderr == "Error: --time 2030: \(Self.panel) has no row for it; its Time column holds 2018, 2019, 2020, 2021 and 2022.\n", "\(noYear)")
        let audit = try folder.agile("audit", "weights", "--coinr", Self.panel, Self.meta)
        #expect(audit.status == 1)
        #expect(audit.stderr == "Error: \(Self.panel) holds 5 years (2018, 2019, 2020, 2021 and 2022); this scores one: give --time YEAR.\n", "\(audit)")
        #expect(try folder.agile("audit", "weights", "--coinr", Self.panel, Self.meta, "--time", "2019").status == 0)
        let share = try folder.agile("score", "--coinr", Self.panel, Self.meta, "--screen", "1.5")
        #expect(share.status == 64)
        #expect(share.stderr.hasPrefix("Error: The value '1.5' is invalid for '--screen <MIN[,after-imputation]>': MIN is out of range; expected MIN[,after-imputation], MIN a share from 0 to 1 (COINr's dat_thresh)\n"), "\(share)")
        let denominate = try folder.agile("score", "--denominate")
        #expect(denominate.status == 64)
        #expect(denominate.stderr.hasPrefix("Error: --denominate applies to --coinr tables (a registry declares its own denominators, coverage rule and edition)\n"), "\(denominate)")
        let perYear = try folder.agile("score", "--per-year")
        #expect(perYear.status == 64)
        #expect(perYear.stderr.hasPrefix("Error: --per-year applies to --coinr tables with several years (Time); a stored edition is normalised on its own\n"), "\(perYear)")
        let both = try folder.agile("score", "--coinr", Self.panel, Self.meta, "--global", "--per-year")
        #expect(both.status == 64, "\(both)")
    }
}
