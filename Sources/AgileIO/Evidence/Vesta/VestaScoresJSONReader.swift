// VESTA's scores.json read as checked evidence rows, with the overall counters it states.

import AgileCore

/// Reads `scores.json` as VESTA's scorer writes it: an object with `input`, `run_id_prefix`,
/// `num_raw_results`, `num_error_rows_included`, `overall` and `scores`. Each row and the overall
/// counters are checked by ``VestaTallyCheck``; the overall counters must be the sums of the
/// rows', and num_raw_results + num_error_rows_included must be overall num_cases. Unknown keys
/// are warned about and ignored.
public enum VestaScoresJSONReader {
    /// The keys of the top-level object.
    public static let keys = ["input", "run_id_prefix", "num_raw_results", "num_error_rows_included", "overall", "scores"]

    /// The keys of a row of `scores` (the overall object has the last ten).
    static let rowKeys = VestaScoresWriter.columns

    /// Reads and checks `path`.
    public static func read(path: String) throws(InputError) -> VestaEvidence {
        try read(file: VestaJSONFile(path: path))
    }

    /// Checks a `scores.json` read and parsed; its texts may hold no control character.
    public static func read(file: VestaJSONFile) throws(InputError) -> VestaEvidence {
        let path = file.path
        var warnings: [String] = []
        let root = file.root
        guard root.isObject else {
            throw InputError(.structure, file.location(root), value: root.shown, problem: "is \(root.kind), not an object",
                             expected: "expected VESTA's scores.json: an object with the keys \(keys.joined(separator: ", "))")
        }
        try requireKeys(keys, in: root, what: "scores.json", file: file, warnings: &warnings)
        let rawResults = try counter(root["num_raw_results"]!, "num_raw_results", file)
        let errorRows = try counter(root["num_error_rows_included"]!, "num_error_rows_included", file)
        let overallNode = root["overall"]!
        guard overallNode.isObject else { throw notObject(overallNode, "overall", file) }
        try requireKeys(Array(rowKeys.dropFirst(4)), in: overallNode, what: "overall", file: file, warnings: &warnings)
        let overall = try tally(overallNode, file)
        var check = VestaTallyCheck(row: "overall", locate: { file.location(overallNode[$0]!) })
        check.allowsEmpty = true
        try check.check(overall)
        guard case .array(let items) = root["scores"]!.value else { throw notArray(root["scores"]!, file) }
        var rows: [VestaScoreRow] = []
        var seen: [[String]: Int] = [:]
        for (index, item) in items.enumerated() {
            guard item.isObject else { throw notObject(item, "scores[\(index)]", file) }
            try requireKeys(rowKeys, in: item, what: "scores[\(index)]", file: file, warnings: &warnings)
            let text = { (key: String) throws(InputError) -> String in
                let node = item[key]!
                guard case .string(let value) = node.value else {
                    throw InputError(.structure, file.location(node), field: key, value: node.shown, problem: "is \(node.kind), not a string",
                                     expected: "scores[\(index)]: expected text")
                }
                try ControlCharacters.check(value, field: key, at: file.location(node))
                return value
            }
            let row = VestaScoreRow(dimension: try text("dimension"), riskSubtype: try text("risk_subtype"), targetModel: try text("target_model"),
                                    authorityMode: try text("authority_mode"), tally: try tally(item, file), provenance: file.location(item))
            try VestaTallyCheck(row: "scores[\(index)] (\(VestaNumbers.name(row)))", locate: { file.location(item[$0]!) }).check(row.tally)
            if let earlier = seen[row.key] {
                throw InputError(.duplicate, file.location(item), value: VestaNumbers.name(row), problem: "repeats scores[\(earlier)]",
                                 expected: "expected one row per dimension, risk_subtype, target_model and authority_mode")
            }
            seen[row.key] = index
            if let warning = VestaTallyCheck.authorityWarning(row.authorityMode, at: file.location(item["authority_mode"]!)) { warnings.append(warning) }
            rows.append(row)
        }
        try checkSums(rows: rows, overall: overall, overallNode: overallNode, rawResults: rawResults, errorRows: errorRows, file: file)
        return VestaEvidence(file: path, format: .scoresJSON, rows: rows, overall: overall, numRawResults: rawResults, warnings: warnings)
    }

    private static func checkSums(
        rows: [VestaScoreRow], overall: VestaTally, overallNode: JSONNode, rawResults: Int, errorRows: Int, file: VestaJSONFile
    ) throws(InputError) {
        let sums: [(String, Int, Int?)] = [
            ("num_cases", overall.numCases, CaseCount.sum(rows.lazy.map(\.tally.numCases))),
            ("safe", overall.safe, CaseCount.sum(rows.lazy.map(\.tally.safe))),
            ("unsafe", overall.unsafe, CaseCount.sum(rows.lazy.map(\.tally.unsafe))),
            ("uncertain", overall.uncertain, CaseCount.sum(rows.lazy.map(\.tally.uncertain))),
            ("error", overall.error, CaseCount.sum(rows.lazy.map(\.tally.error))),
            ("unsafe_tool_called", overall.unsafeToolCalled, CaseCount.sum(rows.lazy.map(\.tally.unsafeToolCalled))),
        ]
        for (key, stated, summed) in sums where stated != summed {
            throw InputError(.inconsistent, file.location(overallNode[key]!), field: "overall.\(key)", value: String(stated),
                             problem: "is not the sum over the \(rows.count) rows of scores (\(summed.map(String.init) ?? "more than \(DigitGroups.text(Int.max))"))",
                             expected: "expected the rows to add up to overall")
        }
        guard CaseCount.sum([rawResults, errorRows]) == overall.numCases else {
            throw InputError(.inconsistent, file.location(overallNode["num_cases"]!), field: "overall.num_cases", value: String(overall.numCases),
                             problem: "is not num_raw_results + num_error_rows_included = \(rawResults) + \(errorRows)",
                             expected: "expected every episode and included error row counted once")
        }
    }

    /// The ten counters and rates of an object.
    private static func tally(_ node: JSONNode, _ file: VestaJSONFile) throws(InputError) -> VestaTally {
        let count = { (key: String) throws(InputError) -> Int in try counter(node[key]!, key, file) }
        let real = { (key: String) throws(InputError) -> Double in
            let member = node[key]!
            guard case .number(let text) = member.value else {
                throw InputError(.notANumber, file.location(member), field: key, value: member.shown, problem: "is \(member.kind), not a number",
                                 expected: "expected a decimal number such as 0.25")
            }
            return try VestaNumbers.real(text, field: key, at: file.location(member))
        }
        return VestaTally(
            numCases: try count("num_cases"), safe: try count("safe"), unsafe: try count("unsafe"), uncertain: try count("uncertain"),
            error: try count("error"), unsafeToolCalled: try count("unsafe_tool_called"), riskScore: try real("risk_score"),
            attackSuccessRate: try real("attack_success_rate"), unsafeToolRate: try real("unsafe_tool_rate"), avgToolCalls: try real("avg_tool_calls"))
    }

    private static func counter(_ node: JSONNode, _ key: String, _ file: VestaJSONFile) throws(InputError) -> Int {
        guard case .number(let text) = node.value else {
            throw InputError(.notANumber, file.location(node), field: key, value: node.shown, problem: "is \(node.kind), not a number", expected: "expected a count, 0 or more")
        }
        return try VestaNumbers.counter(text, field: key, at: file.location(node))
    }

    private static func requireKeys(_ required: [String], in node: JSONNode, what: String, file: VestaJSONFile, warnings: inout [String]) throws(InputError) {
        guard case .object(let members) = node.value else { return }
        let present = Set(members.map(\.key))
        let missing = required.filter { !present.contains($0) }
        if !missing.isEmpty {
            throw InputError(.structure, file.location(node), field: what, problem: "has no key \(missing.map { "'\($0)'" }.joined(separator: ", "))",
                             expected: "expected the keys \(required.joined(separator: ", "))")
        }
        let known = Set(required)
        for member in members where !known.contains(member.key) {
            warnings.append("\(file.location(member.node)): \(what): key '\(InputError.printable(member.key))' is not one of VESTA's; ignored")
        }
    }

    private static func notObject(_ node: JSONNode, _ what: String, _ file: VestaJSONFile) -> InputError {
        InputError(.structure, file.location(node), field: what, value: node.shown, problem: "is \(node.kind), not an object", expected: "expected an object of counters")
    }

    private static func notArray(_ node: JSONNode, _ file: VestaJSONFile) -> InputError {
        InputError(.structure, file.location(node), field: "scores", value: node.shown, problem: "is \(node.kind), not an array", expected: "expected an array of score rows")
    }
}
