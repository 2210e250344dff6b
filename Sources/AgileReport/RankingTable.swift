// The `score` table: countries sorted by rank, aligned, readable at a glance.

import AgileCore

/// A text table of one level of a run, sorted by the rank of the index, under notes that say
/// what was scored and how.
///
/// ```
/// Rank  Country               AGILE  Tier        P1    P2    P3    P4   Dev   Gov   Gap  Quadrant
///    1  USA United States      71.2  leading   95.1  62.3  …
/// ```
public struct RankingTable {
    public let text: String

    /// The table of `rows` of `scores` at `level` (the index's level shows the level under it
    /// too), quadrants named as the registry's match labels word them.
    /// - Parameters:
    ///   - weights: the weights as the run records them; `method`: its method choices (empty:
    ///     the registry's); `runID`: the run recorded, if it was.
    ///   - vintages: the vintages of the values scored (`nil`: data without vintages, COINr tables).
    public init(
        framework: Framework, scores: Scores, countries: CountryCatalog, rows: [Int], level: Int,
        weights: String, method: String, illustrative: Bool, runID: Int64?, vintages: VintageSelection? = nil
    ) {
        let indexColumn = scores.aggregated.columns.count - 1
        let order = Self.order(rows, scores: scores)
        let levelColumns = Self.levelColumns(framework: framework, scores: scores, level: level)
        let matchByUnit = Dictionary((scores.match ?? []).map { ($0.unit, $0) }, uniquingKeysWith: { first, _ in first })
        let indexName = framework.aggregates(atLevel: framework.depth).first?.id ?? "Index"
        let wording = framework.method.match.map(MatchWording.init(rule:))

        let hasTiers = !framework.method.tiers.isEmpty
        var header = ["Rank", "Country", "", indexName] + (hasTiers ? ["Tier"] : [])
        header += levelColumns.map { scores.aggregated.columns[$0] }
        if scores.match != nil { header += ["Dev", "Gov", "Gap", "Quadrant"] }
        var table: [[String]] = [header]
        for row in order {
            let code = scores.units[row]
            var cells = [RankingTable.rank(scores.ranks[row, indexColumn]), code,
                         String((countries[alpha3: code]?.name ?? "").prefix(22)),
                         RankingTable.number(scores.aggregated[row, indexColumn])] + (hasTiers ? [scores.tiers[row] ?? "–"] : [])
            cells += levelColumns.map { RankingTable.number(scores.aggregated[row, $0]) }
            if scores.match != nil {
                if let match = matchByUnit[code] {
                    cells += [RankingTable.number(match.development), RankingTable.number(match.governance),
                              RankingTable.signed(match.gap), match.quadrant.map { wording?.quadrantName($0) ?? "–" } ?? "–"]
                } else {
                    cells += ["–", "–", "–", "–"]
                }
            }
            table.append(cells)
        }
        let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        let leftAligned: Set<Int> = hasTiers ? [1, 2, 4, header.count - 1] : [1, 2, header.count - 1]
        var lines = table.map { cells in
            cells.indices.map { column in
                RankingTable.pad(cells[column], widths[column], right: !leftAligned.contains(column) || (column == header.count - 1 && scores.match == nil))
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var notes: [String] = []
        notes.append("\(framework.name): \(scores.units.count) countries ranked; weights \(weights); method \(method.isEmpty ? "as the registry declares" : method)")
        if let vintages { notes.append("Vintages: \(vintages.label).") }
        if illustrative { notes.append(framework.publication.illustrativeResultsNote) }
        if let runID { notes.append("Stored as run \(runID).") }
        lines.insert(contentsOf: notes, at: 0)
        lines.insert("", at: notes.count)
        text = lines.joined(separator: "\n")
    }

    /// A score with one decimal (`57.9`, `-0.1`, never `-0.0`); `–` when missing; a magnitude
    /// of 10¹⁴ or more as Swift writes it (`1e+300`), which one decimal cannot show.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        guard value.magnitude < 1e14 else { return "\(value)" }
        return FixedDecimal.text(value, decimals: 1)
    }

    static func signed(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        return (value > 0 ? "+" : "") + number(value)
    }

    static func rank(_ value: Double) -> String {
        value.isNaN ? "–" : String(Int(value))
    }

    /// Pads `text` to `width` characters (left-aligned, or right-aligned for numbers).
    static func pad(_ text: String, _ width: Int, right: Bool) -> String {
        let gap = String(repeating: " ", count: max(0, width - text.count))
        return right ? gap + text : text + gap
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
