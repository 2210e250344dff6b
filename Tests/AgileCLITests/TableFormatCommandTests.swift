// `--format table|csv|json` on every command that prints a table: the CSV reads back to the
// numbers the table shows, the JSON parses and holds them in full precision, and a value of each
// is checked against one worked out independently.

import AgileCore
import Foundation
import Testing

@Suite struct TableFormatCommandTests {
    /// One command's table in the three formats.
    struct Formats {
        var text: CLI.Result
        var csv: [[String]]
        var json: [String: Any]

        var header: [String] { csv[0] }
        var rows: [[String]] { Array(csv.dropFirst()) }

        /// The cell of `column` in each CSV row.
        func column(_ name: String) throws -> [String] {
            let index = try #require(header.firstIndex(of: name), "no column \(name) in \(header)")
            return rows.map { $0[index] }
        }
    }

    /// Runs `arguments` with each format; the table's rows are the lines after the one starting
    /// with `title`, up to the first blank line.
    static func run(_ folder: TemporaryFolder, _ arguments: [String]) throws -> Formats {
        let text = try folder.agile(arguments)
        let csv = try folder.agile(arguments + ["--format", "csv"])
        let json = try folder.agile(arguments + ["--format", "json"])
        #expect(text.status == 0 && csv.status == 0 && json.status == 0, "\(arguments)\n\(text)\n\(csv)\n\(json)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any], "\(json)")
        return Formats(text: text, csv: try CSVTable.rows(csv.stdout), json: document)
    }

    /// The CSV reads back to the table's numbers, row by row, and the JSON holds the same rows:
    /// each number rounded to its column's decimals is the CSV cell, null where the CSV is empty.
    static func checkAgreement(_ formats: Formats, title: String, _ context: String) throws {
        let lines = formats.text.lines
        let start = try #require(lines.firstIndex { $0.hasPrefix(title) }, "\(context): no line starting \(title)")
        let textRows = lines[(start + 1)...].prefix { !$0.isEmpty }
        #expect(textRows.count == formats.rows.count, "\(context): \(textRows.count) table rows, \(formats.rows.count) CSV rows")
        for (line, row) in zip(textRows, formats.rows) {
            let csvNumbers = row.compactMap { Double($0) }
            let textNumbers = line.split(separator: " ").compactMap { Double($0.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: "+", with: "")) }
            #expect(Array(textNumbers.prefix(csvNumbers.count)) == csvNumbers, "\(context): \(line) against \(row)")
        }
        let columns = try #require(formats.json["columns"] as? [[String: Any]])
        #expect(columns.map { $0["name"] as? String } == formats.header.map { $0 }, "\(context)")
        let jsonRows = try #require(formats.json["rows"] as? [[String: Any]])
        #expect(jsonRows.count == formats.rows.count, "\(context)")
        for (object, row) in zip(jsonRows, formats.rows) {
            for (position, column) in columns.enumerated() {
                let name = try #require(column["name"] as? String)
                let cell = row[position]
                switch object[name] {
                case is NSNull: #expect(cell.isEmpty, "\(context): \(name) null against \(cell)")
                case let text as String where column["kind"] as? String == "text": #expect(CSVTable.unguarded(cell) == text, "\(context): \(name)")
                case let number as NSNumber:
                    let value = number.doubleValue
                    let written = (column["decimals"] as? Int).map { FixedDecimal.text(value, decimals: $0) } ?? PlainDecimal.text(value)
                    #expect(written == cell, "\(context): \(name) \(value) against \(cell)")
                default: Issue.record("\(context): \(name) is \(String(describing: object[name]))")
                }
            }
        }
    }

    /// The five audit tables and `agile data` on the stored sample.
    @Test func auditAndDataTablesAgreeInEveryFormat() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let db = ["--db", folder.db]
        let score = try JSONSerialization.jsonObject(with: Data(try folder.agile(["score", "--format", "json"] + db).stdout.utf8)) as? [String: Any]
        let units = try #require(score?["units"] as? [[String: Any]])
        func pillar(_ unit: [String: Any], _ node: String) -> Double? { ((unit["scores"] as? [String: Any])?[node] as? [String: Any])?["score"] as? Double }
        func rank(_ code: String) -> Int? {
            let unit = units.first { $0["code"] as? String == code }
            return ((unit?["scores"] as? [String: Any])?["AGILE"] as? [String: Any])?["rank"] as? Int
        }

        let compare = try Self.run(folder, ["audit", "compare", "--weights", "declared", "--weights", "development-double"] + db)
        try Self.checkAgreement(compare, title: "Country", "compare")
        #expect(compare.header == ["country", "country_name", "score_a", "score_b", "score_change", "rank_a", "rank_b", "places"])
        // Score B by hand: P1 doubled, (2·P1 + P2 + P3 + P4)/5 from the declared run's pillars.
        for (code, scoreB) in zip(try compare.column("country"), try compare.column("score_b")) {
            let unit = try #require(units.first { $0["code"] as? String == code })
            let pillars = ["P1", "P2", "P3", "P4"].compactMap { pillar(unit, $0) }
            guard pillars.count == 4 else { continue }
            #expect(FixedDecimal.text((2 * pillars[0] + pillars[1] + pillars[2] + pillars[3]) / 5, decimals: 2) == scoreB, "\(code)")
        }
        #expect(try compare.column("country_name").contains("United States"))

        let uncertainty = try Self.run(folder, ["audit", "uncertainty", "--n", "40"] + db)
        try Self.checkAgreement(uncertainty, title: "Nominal", "uncertainty")
        let nominal = try uncertainty.column("nominal_rank")
        #expect(nominal == nominal.sorted { Int($0)! < Int($1)! }, "sorted by rank")
        for (code, place) in zip(try uncertainty.column("country"), nominal) { #expect(rank(code).map(String.init) == place, "\(code)") }
        #expect((uncertainty.json["notes"] as? [String])?.first?.hasPrefix("Uncertainty analysis: 40 replications, seed 1;") == true)

        let sensitivity = try Self.run(folder, ["audit", "sensitivity", "--n", "40", "--bootstrap", "20"] + db)
        try Self.checkAgreement(sensitivity, title: "Input", "sensitivity")
        #expect(sensitivity.header == ["input", "si", "si_q5", "si_q95", "sti", "sti_q5", "sti_q95", "flags"])
        #expect(try sensitivity.column("si").allSatisfy { (0...1).contains(Double($0)!) }, "clipped as the table shows them")

        let weights = try Self.run(folder, ["audit", "weights"] + db)
        try Self.checkAgreement(weights, title: "Level", "weights")
        // P1: one of four equal pillars, 25.0 % of the index; I01 half of one of P1's four dimensions: 3.125 % → 3.1.
        let declared = Dictionary(uniqueKeysWithValues: zip(try weights.column("node"), try weights.column("declared_percent")))
        #expect(declared["P1"] == "25.0" && declared["I01"] == "3.1")
        #expect(Dictionary(uniqueKeysWithValues: zip(try weights.column("node"), try weights.column("node_name")))["D05"] == "AI Risk Exposure")

        let remove = try Self.run(folder, ["audit", "remove", "--level", "pillar"] + db)
        try Self.checkAgreement(remove, title: "Node", "remove")
        #expect(try remove.column("level") == ["pillar", "pillar", "pillar", "pillar"])

        // `agile data`: a row per country and indicator; USA's I01 is line 8 of the long CSV.
        let data = try folder.agile(["data", "--format", "csv"] + db)
        let cells = try CSVTable.rows(data.stdout)
        #expect(cells.first == ["country", "country_name", "indicator", "indicator_name", "year", "value", "unit", "source", "file", "line"])
        #expect(cells.count == 1 + 14 * 39)
        let source = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Data/agile-2024-long.csv"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let fields = source[7].split(separator: ",").map(String.init)
        #expect(Array(fields.prefix(4)) == ["USA", "I01", "2023", "60194"])
        let usaI01 = try #require(cells.first { $0[0] == "USA" && $0[2] == "I01" })
        #expect(Array(usaI01[0...6]) + [usaI01[8], usaI01[9]] == ["USA", "United States", "I01", "AI articles published", "2023", "60194", "articles", "Data/agile-2024-long.csv", "8"])
        #expect(data.stderr == "note: NOTE: some of this data is ILLUSTRATIVE, not official AGILE Index data.\n")
        let germany = try Self.run(folder, ["data", "--country", "DE"] + db)
        #expect(germany.rows.count == 39 && germany.rows.allSatisfy { $0[0] == "DEU" && $0[1] == "Germany" })
        for row in germany.rows where !row[5].isEmpty {
            #expect(germany.text.lines.contains { $0.hasPrefix("  \(row[2]) ") && $0.contains(" \(row[5]) \(row[6]) (\(row[4]))") }, "\(row)")
        }
    }

    /// `score --format csv --readable`: the analyst's layout, sorted by rank, the table's
    /// numbers; plain `--format csv` keeps COINr's layout; `--readable` alone is a usage error.
    @Test func readableScoreCSV() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let table = try folder.agile("score", "--db", folder.db)
        let readable = try folder.agile("score", "--db", folder.db, "--format", "csv", "--readable")
        #expect(readable.status == 0, "\(readable)")
        #expect(readable.stderr == "note: ILLUSTRATIVE DATA — not the official AGILE Index results.\n")
        let rows = try CSVTable.rows(readable.stdout)
        #expect(rows[0] == ["code", "name", "rank", "tier", "AGILE Index", "P1 AI Development Level", "P2 AI Governance Environment",
                            "P3 AI Governance Instruments", "P4 AI Governance Effectiveness", "development", "governance", "gap", "quadrant"])
        #expect(rows.dropFirst().map { $0[2] } == (1...14).map(String.init))
        let formats = Formats(text: table, csv: rows, json: [:])
        let start = try #require(table.lines.firstIndex { $0.hasPrefix("Rank") })
        for (line, row) in zip(table.lines[(start + 1)...], formats.rows) {
            let textNumbers = line.split(separator: " ").compactMap { Double($0.replacingOccurrences(of: "+", with: "")) }
            #expect(textNumbers == row.compactMap { Double($0) }, "\(line) against \(row)")
            #expect(line.contains(" \(row[0])  ") && line.contains(row[1]) && line.contains(row[3]))
        }
        // The index of each country is COINr's full-precision score rounded to one decimal.
        let coinr = try CSVTable.rows(try folder.agile("score", "--db", folder.db, "--format", "csv").stdout)
        #expect(coinr[0].first == "uCode" && coinr[0].suffix(2) == ["AGILE", "AGILE_rank"])
        for row in coinr.dropFirst() {
            let readableRow = try #require(rows.first { $0[0] == row[0] })
            #expect(FixedDecimal.text(Double(row[row.count - 2])!, decimals: 1) == readableRow[4] && row.last == readableRow[2], "\(row[0])")
        }
        let alone = try folder.agile("score", "--db", folder.db, "--readable")
        #expect(alone.status == 64 && alone.stderr.hasPrefix("Error: --readable is a layout of --format csv; add --format csv\n"), "\(alone)")
    }

    /// `--weight` on score, report and the audits: a doubled pillar gives the index worked out
    /// from the same run's pillars; bad values and unknown ids are usage errors naming the flag
    /// value; a bad weights file is refused at its line.
    @Test func weightOverridesOnTheCommandLine() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let json = try folder.agile("score", "--db", folder.db, "--weight", "P2=2", "--format", "json")
        #expect(json.status == 0, "\(json)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["weights"] as? String == "declared P2=2")
        for unit in try #require(document["units"] as? [[String: Any]]) {
            let scores = try #require(unit["scores"] as? [String: [String: Any]])
            let pillars = ["P1", "P2", "P3", "P4"].compactMap { scores[$0]?["score"] as? Double }
            guard pillars.count == 4, let index = scores["AGILE"]?["score"] as? Double else { continue }
            #expect(abs(index - (pillars[0] + 2 * pillars[1] + pillars[2] + pillars[3]) / 5) < 1e-9, "\(unit["code"] ?? "")")
        }
        let table = try folder.agile("score", "--db", folder.db, "--weight", "P2=2")
        #expect(table.lines.first == "AGILE Index 2024: 14 countries ranked; weights declared P2=2; method as the registry declares")

        let expected = "expected the id of a pillar, dimension or indicator, such as P1, D01 or I01"
        for command in [["score"], ["report", "--no-audit", "--out", folder.path("site")], ["audit", "weights"], ["audit", "remove"],
                        ["audit", "uncertainty", "--n", "2"], ["audit", "sensitivity", "--n", "2"]] {
            let unknown = try folder.agile(command + ["--db", folder.db, "--weight", "P9=2"])
            #expect(unknown.status == 64 && unknown.stderr == "Error: --weight P9=2: the registry declares no node 'P9'; \(expected)\n", "\(command): \(unknown)")
        }
        let weight = "expected a weight of at least 0, such as 2 or 0.5; 0 leaves the node out"
        for (value, reason) in [("P2=two", "\"two\" is not a number; \(weight)"), ("P2=-1", "\"-1\" is negative; \(weight)"),
                                ("P2=inf", "\"inf\" is not a finite number; \(weight)"),
                                ("P2", "expected ID=WEIGHT: the id of a pillar, dimension or indicator and its weight, such as P2=2 or D05=0.5")] {
            let bad = try folder.agile("score", "--db", folder.db, "--weight", value)
            #expect(bad.status == 64 && bad.stderr.hasPrefix("Error: The value '\(value)' is invalid for '--weight <id=weight>': \(reason)\n"), "\(bad)")
        }
        try "id,weight\nP2,2\nP9,1\n".write(toFile: folder.path("w.csv"), atomically: true, encoding: .utf8)
        let file = try folder.agile("score", "--db", folder.db, "--weights", folder.path("w.csv"))
        #expect(file.status == 1 && file.stderr == "Error: \(folder.path("w.csv")):3:1: field 'id': \"P9\" is not a node of agile-2024 (\(expected))\n", "\(file)")
        let unknownSet = try folder.agile("score", "--db", folder.db, "--weights", "nope")
        #expect(unknownSet.status == 64 && unknownSet.stderr.hasPrefix("Error: --weights nope: no weight set of that name and no such file;"), "\(unknownSet)")
    }
}

/// RFC 4180 CSV as our writers write it, read back into rows of cells.
enum CSVTable {
    static func rows(_ text: String) throws -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var characters = Array(text).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { cell.append("\"") } else { quoted = false; pending = next }
                } else {
                    cell.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(cell); cell = ""
            } else if character == "\n" {
                row.append(cell); rows.append(row); row = []; cell = ""
            } else {
                cell.append(character)
            }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        try #require(rows.allSatisfy { $0.count == rows.first?.count }, "every row as wide as the header")
        return rows
    }

    /// A text cell without the formula guard's leading quote.
    static func unguarded(_ cell: String) -> String {
        cell.hasPrefix("'") && "=+-@\t\r".contains(cell.dropFirst().first ?? " ") ? String(cell.dropFirst()) : cell
    }
}
