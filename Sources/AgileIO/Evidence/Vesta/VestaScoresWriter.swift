// VESTA's scores.csv and scores.json, byte for byte as its Python scorer writes them.

import AgileCore

/// Writes ``VestaScores`` in VESTA's own layouts, so our output can be compared with VESTA's by
/// `cmp`.
///
/// - `scores.csv`: UTF-8 with a byte-order mark, CRLF line ends, fields quoted only when they
///   hold a comma, a quote, CR or LF (Python's `csv` defaults), numbers as Python prints them.
/// - `scores.json`: Python's `json.dump(…, indent=2, ensure_ascii=False)` — two-space indent,
///   `": "` between key and value, no newline at the end.
public enum VestaScoresWriter {
    /// The header of `scores.csv`.
    public static let columns = [
        "dimension", "risk_subtype", "target_model", "authority_mode", "num_cases", "safe", "unsafe", "uncertain", "error",
        "unsafe_tool_called", "risk_score", "attack_success_rate", "unsafe_tool_rate", "avg_tool_calls",
    ]

    /// The bytes of `scores.csv` (VESTA writes no file at all when there are no rows; this
    /// gives the header alone then).
    public static func csv(_ scores: VestaScores) -> [UInt8] {
        var text = columns.joined(separator: ",") + "\r\n"
        for row in scores.rows {
            let fields = [row.dimension, row.riskSubtype, row.targetModel, row.authorityMode].map(CSVQuoting.field)
                + counterTexts(row.tally)
            text += fields.joined(separator: ",") + "\r\n"
        }
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    /// The text of `scores.json`; `input` is the path VESTA was given.
    public static func json(_ scores: VestaScores, input: String) -> String {
        var out = "{\n"
        out += "  \"input\": \(jsonString(input)),\n"
        out += "  \"run_id_prefix\": null,\n"
        out += "  \"num_raw_results\": \(scores.numRawResults),\n"
        out += "  \"num_error_rows_included\": \(scores.numErrorRowsIncluded),\n"
        out += "  \"overall\": " + object(counterPairs(scores.overall), indent: 2) + ",\n"
        if scores.rows.isEmpty {
            out += "  \"scores\": []\n"
        } else {
            out += "  \"scores\": [\n"
            out += scores.rows.map { row in
                let keys = [("dimension", row.dimension), ("risk_subtype", row.riskSubtype), ("target_model", row.targetModel),
                            ("authority_mode", row.authorityMode)].map { ($0.0, jsonString($0.1)) }
                return "    " + object(keys + counterPairs(row.tally), indent: 4)
            }.joined(separator: ",\n")
            out += "\n  ]\n"
        }
        return out + "}"
    }

    /// The ten counters and rates of a tally as Python prints them, in column order.
    static func counterTexts(_ tally: VestaTally) -> [String] { counterPairs(tally).map(\.1) }

    private static func counterPairs(_ tally: VestaTally) -> [(String, String)] {
        [
            ("num_cases", String(tally.numCases)), ("safe", String(tally.safe)), ("unsafe", String(tally.unsafe)),
            ("uncertain", String(tally.uncertain)), ("error", String(tally.error)), ("unsafe_tool_called", String(tally.unsafeToolCalled)),
            ("risk_score", PythonFloatRepr.string(tally.riskScore)),
            ("attack_success_rate", PythonFloatRepr.string(tally.attackSuccessRate)),
            ("unsafe_tool_rate", PythonFloatRepr.string(tally.unsafeToolRate)),
            ("avg_tool_calls", PythonFloatRepr.string(tally.avgToolCalls)),
        ]
    }

    /// An object of already-written values, its closing brace at `indent` spaces.
    private static func object(_ pairs: [(String, String)], indent: Int) -> String {
        let inner = String(repeating: " ", count: indent + 2)
        let members = pairs.map { inner + jsonString($0.0) + ": " + $0.1 }.joined(separator: ",\n")
        return "{\n" + members + "\n" + String(repeating: " ", count: indent) + "}"
    }

    /// A string as Python's `json` writes it with `ensure_ascii=False` (``JSONText``'s rules).
    static func jsonString(_ text: String) -> String { JSONText.string(text) }
}
