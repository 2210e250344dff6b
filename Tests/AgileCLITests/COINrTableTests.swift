// COINr tables as COINr's `new_coin` takes them: no Time column (one time point), no uName,
// columns in any order, iMeta rows of type Other and Denominator; and refused as COINr refuses
// them: a column iMeta does not declare (a group column too), an aggregate in iData.

import AgileIO
import Foundation
import Testing

@Suite struct COINrTableTests {
    static let asemData = "Tests/Fixtures/coinr-asem/raw_iData.csv"
    static let asemMeta = "Tests/Fixtures/coinr-asem/iMeta.csv"

    /// The ASEM iData table, header and rows.
    static func asemTable() throws -> (header: [String], rows: [[String]]) {
        let scanner = try CSVScanner(path: CLI.packageRoot.appendingPathComponent(asemData).path)
        var records: [[String]] = []
        while try scanner.nextRow() { records.append(scanner.record.texts) }
        return (records[0], Array(records.dropFirst()))
    }

    /// A CSV table of `columns` (by name, in that order) of the ASEM table, plus `extra`
    /// columns (name and the cell of each row), text quoted.
    static func derived(columns: [String], extra: [(String, (Int) -> String)] = []) throws -> String {
        let (header, rows) = try asemTable()
        let positions = columns.map { header.firstIndex(of: $0)! }
        func quoted(_ text: String) -> String { Double(text) == nil && text != "NA" ? "\"\(text)\"" : text }
        var lines = [(columns + extra.map(\.0)).map { "\"\($0)\"" }.joined(separator: ",")]
        for (number, row) in rows.enumerated() {
            lines.append((positions.map { quoted(row[$0]) } + extra.map { quoted($0.1(number)) }).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `agile score --coinr DATA META` with COINr's variant-A choices, as CSV.
    static func score(_ data: String, _ meta: String = asemMeta, in folder: TemporaryFolder) throws -> CLI.Result {
        try folder.agile("score", "--coinr", data, meta, "--denominate", "--impute", "group-mean:EurAsia_group", "--format", "csv")
    }

    @Test func withoutTimeOrUNameInAnyOrderTheScoresAreCOINrs() throws {
        let folder = try TemporaryFolder()
        let reference = try Self.score(Self.asemData, in: folder)
        #expect(reference.status == 0, "\(reference)")
        // No Time, no uName, the columns in reverse order (uCode last).
        let (header, _) = try Self.asemTable()
        let columns = header.filter { $0 != "Time" && $0 != "uName" }.reversed()
        let path = try folder.write("no-time.csv", try Self.derived(columns: Array(columns)))
        // Refused before: "the table has no column 'Time'".
        let result = try Self.score(path, in: folder)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == reference.stdout)
        // The audit commands take it too.
        let weights = try folder.agile("audit", "weights", "--coinr", path, Self.asemMeta, "--denominate", "--impute", "group-mean:EurAsia_group", "--format", "csv")
        let referenceWeights = try folder.agile("audit", "weights", "--coinr", Self.asemData, Self.asemMeta, "--denominate", "--impute", "group-mean:EurAsia_group", "--format", "csv")
        #expect(weights.status == 0 && referenceWeights.status == 0, "\(weights)")
        #expect(weights.stdout == referenceWeights.stdout)
    }

    @Test func otherAndDenominatorRowsHoldNoData() throws {
        let folder = try TemporaryFolder()
        let reference = try Self.score(Self.asemData, in: folder)
        // An Other row (text passed through) and a Denominator no indicator uses.
        let meta = try String(contentsOf: CLI.packageRoot.appendingPathComponent(Self.asemMeta), encoding: .utf8)
            + "NA,\"Notes\",\"Notes\",NA,NA,NA,NA,NA,NA,\"Other\"\nNA,\"Coast\",\"Coastline\",NA,NA,\"km\",NA,NA,NA,\"Denominator\"\n"
        let metaPath = try folder.write("iMeta.csv", meta)
        let (header, _) = try Self.asemTable()
        let data = try Self.derived(columns: header, extra: [("Notes", { "note \($0), with a comma" }), ("Coast", { "\($0 * 100)" })])
        let result = try Self.score(try folder.write("iData.csv", data), metaPath, in: folder)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == reference.stdout)
    }

    @Test func aGroupColumnIMetaDoesNotDeclareIsRefusedAsCOINrRefusesIt() throws {
        let folder = try TemporaryFolder()
        let (header, _) = try Self.asemTable()
        let path = try folder.write("region.csv", try Self.derived(columns: header, extra: [("Region_group", { $0 % 2 == 0 ? "A" : "B" })]))
        // The new column starts after the quoted names of the header and their commas.
        let column = header.map { $0.count + 3 }.reduce(0, +) + 1
        let result = try Self.score(path, in: folder)
        #expect(result.status == 1, "\(result)")  // data refused
        #expect(result.stderr.hasPrefix("Error: \(path):1:\(column): \"Region_group\" is not a code of the iMeta table (expected uCode, uName, Time or a code of the iMeta table (an Indicator, Denominator, Group or Other row); COINr refuses it too: \"Column names from iData not found in iMeta (excluding special columns).\")"), "\(result)")
    }
}
