// The tables of `agile audit stats`, `pca`, `alpha` and `optimise` as ResultTables.

import AgileCore

/// The statistical-coherence tables, in every ``TableFormat``: one row per indicator, group or
/// node, each node's name beside its code (in the text table only where it fits).
public enum CoherenceTables {
    /// Descriptive statistics per indicator (COINr's `get_stats` columns), with the shares of
    /// zeros and of ties and r with the parent.
    public static func statistics(_ rows: [IndicatorStatistics], framework: Framework) -> ResultTable {
        ResultTable(
            columns: [
                .text("indicator", title: "Indicator"), .text("indicator_name", title: "Name", inText: false),
                .integer("n", title: "n"), .number("available_percent", title: "Avail%", decimals: 0),
                .number("min", title: "Min", decimals: 2), .number("max", title: "Max", decimals: 2), .number("mean", title: "Mean", decimals: 2),
                .number("median", title: "Median", decimals: 2), .number("sd", title: "SD", decimals: 2),
                .number("skew", title: "Skew", decimals: 2), .number("kurtosis", title: "Kurt", decimals: 2),
                .number("zeros_percent", title: "Zero%", decimals: 0), .number("ties_percent", title: "Tie%", decimals: 0),
                ResultTable.Column("unique", title: "Unique", kind: .integer, inText: false),
                .number("r_parent", title: "rParent", decimals: 2), .text("flags", title: "Flags"),
            ],
            rows: rows.map { s in
                var flags: [String] = []
                if s.lowAvailability { flags.append("availability") }
                if s.fewNonZero { flags.append("zeros") }
                if s.fewUnique { flags.append("unique") }
                if s.outliers { flags.append("outliers") }
                return [.text(s.code), .text(AuditTables.name(of: s.code, in: framework)), .value(Double(s.available)), .value(s.availableFraction * 100),
                        .value(s.minimum), .value(s.maximum), .value(s.mean), .value(s.median), .value(s.standardDeviation), .value(s.skew), .value(s.kurtosis),
                        .value((1 - s.nonZeroFraction) * 100), .value(s.sameFraction * 100), .value(Double(s.unique)),
                        s.parentCorrelation.map(ResultTable.Cell.value) ?? .missing, .text(flags.joined(separator: ";"))]
            })
    }

    /// One row per aggregate: units used, the variance shares of the first two components, the
    /// flags; a group with no PCA says why.
    public static func components(_ groups: [GroupPCA], framework: Framework) -> ResultTable {
        let words = LevelWords(framework)
        return ResultTable(
            columns: [
                .text("group", title: "Group"), .text("group_name", title: "Name", inText: false), .text("level", title: "Level"),
                .integer("children", title: "Children"), .integer("units_used", title: "Units"),
                .number("pc1_percent", title: "PC1%", decimals: 1), .number("pc2_percent", title: "PC2%", decimals: 1),
                .text("flags", title: "Flags"),
            ],
            rows: groups.map { pca in
                let shares = pca.varianceShares
                var flags: [String] = pca.skipped.map { ["no PCA: \($0)"] } ?? []
                if pca.skipped == nil && pca.firstShare < GroupPCA.firstShareBound { flags.append("PC1 under \(CoherenceSection.firstShareBound)") }
                if !pca.againstOthers.isEmpty { flags.append("against: " + pca.againstOthers.joined(separator: ",")) }
                return [.text(pca.parent), .text(AuditTables.name(of: pca.parent, in: framework)), .text(words.modifier(pca.level)),
                        .value(Double(pca.children.count)), .value(Double(pca.completeUnits)),
                        shares.count > 0 ? .value(shares[0] * 100) : .missing, shares.count > 1 ? .value(shares[1] * 100) : .missing,
                        .text(flags.joined(separator: "; "))]
            })
    }

    /// One row per child of every group with a PCA: its loadings on the first two components
    /// (turned so each component's loadings sum to 0 or more), the first loading as COINr's
    /// PCA weight and as a share of the group's absolute loadings.
    public static func loadings(_ groups: [GroupPCA], framework: Framework) -> ResultTable {
        var rows: [[ResultTable.Cell]] = []
        for pca in groups where pca.skipped == nil {
            let shares = pca.weightShares
            for (i, child) in pca.children.enumerated() {
                rows.append([.text(pca.parent), .text(child), .text(AuditTables.name(of: child, in: framework)),
                             .value(pca.loadings[0][i]), pca.loadings.count > 1 ? .value(pca.loadings[1][i]) : .missing,
                             .value(shares[i] * 100)])
            }
        }
        return ResultTable(
            columns: [
                .text("group", title: "Group"), .text("child", title: "Child"), .text("child_name", title: "Name", inText: false),
                .number("pc1_loading", title: "PC1", decimals: 3), .number("pc2_loading", title: "PC2", decimals: 3),
                .number("pca_weight_percent", title: "Weight%", decimals: 1),
            ],
            rows: rows)
    }

    /// Cronbach's alpha per aggregate, the units it rests on and its flag.
    public static func alpha(_ groups: [CronbachAlpha], framework: Framework) -> ResultTable {
        let words = LevelWords(framework)
        return ResultTable(
            columns: [
                .text("group", title: "Group"), .text("group_name", title: "Name", inText: false), .text("level", title: "Level"),
                .integer("children", title: "Children"), .integer("units_complete", title: "Units"),
                ResultTable.Column("fewest_pair_units", title: "PairMin", kind: .integer, inText: false),
                .number("alpha", title: "Alpha", decimals: 3), .text("flags", title: "Flags"),
            ],
            rows: groups.map { group in
                let flag = group.skipped.map { "no alpha: \($0)" } ?? (group.flagged ? "under \(CronbachAlpha.bound)" : "")
                return [.text(group.parent), .text(AuditTables.name(of: group.parent, in: framework)), .text(words.modifier(group.level)),
                        .value(Double(group.children.count)), .value(Double(group.completeUnits)), .value(Double(group.fewestPairUnits)),
                        .value(group.alpha), .text(flag)]
            })
    }

    /// Per node of the optimised level: its target share, the run's and the optimised weights
    /// (as shares of the level), r with the index before and after.
    public static func optimised(_ found: OptimisedWeights, framework: Framework) -> ResultTable {
        let run = found.runWeights
        let runTotal = run.reduce(0, +)
        return ResultTable(
            columns: [
                .text("node", title: "Node"), .text("node_name", title: "Name", inText: false),
                .number("target_percent", title: "Target%", decimals: 1), .number("run_weight_percent", title: "Weight%", decimals: 1),
                .number("optimised_weight_percent", title: "Optimised%", decimals: 1),
                .number("r_before", title: "rBefore", decimals: 3), .number("r_after", title: "rAfter", decimals: 3),
                .stored("optimised_weight", title: "Optimised", inText: false),
            ],
            rows: found.nodes.indices.map { i in
                [.text(found.nodes[i]), .text(AuditTables.name(of: found.nodes[i], in: framework)),
                 found.objective.targets.map { .value($0[i] * 100) } ?? .missing, .value(run[i] / runTotal * 100),
                 .value(found.weights[i] * 100), .value(found.before[i]), .value(found.after[i]), .value(found.weights[i])]
            })
    }
}
