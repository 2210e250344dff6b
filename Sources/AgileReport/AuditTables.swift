// The tables of the audit commands as ResultTables: one column set per audit, names beside codes.

import AgileCore

/// The tables `agile audit compare`, `uncertainty`, `sensitivity`, `weights` and `remove`
/// print, in every ``TableFormat``: the same rows in the same order as the text table, each
/// country's and node's name beside its code (in the text table only where it fits).
public enum AuditTables {
    /// A weight comparison, in the rows' order (the biggest movers first): country, name, the
    /// two scores and their change, the two ranks and the places gained (+ = up).
    public static func comparison(_ rows: [WeightComparison.Row], names: CountryNames) -> ResultTable {
        ResultTable(
            columns: [
                .text("country", title: "Country"), .text("country_name", title: "", width: 22),
                .number("score_a", title: "Score A", decimals: 2), .number("score_b", title: "Score B", decimals: 2),
                .number("score_change", title: "Change", decimals: 2, signed: true),
                .integer("rank_a", title: "Rank A"), .integer("rank_b", title: "Rank B"), .integer("places", title: "Places", signed: true),
            ],
            rows: rows.map { row in
                [.text(row.unit), .text(names.name(row.unit) ?? ""), .value(row.firstScore), .value(row.secondScore), .value(row.scoreChange),
                 .value(row.firstRank), .value(row.secondRank), .value(row.rankChange)]
            })
    }

    /// Rank statistics of an uncertainty analysis, sorted by nominal rank (then code).
    public static func rankStatistics(_ statistics: [RankStatistics], names: CountryNames) -> ResultTable {
        ResultTable(
            columns: [
                .integer("nominal_rank", title: "Nominal"), .text("country", title: "Country"), .text("country_name", title: "", width: 22),
                .number("mean_rank", title: "Mean", decimals: 2), .number("median_rank", title: "Median", decimals: 1),
                .number("rank_q5", title: "Q5", decimals: 1), .number("rank_q95", title: "Q95", decimals: 1),
                .number("mean_abs_rank_shift", title: "MeanShift", decimals: 2),
            ],
            rows: statistics.sorted { ($0.nominal.isNaN ? .infinity : $0.nominal, $0.unit) < ($1.nominal.isNaN ? .infinity : $1.nominal, $1.unit) }.map { s in
                [.value(s.nominal), .text(s.unit), .text(names.name(s.unit) ?? ""), .value(s.mean), .value(s.median), .value(s.percentile5),
                 .value(s.percentile95), .value(s.meanAbsoluteShift)]
            })
    }

    /// Sobol indices as a sensitivity reading shows them: each index and bound clipped to
    /// [0, 1], with its flags (none: missing).
    public static func sobol(_ reading: SobolReading) -> ResultTable {
        ResultTable(
            columns: [
                .text("input", title: "Input"),
                .number("si", title: "Si", decimals: 3), .number("si_q5", title: "Si 5 %", decimals: 3), .number("si_q95", title: "Si 95 %", decimals: 3),
                .number("sti", title: "STi", decimals: 3), .number("sti_q5", title: "STi 5 %", decimals: 3), .number("sti_q95", title: "STi 95 %", decimals: 3),
                .text("flags", title: "Flags"),
            ],
            rows: reading.rows.map { row in
                [.text(row.input), .value(row.firstOrder), .value(row.firstOrderBounds.lowerBound), .value(row.firstOrderBounds.upperBound),
                 .value(row.total), .value(row.totalBounds.lowerBound), .value(row.totalBounds.upperBound),
                 row.flags.isEmpty ? .missing : .text(row.flags.joined(separator: "; "))]
            })
    }

    /// Declared and effective shares of the index, as percentages, per node below the root.
    public static func weightShares(_ shares: WeightShares, framework: Framework) -> ResultTable {
        let words = LevelWords(framework)
        return ResultTable(
            columns: [
                .text("level", title: "Level"), .text("node", title: "Node"), .text("node_name", title: "Name", inText: false), .text("parent", title: "Parent"),
                .number("declared_percent", title: "Declared%", decimals: 1), .number("implied_percent", title: "Implied%", decimals: 1),
                .number("r", title: "r", decimals: 2), .number("r_share_percent", title: "rShare%", decimals: 1), .text("flags", title: "Flags"),
            ],
            rows: shares.nodes.map { node in
                [.text(words.modifier(node.level)), .text(node.node), .text(name(of: node.node, in: framework)), .text(node.parent),
                 .value(node.declared * 100), .value(node.implied * 100), .value(node.correlation), .value(node.correlationShare * 100),
                 .text(node.divergences.map(\.rawValue).joined(separator: ";"))]
            })
    }

    /// The correlation matrices within every aggregate, one row per pair of children.
    public static func correlations(_ blocks: [ChildCorrelations], framework: Framework) -> ResultTable {
        var rows: [[ResultTable.Cell]] = []
        for block in blocks {
            for (row, a) in block.children.enumerated() {
                for (column, b) in block.children.enumerated() {
                    rows.append([.text(block.parent), .text(name(of: block.parent, in: framework)), .text(a), .text(name(of: a, in: framework)),
                                 .text(b), .text(name(of: b, in: framework)), .value(block.matrix[row][column])])
                }
            }
        }
        return ResultTable(
            columns: [
                .text("parent", title: "Parent"), .text("parent_name", title: "Name"), .text("row", title: "Row"), .text("row_name", title: "Name"),
                .text("column", title: "Column"), .text("column_name", title: "Name"), .number("r", title: "r", decimals: 2),
            ],
            rows: rows)
    }

    /// Leave-one-out removals, in the order given (the largest mean rank change first).
    public static func removals(_ removals: [NodeRemoval], framework: Framework, names: CountryNames) -> ResultTable {
        let words = LevelWords(framework)
        return ResultTable(
            columns: [
                .text("node", title: "Node"), .text("node_name", title: "Name", inText: false), .text("level", title: "Level", inText: false),
                .number("mean_abs_rank_change", title: "MeanShift", decimals: 2),
                .text("largest_mover", title: "LargestMover"), .text("largest_mover_name", title: "", width: 22),
                .integer("places", title: "Places", signed: true),
            ],
            rows: removals.map { removal in
                [.text(removal.node), .text(name(of: removal.node, in: framework)), .text(words.modifier(removal.level)),
                 .value(removal.meanAbsoluteRankChange), removal.largestMover.map(ResultTable.Cell.text) ?? .missing,
                 .text(removal.largestMover.flatMap(names.name) ?? ""), .value(removal.largestMove)]
            })
    }

    /// A node's name as the framework declares it (empty when it declares none but the id).
    static func name(of node: String, in framework: Framework) -> String {
        let name = framework.indicator(node)?.name ?? framework.aggregate(node)?.name ?? ""
        return name == node ? "" : name
    }
}
