// Our CSV exports neutralise names a spreadsheet would run as formulas (OWASP), numbers stay
// numbers, and `agile evidence vesta-score` keeps VESTA's bytes (the documented exception).

import Foundation
import Testing

@Suite struct FormulaInjectionTests {
    static let tables = ["--coinr", "Tests/Fixtures/formula/iData.csv", "Tests/Fixtures/formula/iMeta.csv"]
    static let method = ["--treat", "none", "--normalise", "zscore:0,1", "--aggregate", "arithmetic"]

    static func expected(_ name: String) throws -> String {
        try String(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/Fixtures/formula/\(name)"), encoding: .utf8)
    }

    /// Each `--format csv` export of the hostile table, against its hand-worked fixture.
    @Test(arguments: [
        (["score", "--format", "csv"], "score.csv.expected"),
        (["audit", "weights", "--format", "csv"], "weights.csv.expected"),
        (["audit", "weights", "--correlations", "--format", "csv"], "correlations.csv.expected"),
        (["audit", "remove", "--format", "csv"], "remove.csv.expected"),
    ])
    func exportsNeutraliseFormulas(_ command: [String], _ fixture: String) throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile(command + Self.tables + Self.method)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == (try Self.expected(fixture)), "\(result)")
        for row in result.lines.dropLast() {
            for cell in Self.cells(row) where cell.first.map({ "=+-@".contains($0) }) == true {
                #expect(Double(cell) != nil, "\(fixture): the text cell \(cell) of \(row) is not neutralised")
            }
        }
    }

    /// The replications export: the hostile node names and the methods (which hold a comma) are
    /// one quoted cell each, so every row has the header's width.
    @Test func replicationsExportKeepsItsColumns() throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile(["audit", "uncertainty", "--n", "4", "--seed", "1", "--normalise-choices", "minmax:0,100", "zscore:0,1",
                                       "--export", folder.path("replications.csv")] + Self.tables + Self.method)
        #expect(result.status == 0, "\(result)")
        let lines = try String(contentsOfFile: folder.path("replications.csv"), encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.first == "rep,winmax,normalisation,aggregation,weight:+P,\"weight:Q,2\",AUT,BEL,CHE")
        #expect(lines.count == 6)
        for line in lines {
            #expect(Self.cells(line).count == 9, "\(line)")
        }
        #expect(lines.dropFirst(2).allSatisfy { $0.contains(",\"minmax:0,100\",") || $0.contains(",\"zscore:0,1\",") }, "\(lines)")
    }

    /// vesta-score prints VESTA's scores.csv byte for byte: names that start with = or @ are
    /// left as Python's csv module writes them (quoted only for the quotes they hold).
    @Test func vestaScoreKeepsVESTAsBytes() throws {
        let folder = try TemporaryFolder()
        let running = try CLI.start(["evidence", "vesta-score", "Tests/Fixtures/formula/vesta-results.json"], in: folder)
        let result = try running.wait()
        #expect(result.status == 0, "\(result)")
        let header = "dimension,risk_subtype,target_model,authority_mode,num_cases,safe,unsafe,uncertain,error,unsafe_tool_called,risk_score,attack_success_rate,unsafe_tool_rate,avg_tool_calls"
        let row = "=1+2,@cmd,\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\",soft,2,1,1,0,0,0,50.0,0.5,0.0,1.5"
        #expect(Array(try Data(contentsOf: running.out)) == [0xEF, 0xBB, 0xBF] + Array("\(header)\r\n\(row)\r\n".utf8))
    }

    /// The cells of a CSV row (RFC 4180: quotes around a cell, doubled inside).
    static func cells(_ row: String) -> [String] {
        var cells: [String] = [], cell = "", quoted = false, previous: Character?
        for character in row {
            if quoted {
                if character == "\"" { quoted = false } else { cell.append(character) }
            } else if character == "\"" {
                if previous == "\"" { cell.append("\"") }
                quoted = true
            } else if character == "," {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
            previous = character
        }
        return cells + [cell]
    }
}
