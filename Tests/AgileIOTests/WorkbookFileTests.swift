// A workbook is written as a new file or not at all: never over a file, a link or a folder.

import AgileCore
import AgileIO
import AgileTestSupport
import Foundation
import Testing

@Suite struct WorkbookFileTests {
    static let workbook = Workbook(
        title: "Test", created: CalendarDate(year: 2024, month: 5, day: 1)!,
        sheets: [Workbook.Sheet(name: "Scores", header: ["Code", "Score"], rows: [[.text("=1+2"), .number(-1.5)], [.text("+A"), .number(.nan)]])])

    @Test func writesANewFileWithStringAndNumberCells() throws {
        let scratch = try ScratchFolder(prefix: "agile-workbook")
        let path = scratch.path("scores.xlsx")
        try WorkbookFile.write(Self.workbook, to: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["scores.xlsx"])
        let book = try XLSXContents(path: path)
        #expect(book.sheets == ["Scores"])
        #expect(book.created == "2024-05-01T00:00:00Z")
        let cells = try #require(book.cells["Scores"])
        #expect(cells["A2"] == .init(type: "s", value: "=1+2", formula: false))
        #expect(cells["B2"] == .init(type: "n", value: "-1.5", formula: false))
        #expect(cells["A3"] == .init(type: "s", value: "+A", formula: false))
        // A number that is not finite is an empty cell.
        #expect(cells["B3"] == nil)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == (try WorkbookFile.bytes(Self.workbook, shownAs: "scores.xlsx")))
    }

    /// A file, a symbolic link (even to nothing) or a folder at the path is left as it was.
    @Test func somethingAtThePathIsNotReplaced() throws {
        let scratch = try ScratchFolder(prefix: "agile-workbook")
        let file = try scratch.write("mine.xlsx", "mine")
        let link = scratch.path("link.xlsx")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: scratch.path("nowhere.xlsx"))
        let folder = scratch.path("folder.xlsx")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        for path in [file, link, folder] {
            let error = #expect(throws: OutputError.self) { try WorkbookFile.write(Self.workbook, to: path) }
            #expect(error == OutputError(path: path, action: "is not replaced",
                                         reason: "something is there, and a workbook is only written as a new file; remove it or choose another path"))
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["folder.xlsx", "link.xlsx", "mine.xlsx"])
        #expect(!FileManager.default.fileExists(atPath: scratch.path("nowhere.xlsx")))
    }

    @Test func aFolderThatIsNotThereIsAnOutputError() throws {
        let scratch = try ScratchFolder(prefix: "agile-workbook")
        let path = scratch.path("missing/scores.xlsx")
        let error = #expect(throws: OutputError.self) { try WorkbookFile.write(Self.workbook, to: path) }
        #expect(error?.description == "\(path): cannot be written: No such file or directory")
    }

    /// Excel's rules for a sheet's name: no `[]:*?/\`, at most 31 characters.
    @Test func sheetNamesExcelAccepts() {
        #expect(Workbook.sheetName("P1/P2: [draft]?") == "P1-P2- -draft--")
        #expect(Workbook.sheetName(String(repeating: "x", count: 40)).count == 31)
        #expect(Workbook.sheetName("   ") == "Sheet")
    }
}
