// The score table as an analyst's CSV: what the ranking table shows, names beside codes, sorted by rank.

import AgileCore

extension RankingTable {
    /// The table `agile score --format csv --readable` prints: per country its code, name,
    /// rank and tier, the index and the level under it (or `level`'s nodes), each column headed
    /// by the node's id and name (`P1 AI Development Level`; the name alone when it starts with
    /// the id, as `AGILE Index`), and the development–governance
    /// match when the registry declares one; sorted by rank, scores with the table's one
    /// decimal. (`agile score --format csv` keeps COINr's layout.)
    public static func readable(framework: Framework, scores: Scores, countries: CountryCatalog, rows: [Int], level: Int) -> ResultTable {
        let indexColumn = scores.aggregated.columns.count - 1
        let levelColumns = Self.levelColumns(framework: framework, scores: scores, level: level)
        let hasTiers = !framework.method.tiers.isEmpty
        let matchByUnit = Dictionary((scores.match ?? []).map { ($0.unit, $0) }, uniquingKeysWith: { first, _ in first })
        let wording = framework.method.match.map(MatchWording.init(rule:))
        func heading(_ column: Int) -> String {
            let id = scores.aggregated.columns[column]
            let name = AuditTables.name(of: id, in: framework)
            return name.isEmpty ? id : name.hasPrefix(id) ? name : "\(id) \(name)"
        }
        var columns: [ResultTable.Column] = [.text("code", title: "Code"), .text("name", title: "Name"), .integer("rank", title: "Rank")]
        if hasTiers { columns.append(.text("tier", title: "Tier")) }
        columns += ([indexColumn] + levelColumns).map { .number(heading($0), title: heading($0), decimals: 1) }
        if scores.match != nil {
            columns += [.number("development", title: "Dev", decimals: 1), .number("governance", title: "Gov", decimals: 1),
                        .number("gap", title: "Gap", decimals: 1, signed: true), .text("quadrant", title: "Quadrant")]
        }
        let table = Self.order(rows, scores: scores).map { row -> [ResultTable.Cell] in
            let code = scores.units[row]
            var cells: [ResultTable.Cell] = [.text(code), .text(countries[alpha3: code]?.name ?? ""), .value(scores.ranks[row, indexColumn])]
            if hasTiers { cells.append(scores.tiers[row].map(ResultTable.Cell.text) ?? .missing) }
            cells += ([indexColumn] + levelColumns).map { .value(scores.aggregated[row, $0]) }
            if scores.match != nil {
                let match = matchByUnit[code]
                cells += [match.map { .value($0.development) } ?? .missing, match.map { .value($0.governance) } ?? .missing,
                          match.map { .value($0.gap) } ?? .missing,
                          match?.quadrant.map { .text(wording?.quadrantName($0) ?? $0.rawValue) } ?? .missing]
            }
            return cells
        }
        return ResultTable(columns: columns, rows: table)
    }

    /// `rows` sorted by the index's rank (missing ranks last), ties by code.
    static func order(_ rows: [Int], scores: Scores) -> [Int] {
        let indexColumn = scores.aggregated.columns.count - 1
        return rows.sorted { a, b in
            let (ra, rb) = (scores.ranks[a, indexColumn], scores.ranks[b, indexColumn])
            if ra.isNaN != rb.isNaN { return rb.isNaN }
            return ra == rb ? scores.units[a] < scores.units[b] : ra < rb
        }
    }

    /// The columns shown beside the index at `level`: the index view shows the level under
    /// the index (AGILE: the pillars).
    static func levelColumns(framework: Framework, scores: Scores, level: Int) -> [Int] {
        let indexColumn = scores.aggregated.columns.count - 1
        let shown = level == framework.depth ? max(1, level - 1) : level
        return scores.aggregated.columns.indices.filter { scores.levels[$0] == shown && $0 != indexColumn }
    }
}
