// The `score` table: countries sorted by rank, aligned, readable at a glance.

import AgileCore
import AgileUseCases

/// A text table of one level of a run, sorted by the rank of the index.
///
/// ```
/// Rank  Country               AGILE  Tier        P1    P2    P3    P4   Dev   Gov   Gap  Quadrant
///    1  USA United States      71.2  leading   95.1  62.3  …
/// ```
struct RankingTable {
    let text: String

    init(run: ScoredRun, rows: [Int], level: Int) {
        let scores = run.scores
        let framework = run.framework
        let indexColumn = scores.aggregated.columns.count - 1
        let order = rows.sorted { a, b in
            let (ra, rb) = (scores.ranks[a, indexColumn], scores.ranks[b, indexColumn])
            if ra.isNaN != rb.isNaN { return rb.isNaN }
            return ra == rb ? scores.units[a] < scores.units[b] : ra < rb
        }
        // The index view shows the level under the index too (AGILE: the pillars).
        let shown = level == framework.depth ? max(1, level - 1) : level
        let levelColumns = scores.aggregated.columns.indices.filter { scores.levels[$0] == shown && $0 != indexColumn }
        let matchByUnit = Dictionary((scores.match ?? []).map { ($0.unit, $0) }, uniquingKeysWith: { first, _ in first })
        let indexName = framework.aggregates(atLevel: framework.depth).first?.id ?? "Index"

        let hasTiers = !framework.method.tiers.isEmpty
        var header = ["Rank", "Country", "", indexName] + (hasTiers ? ["Tier"] : [])
        header += levelColumns.map { scores.aggregated.columns[$0] }
        if scores.match != nil { header += ["Dev", "Gov", "Gap", "Quadrant"] }
        var table: [[String]] = [header]
        for row in order {
            let code = scores.units[row]
            var cells = [RankingTable.rank(scores.ranks[row, indexColumn]), code,
                         String((run.countries[alpha3: code]?.name ?? "").prefix(22)),
                         RankingTable.number(scores.aggregated[row, indexColumn])] + (hasTiers ? [scores.tiers[row] ?? "–"] : [])
            cells += levelColumns.map { RankingTable.number(scores.aggregated[row, $0]) }
            if scores.match != nil {
                if let match = matchByUnit[code] {
                    cells += [RankingTable.number(match.development), RankingTable.number(match.governance),
                              RankingTable.signed(match.gap), match.quadrant.map(RankingTable.quadrant) ?? "–"]
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
                Terminal.pad(cells[column], widths[column], right: !leftAligned.contains(column) || (column == header.count - 1 && scores.match == nil))
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var notes: [String] = []
        notes.append("\(framework.name): \(scores.units.count) countries ranked; weights \(run.weightsText); method \(run.methodText.isEmpty ? "as the registry declares" : run.methodText)")
        if run.illustrative { notes.append(framework.publication.illustrativeResultsNote) }
        if let id = run.runID { notes.append("Stored as run \(id).") }
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

    static func quadrant(_ quadrant: MatchQuadrant) -> String {
        switch quadrant {
        case .bothHigh: "both high"
        case .developmentAhead: "development ahead"
        case .governanceAhead: "governance ahead"
        case .bothLow: "both low"
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
