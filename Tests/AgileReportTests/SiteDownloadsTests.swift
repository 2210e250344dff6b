// The downloads of a site: the scores and data CSVs and the workbook, with the hand-worked numbers.

import AgileCore
import AgileIO
import AgileReport
import AgileTestSupport
import Foundation
import Testing

@Suite struct SiteDownloadsTests {
    /// Every level's scores in rank order (JPN 62.5; DEU and USA tied at 50, by code), nodes top
    /// down; JPN has no B, so no score and no rank, of the 2 ranked.
    @Test func scoresCSVHasEveryLevelWithTheHandWorkedNumbers() throws {
        let csv = SiteDownloads(input: try ReportFixture.input()).scoresCSV
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 3 * 9)
        #expect(Array(lines.prefix(11)) == [
            "country,country_name,level,code,name,score,rank,ranked,illustrative",
            "JPN,Japan,index,IDX,Mini index,62.5,1,3,true",
            "JPN,Japan,pillar,P1,Development,100,1,3,true",
            "JPN,Japan,pillar,P2,Governance,25,3,3,true",
            "JPN,Japan,dimension,D1,Research,100,1,3,true",
            "JPN,Japan,dimension,D2,Instruments,25,3,3,true",
            "JPN,Japan,indicator,A,Articles,100,1,3,true",
            "JPN,Japan,indicator,B,Bodies,,,2,true",
            "JPN,Japan,indicator,C,Cooperation,50,2,3,true",
            "JPN,Japan,indicator,D,Incidents,0,3,3,true",
            "DEU,Germany,index,IDX,Mini index,50,2,3,true",
        ])
        #expect(lines.last == "USA,United States of America,indicator,D,Incidents,100,1,3,true")
    }

    @Test func dataCSVHasEveryCellWithSourceAndFlags() throws {
        let csv = SiteDownloads(input: try ReportFixture.input()).dataCSV
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 3 * 4)
        #expect(lines[0] == "country,country_name,indicator,indicator_name,value,unit,year,source,vintage,flags,illustrative")
        #expect(lines[1] == "DEU,Germany,A,Articles,20,articles,2023,Test source (illustrative),,,true")
        #expect(lines[2] == "DEU,Germany,B,Bodies,2,bodies,2023,Test source (illustrative),,reconstructed,true")
        #expect(lines[6] == "JPN,Japan,B,Bodies,,bodies,,,,missing reconstructed,true")
    }

    /// Names and sources a spreadsheet would run as formulas are neutralised in both CSVs.
    @Test func csvDownloadsNeutraliseFormulas() throws {
        let input = try ReportFixture.input(countries: ReportFixture.catalog(usaName: "=1+2"), source: "@SUM(A1)")
        let downloads = SiteDownloads(input: input)
        #expect(downloads.scoresCSV.contains("\nUSA,\"'=1+2\",index,IDX,Mini index,50,2,3,true\n"))
        #expect(downloads.dataCSV.contains("\nUSA,\"'=1+2\",A,Articles,10,articles,2023,\"'@SUM(A1) (illustrative)\",,,true\n"))
        for line in (downloads.scoresCSV + downloads.dataCSV).split(separator: "\n") {
            #expect(!line.contains(",=") && !line.contains(",@") && !line.contains(",+"), "\(line)")
        }
    }

    /// The workbook: its sheets, hand-worked cells, text as strings (even `=1+2`), numbers as
    /// numbers, no formula anywhere, the same bytes twice, dated without the clock.
    @Test func workbookHoldsEveryLevelAsStringAndNumberCells() throws {
        let input = try ReportFixture.input(countries: ReportFixture.catalog(usaName: "=1+2"), source: "-HYPERLINK(\"http://x.invalid\")")
        let workbook = DownloadWorkbook(input: input).workbook
        let bytes = try WorkbookFile.bytes(workbook, shownAs: "mini.xlsx")
        #expect(try WorkbookFile.bytes(workbook, shownAs: "mini.xlsx") == bytes)
        let book = try XLSXContents(bytes: bytes)
        #expect(book.sheets == ["README", "Index", "Pillars", "Dimensions", "Indicators", "Data"])
        #expect(book.created == "1980-01-01T00:00:00Z")
        #expect(book.entryDates == ["1980-01-01 00:00:00"])

        let index = try #require(book.cells["Index"])
        #expect(index["A1"] == .init(type: "s", value: "Rank", formula: false))
        #expect(index["D1"]?.value == "IDX Mini index score")
        #expect([index["A2"], index["B2"], index["D2"], index["E2"]] == [
            .init(type: "n", value: "1", formula: false), .init(type: "s", value: "JPN", formula: false),
            .init(type: "n", value: "62.5", formula: false), .init(type: "s", value: "leading", formula: false),
        ])
        #expect(index["C4"] == .init(type: "s", value: "=1+2", formula: false))
        #expect(book.value("Pillars", "C1") == "P1 Development")
        #expect([book.value("Pillars", "C3"), book.value("Pillars", "D3"), book.value("Pillars", "E3"), book.value("Pillars", "F3")] == ["25", "3", "75", "1"])
        // JPN (row 2) has no B: the score and rank cells are empty.
        #expect(book.value("Indicators", "E1") == "B Bodies")
        #expect(book.cells["Indicators"]?["E2"] == nil && book.cells["Indicators"]?["F2"] == nil)
        #expect(book.value("Indicators", "G2") == "50")

        let data = try #require(book.cells["Data"])
        #expect(data["H1"]?.value == "Source")
        #expect(data["E2"] == .init(type: "n", value: "20", formula: false))
        #expect(data["H2"] == .init(type: "s", value: "-HYPERLINK(\"http://x.invalid\") (illustrative)", formula: false))
        #expect(data["J7"]?.value == "missing reconstructed")
        #expect(data["E7"] == nil)

        let readme = try #require(book.cells["README"])
        #expect(readme["A3"]?.value == "Illustrative data")
        #expect(readme["B3"]?.value?.hasPrefix("YES. ILLUSTRATIVE DATA") == true)
        #expect(readme.values.contains { $0.value == "Normalisation: min-max to 0–100, polarity applied (higher is better)." })

        for (sheet, cells) in book.cells {
            for (reference, cell) in cells {
                #expect(!cell.formula && (cell.type == "s" || cell.type == "n"), "\(sheet)!\(reference): \(cell)")
            }
        }
    }

    /// The workbook is dated by the edition's publication date, never the clock.
    @Test func workbookIsDatedByThePublication() throws {
        var framework = ReportFixture.framework()
        framework.publicationDate = "2025-02-10"
        let book = try XLSXContents(bytes: try WorkbookFile.bytes(DownloadWorkbook(input: try ReportFixture.input(framework: framework)).workbook, shownAs: "x"))
        #expect(book.created == "2025-02-10T00:00:00Z")
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.secondsSinceEpoch == 0)
        #expect(CalendarDate(year: 2000, month: 3, day: 1)!.secondsSinceEpoch == 951_868_800)
        #expect(CalendarDate(year: 2025, month: 2, day: 10)!.secondsSinceEpoch == 1_739_145_600)
    }

    /// The site carries the three files, linked from the ranking and the methodology.
    @Test func siteHasTheDownloadsLinkedFromRankingAndMethodology() throws {
        let input = try ReportFixture.input()
        let files = ReportSite(input: input, templates: try ReportFixture.templates()).files(formats: [.markdown, .html])
        let paths = Set(files.map(\.path))
        #expect(paths.isSuperset(of: ["downloads/mini-scores.csv", "downloads/mini-data.csv", "downloads/mini.xlsx"]))
        let workbook = try #require(files.first { $0.path == "downloads/mini.xlsx" })
        guard case .workbook(let book)? = workbook.binary else {
            Issue.record("downloads/mini.xlsx is not a workbook: \(workbook)")
            return
        }
        #expect(book.sheets.map(\.name) == ["README", "Index", "Pillars", "Dimensions", "Indicators", "Data"])
        let site = Dictionary(files.map { ($0.path, $0.content) }, uniquingKeysWith: { first, _ in first })
        for page in ["index.md", "methodology.md"] {
            let text = try #require(site[page])
            #expect(text.contains("(downloads/mini-scores.csv)") && text.contains("(downloads/mini-data.csv)") && text.contains("(downloads/mini.xlsx)"), "\(page)")
        }
        #expect(site["index.html"]?.contains("href=\"downloads/mini.xlsx\"") == true)
        #expect(site["index.md"]?.contains("As on these pages, the values are illustrative, and every file says so.") == true)
    }
}
