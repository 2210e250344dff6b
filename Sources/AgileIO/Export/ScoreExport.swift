// Scores as CSV (COINr-compatible columns) and JSON, for other tools to check and use.

import AgileCore
import Foundation

/// Writers of a run's scores.
///
/// CSV has one row per unit: its code, then each aggregate's score and rank, with the
/// aggregate codes as column names — `uCode,Physical,Physical_rank,…,Index,Index_rank` — numbers
/// in full precision (the shortest text that reads back as the same Double), `NA` for missing,
/// as COINr writes them, rows sorted by unit code, so a COINr user can hold the two side by side.
/// Codes are text cells (``CSVText/cell(_:)``): one a spreadsheet would run as a formula is
/// neutralised; numbers are written as they are.
public enum ScoreExport {
    /// The CSV of `scores`, for the aggregates of `levels` (all aggregate levels when `nil`;
    /// level 1 gives the normalised indicators).
    public static func csv(_ scores: Scores, levels: Set<Int>? = nil, unitColumn: String = "uCode") -> String {
        let columns = scores.aggregated.columns.indices.filter { column in
            let level = scores.levels[column]
            return levels.map { $0.contains(level) } ?? (level >= 2)
        }
        var lines = [([CSVText.cell(unitColumn)] + columns.flatMap { [CSVText.cell(scores.aggregated.columns[$0]), CSVText.cell(scores.aggregated.columns[$0] + "_rank")] }).joined(separator: ",")]
        for row in scores.units.indices.sorted(by: { scores.units[$0] < scores.units[$1] }) {
            var fields = [CSVText.cell(scores.units[row])]
            for column in columns {
                fields.append(number(scores.aggregated[row, column]))
                fields.append(rank(scores.ranks[row, column]))
            }
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON document of the run: every node's score and rank per unit, tier, and the
    /// development–governance match, and whether any value scored is illustrative. Keys are
    /// sorted, so the same run gives the same bytes.
    public static func json(
        _ scores: Scores, framework: Framework, countries: CountryCatalog?, weights: String, method: String, illustrative: Bool = false,
        vintages: VintageSelection? = nil
    ) throws -> String {
        try encoded(document(scores, framework: framework, countries: countries, weights: weights, method: method, illustrative: illustrative,
                             vintages: vintages))
    }

    /// The document ``json(_:framework:countries:weights:method:illustrative:vintages:)`` writes.
    static func document(
        _ scores: Scores, framework: Framework, countries: CountryCatalog?, weights: String, method: String, illustrative: Bool,
        vintages: VintageSelection? = nil
    ) -> Document {
        let matchByUnit = Dictionary((scores.match ?? []).map { ($0.unit, $0) }, uniquingKeysWith: { first, _ in first })
        return Document(
            framework: framework.id, edition: framework.edition, weights: weights, method: method, illustrative: illustrative,
            vintages: vintages.map(Vintages.init),
            units: scores.units.enumerated().map { row, code in
                var nodes: [String: NodeScore] = [:]
                for (column, node) in scores.aggregated.columns.enumerated() {
                    nodes[node] = NodeScore(score: finite(scores.aggregated[row, column]), rank: finite(scores.ranks[row, column]).map { Int($0) })
                }
                let match = matchByUnit[code].map {
                    Match(development: finite($0.development), governance: finite($0.governance), gap: finite($0.gap), quadrant: $0.quadrant?.rawValue)
                }
                return Unit(code: code, name: countries?[alpha3: code]?.name, tier: scores.tiers[row], match: match, scores: nodes)
            })
    }

    /// `value` as pretty-printed JSON with sorted keys (the same run gives the same bytes).
    static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    struct Document: Encodable {
        var framework: String
        var edition: Int
        /// The year of a COINr table with several (`Time`); absent for one time point.
        var time: Int?
        var weights: String
        var method: String
        /// True when a value scored came from a file marked illustrative.
        var illustrative: Bool
        /// The vintages of the values scored; absent for COINr tables.
        var vintages: Vintages?
        var units: [Unit]
    }

    /// `{"selection": "as-published", "cutoff": "2025-02-21"}`; no cutoff for `revised`.
    struct Vintages: Encodable {
        var selection: String
        var cutoff: String?

        init(_ vintages: VintageSelection) {
            switch vintages {
            case .revised: selection = "revised"
            case .asPublished: selection = "as-published"
            case .asOf: selection = "as-of"
            }
            cutoff = vintages.cutoff?.description
        }
    }

    struct Unit: Encodable {
        var code: String
        var name: String?
        var tier: String?
        var match: Match?
        var scores: [String: NodeScore]
    }

    struct NodeScore: Encodable {
        var score: Double?
        var rank: Int?
    }

    struct Match: Encodable {
        var development: Double?
        var governance: Double?
        var gap: Double?
        var quadrant: String?
    }

    static func finite(_ value: Double) -> Double? { value.isFinite ? value : nil }

    static func number(_ value: Double) -> String { value.isNaN ? "NA" : "\(value)" }

    static func rank(_ value: Double) -> String { value.isNaN ? "NA" : String(Int(value)) }
}
