// VESTA's scores.csv (UTF-8 byte-order mark, CRLF) read as checked evidence rows.

import AgileCore

/// Reads `scores.csv` as VESTA's scorer writes it: the exact 14-column header, one row per
/// dimension × sub-category × model × authority mode, each row checked by ``VestaTallyCheck``,
/// no row repeated. The overall counters are the rows' sums with rates worked out again.
public enum VestaScoresCSVReader {
    /// The header line VESTA writes.
    public static let header = VestaScoresWriter.columns.joined(separator: ",")

    /// Reads and checks `path`.
    public static func read(path: String) throws(InputError) -> VestaEvidence {
        try read(file: InputFile(path: path))
    }

    /// Reads and checks a file already open, from where it stands.
    public static func read(file: InputFile) throws(InputError) -> VestaEvidence {
        let path = file.path
        let scanner = CSVScanner(file: file)
        let head = try CSVHeader.read(from: scanner, expected: "expected the header \(header)")
        guard head.names == VestaScoresWriter.columns else {
            throw InputError(.structure, Provenance(file: path, line: head.line), field: "header", value: head.names.joined(separator: ","),
                             problem: "is not the header of VESTA's scores.csv", expected: "expected \(header)")
        }
        scanner.fieldNames = VestaScoresWriter.columns
        var rows: [VestaScoreRow] = []
        var seen: [[String]: Int] = [:]
        var warnings: [String] = []
        var sum = (cases: 0, safe: 0, unsafe: 0, uncertain: 0, error: 0, tools: 0)
        while try scanner.nextRow() {
            try head.checkWidth(of: scanner)
            let field = { (name: String) in VestaScoresWriter.columns.firstIndex(of: name)! }
            let locate = { (name: String) in scanner.location(field(name)) }
            let text = { (name: String) in scanner.string(field(name)) }
            let counter = { (name: String) throws(InputError) -> Int in try VestaNumbers.counter(text(name), field: name, at: locate(name)) }
            let real = { (name: String) throws(InputError) -> Double in try VestaNumbers.real(text(name), field: name, at: locate(name)) }
            let tally = VestaTally(
                numCases: try counter("num_cases"), safe: try counter("safe"), unsafe: try counter("unsafe"),
                uncertain: try counter("uncertain"), error: try counter("error"), unsafeToolCalled: try counter("unsafe_tool_called"),
                riskScore: try real("risk_score"), attackSuccessRate: try real("attack_success_rate"),
                unsafeToolRate: try real("unsafe_tool_rate"), avgToolCalls: try real("avg_tool_calls"))
            let row = VestaScoreRow(dimension: text("dimension"), riskSubtype: text("risk_subtype"), targetModel: text("target_model"),
                                    authorityMode: text("authority_mode"), tally: tally, provenance: Provenance(file: path, line: scanner.line))
            try VestaTallyCheck(row: "row on line \(scanner.line) (\(VestaNumbers.name(row)))", locate: locate).check(tally)
            if let earlier = seen[row.key] {
                throw InputError(.duplicate, Provenance(file: path, line: scanner.line), value: VestaNumbers.name(row), problem: "repeats the row on line \(earlier)",
                                 expected: "expected one row per dimension, risk_subtype, target_model and authority_mode")
            }
            seen[row.key] = scanner.line
            if let warning = VestaTallyCheck.authorityWarning(row.authorityMode, at: locate("authority_mode")) { warnings.append(warning) }
            // Counters are at most CaseCount.maximum, so these sums cannot overflow before
            // the file's rows run out of memory; checked all the same.
            guard let cases = CaseCount.sum([sum.cases, tally.numCases]), let safe = CaseCount.sum([sum.safe, tally.safe]),
                  let unsafe = CaseCount.sum([sum.unsafe, tally.unsafe]), let uncertain = CaseCount.sum([sum.uncertain, tally.uncertain]),
                  let error = CaseCount.sum([sum.error, tally.error]), let tools = CaseCount.sum([sum.tools, tally.unsafeToolCalled]) else {
                throw InputError(.outOfRange, Provenance(file: path, line: scanner.line), problem: "brings the rows' counters to more than \(DigitGroups.text(Int.max))",
                                 expected: "expected counters whose sums over the file fit")
            }
            sum = (cases, safe, unsafe, uncertain, error, tools)
            rows.append(row)
        }
        if rows.isEmpty { warnings.append("\(path): has a header but no rows") }
        var overall = VestaTally(numCases: sum.cases, safe: sum.safe, unsafe: sum.unsafe, uncertain: sum.uncertain, error: sum.error,
                                 unsafeToolCalled: sum.tools, toolCallSum: 0)
        overall.toolCallSum = nil
        overall.avgToolCalls = averageToolCalls(rows, cases: sum.cases)
        return VestaEvidence(file: path, format: .scoresCSV, rows: rows, overall: overall, numRawResults: nil, warnings: warnings)
    }

    /// Tool calls per case over all rows, from the rows' (rounded) averages weighted by their
    /// cases (`cases` in all).
    static func averageToolCalls(_ rows: [VestaScoreRow], cases: Int) -> Double {
        guard cases > 0 else { return 0 }
        let calls = rows.reduce(0.0) { $0 + $1.tally.avgToolCalls * Double($1.tally.numCases) }
        return PythonRounding.round(calls / Double(cases), places: 2)
    }
}
