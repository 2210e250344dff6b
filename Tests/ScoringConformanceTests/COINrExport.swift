// A table COINr exported with write.csv: a header and rows of text cells, read with AgileIO's scanner.

import AgileCore
import AgileIO

/// One CSV file of the COINr reference exports.
struct COINrExport {
    var header: [String]
    var rows: [[String]]

    /// Reads the file at `path` (relative to the ASEM fixtures).
    init(_ relative: String) throws {
        let scanner = try CSVScanner(path: ConformanceFixtures.path(relative))
        guard try scanner.nextRecord() else {
            header = []
            rows = []
            return
        }
        header = (0..<scanner.fieldCount).map(scanner.string)
        var rows: [[String]] = []
        while try scanner.nextRow() {
            rows.append((0..<scanner.fieldCount).map(scanner.string))
        }
        self.rows = rows
    }

    /// The index of a column by name.
    func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// A cell as a number: `NA` is NaN.
    static func number(_ text: String) -> Double {
        text == "NA" ? .nan : Double(text)!
    }

    /// The table as scores: rows by `uCode`, every other column except `uName` as numbers.
    var table: ScoreTable {
        let code = column("uCode")!
        let columns = header.indices.filter { $0 != code && header[$0] != "uName" }
        var values: [Double] = []
        for column in columns {
            for row in rows { values.append(Self.number(row[column])) }
        }
        return ScoreTable(rows: rows.map { $0[code] }, columns: columns.map { header[$0] }, values: values)
    }
}
