// `agile score --format xlsx --out FILE`: the site's workbook, written as a new file only.

import AgileTestSupport
import Foundation
import Testing

@Suite struct ScoreWorkbookCommandTests {
    /// The stored 2024 sample: the sheets, the index scores `--format csv` prints (another
    /// writer), a value of Data/agile-2024-long.csv, the registry's publication date, the same
    /// bytes for the same run.
    @Test func writesTheWorkbookOfTheRun() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let first = try folder.agile("score", "--db", folder.db, "--format", "xlsx", "--out", folder.path("a.xlsx"))
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout == "Workbook written to \(folder.path("a.xlsx")): sheets README, Index, Pillars, Dimensions, Indicators, Data.\n")
        #expect(first.stderr.contains("note: ILLUSTRATIVE DATA — not the official AGILE Index results."))
        let again = try folder.agile("score", "--db", folder.db, "--run", "1", "--format", "xlsx", "--out", folder.path("b.xlsx"))
        #expect(again.status == 0, "\(again)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder.path("a.xlsx")))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("b.xlsx"))) == bytes)

        let book = try XLSXContents(path: folder.path("a.xlsx"))
        #expect(book.sheets == ["README", "Index", "Pillars", "Dimensions", "Indicators", "Data"])
        #expect(book.created == "2025-02-10T00:00:00Z")
        #expect(book.entryDates == ["1980-01-01 00:00:00"])
        // The index column (the root, AGILE) of COINr's CSV layout, by country, against the Index sheet (rank, code, score).
        let csv = try folder.agile("score", "--db", folder.db, "--format", "csv")
        let header = csv.lines[0].split(separator: ",").map(String.init)
        #expect(header.suffix(2) == ["AGILE", "AGILE_rank"])
        let indexColumn = header.count - 2
        var expected: [String: Double] = [:]
        for line in csv.lines.dropFirst() where !line.isEmpty {
            let fields = line.split(separator: ",").map(String.init)
            expected[fields[0]] = Double(fields[indexColumn])
        }
        let index = try #require(book.cells["Index"])
        #expect(index.keys.filter { $0.hasPrefix("B") }.count == 1 + 14)
        for row in 2...15 {
            let code = try #require(index["B\(row)"]?.value)
            let score = try #require(index["D\(row)"]?.value.flatMap(Double.init))
            let wanted = try #require(expected[code])
            #expect(abs(score - wanted) < 1e-9, "\(code): \(score) against \(wanted)")
            #expect(index["A\(row)"]?.type == "n" && index["B\(row)"]?.type == "s")
        }
        // USA I01: its latest value in the window, 60194 in 2023 (Data/agile-2024-long.csv:7).
        let data = try #require(book.cells["Data"])
        let usaI01 = try #require(data.first { $0.key.hasPrefix("C") && $0.value.value == "I01" && data["A" + $0.key.dropFirst()]?.value == "USA" })
        let row = usaI01.key.dropFirst()
        #expect(data["E\(row)"] == .init(type: "n", value: "60194", formula: false))
        #expect(data["G\(row)"]?.value == "2023")
        #expect(data["H\(row)"]?.value == "OpenAlex / Scopus (illustrative)")
        #expect(data["I\(row)"]?.value == "revised")
    }

    /// Text from hostile COINr tables (codes and names starting = + - @) is string cells, never formulas.
    @Test func hostileNamesStayText() throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile(["score", "--format", "xlsx", "--out", folder.path("f.xlsx")] + FormulaInjectionTests.tables + FormulaInjectionTests.method)
        #expect(result.status == 0, "\(result)")
        let book = try XLSXContents(path: folder.path("f.xlsx"))
        let texts = book.cells.values.flatMap(\.values).filter { $0.type == "s" }.compactMap(\.value)
        #expect(texts.contains("=A1 =HYPERLINK(\"http://example.invalid\",\"open\")"))
        #expect(texts.contains("+P Plus") && texts.contains("-B Minus") && texts.contains("@C At"))
        #expect(book.cells.values.flatMap(\.values).allSatisfy { !$0.formula && ($0.type == "s" || $0.type == "n") })
    }

    /// A file already at --out is never replaced (exit 3, the file as it was); nothing is left beside it.
    @Test func anExistingFileIsRefused() throws {
        let folder = try TemporaryFolder()
        let mine = try folder.write("mine.xlsx", "my own workbook")
        let result = try folder.agile(["score", "--format", "xlsx", "--out", mine] + FormulaInjectionTests.tables + FormulaInjectionTests.method)
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr == "Error: \(mine): is not replaced: something is there, and a workbook is only written as a new file; remove it or choose another path\n")
        #expect(try String(contentsOfFile: mine, encoding: .utf8) == "my own workbook")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("mine") } == ["mine.xlsx"])
    }

    @Test(arguments: [
        (["--format", "xlsx"], "--format xlsx writes an Excel workbook, which is not printed to standard output: add --out FILE (a new file)"),
        (["--format", "xlsx", "--out", "-"], "--out -: a workbook is written to a file, never to standard output: give a file name, e.g. --out scores.xlsx"),
        (["--format", "csv", "--out", "x.xlsx"], "--out is where --format xlsx writes its workbook; the other formats print to standard output: leave out --out or add --format xlsx"),
        (["--format", "xlsx", "--out", "x.xlsx", "--level", "pillar"], "--format xlsx writes every level of the run, a sheet each: leave out --level"),
    ])
    func usageErrors(_ options: [String], _ message: String) throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile(["score"] + options + FormulaInjectionTests.tables + FormulaInjectionTests.method)
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.hasPrefix("Error: \(message)\n"), "\(result)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasSuffix(".xlsx") })
    }
}
