// The audit page's statistical-coherence section: PC1 share and alpha per group, the flagged
// groups, a scree chart per pillar, and the optimised weights beside the declared and
// effective ones.

import AgileCore

/// The values and charts of the `coherence` block of `audit.md.mustache`.
struct CoherenceSection {
    let input: ReportInput
    let coherence: CoherenceResults
    /// Every node's declared and effective shares (the weights section's).
    let shares: [NodeWeight]

    /// The chart key of a pillar's scree chart.
    static func screeKey(_ group: String) -> String { "scree-\(group)" }

    /// One scree chart per group of the level under the index that has a PCA: each component's
    /// share of the variance, as bars on 0–100.
    func charts() -> [String: ChartSVG] {
        var charts: [String: ChartSVG] = [:]
        for (offset, pca) in screeGroups.enumerated() {
            let stem = String(pca.parent.lowercased().unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) }.prefix(16))
            let name = "audit-scree-\(offset + 1)-\(stem)"
            let chart = BarChart(
                title: "\(label(pca.parent)): variance explained by each component",
                categories: pca.varianceShares.indices.map { "PC\($0 + 1)" },
                series: ChartSeries(name: "\(pca.parent): share of the variance (%)", values: pca.varianceShares.map { $0 * 100 }),
                axisTitle: "Share of the variance of the \(pca.children.count) children (%)", idPrefix: name)
            charts[Self.screeKey(pca.parent)] = ChartSVG(name: name, chart: chart, note: input.chartNote)
        }
        return charts
    }

    /// The groups of the level under the index with a PCA (the pillars).
    private var screeGroups: [GroupPCA] {
        coherence.components.filter { $0.level == input.topLevel && $0.skipped == nil }
    }

    /// The `coherence` context: `groups` (rows), `flagged` (`any`, `list`), `scree` (chart
    /// markups), `optimised` (`any`, `rows`, `note`), `bounds`.
    func context(charts: [String: String]) -> [String: Any] {
        // The highest level first, the pipeline's order within a level.
        let pairs = zip(coherence.components, coherence.alphas).enumerated().sorted { a, b in
            (a.element.0.level, b.offset) > (b.element.0.level, a.offset)
        }.map(\.element)
        let groups: [[String: String]] = pairs.map { pca, alpha in groupRow(pca, alpha) }
        let flagged = pairs.compactMap { pca, alpha -> String? in
            let found = flags(pca, alpha)
            return found.isEmpty ? nil : "\(label(pca.parent)): \(found.joined(separator: ", "))"
        }
        var optimised: [String: Any] = ["any": false]
        if let found = coherence.optimised {
            let byNode = Dictionary(shares.map { ($0.node, $0) }, uniquingKeysWith: { first, _ in first })
            let rows: [[String: String]] = found.nodes.indices.map { i in
                let node = byNode[found.nodes[i]]
                return [
                    "node": label(found.nodes[i]), "declared": node.map { ReportFormat.percent($0.declared) } ?? "–",
                    "implied": node.map { ReportFormat.percent($0.implied) } ?? "–", "optimised": ReportFormat.percent(found.weights[i]),
                    "before": ReportFormat.fixed(found.before[i], decimals: 2), "after": ReportFormat.fixed(found.after[i], decimals: 2),
                ]
            }
            optimised = [
                "any": true, "rows": rows, "level": LevelWords(input.framework).plural(found.objective.level),
                "levelArgument": levelName(found.objective.level).lowercased(),
                "evaluations": String(found.evaluations),
            ]
        }
        return [
            "groups": groups, "flagged": ["any": !flagged.isEmpty, "list": flagged] as [String: Any],
            "scree": screeGroups.compactMap { charts[Self.screeKey($0.parent)] },
            "optimised": optimised,
            "pc1Bound": CoherenceSection.firstShareBound, "alphaBound": ReportFormat.fixed(CronbachAlpha.bound, decimals: 1),
        ]
    }

    /// One row of the groups table.
    private func groupRow(_ pca: GroupPCA, _ alpha: CronbachAlpha) -> [String: String] {
        let found = flags(pca, alpha)
        let flagText: String
        if !found.isEmpty {
            flagText = found.joined(separator: ", ")
        } else {
            flagText = pca.skipped.map { "no PCA: \($0)" } ?? "–"
        }
        return [
            "group": label(pca.parent), "level": levelName(pca.level), "children": String(pca.children.count),
            "units": String(pca.completeUnits),
            "pc1": pca.skipped == nil ? ReportFormat.percent(pca.firstShare) : "–",
            "alpha": alpha.skipped == nil ? ReportFormat.fixed(alpha.alpha, decimals: 2) : "–",
            "flags": flagText,
        ]
    }

    /// The bound below which a group's first component flags it, as the page, the tables and
    /// the command's help say it: `60 %`.
    static var firstShareBound: String { FixedDecimal.text(GroupPCA.firstShareBound * 100, decimals: 0) + " %" }

    /// A group's flags in words.
    private func flags(_ pca: GroupPCA, _ alpha: CronbachAlpha) -> [String] {
        var flags: [String] = []
        if pca.skipped == nil && pca.firstShare < GroupPCA.firstShareBound { flags.append("PC1 under \(CoherenceSection.firstShareBound)") }
        if !pca.againstOthers.isEmpty { flags.append("against the others: \(pca.againstOthers.joined(separator: ", "))") }
        if alpha.flagged { flags.append("alpha under \(ReportFormat.fixed(CronbachAlpha.bound, decimals: 1))") }
        return flags
    }

    private func label(_ code: String) -> String { AuditPage.label(code, in: input.framework) }

    private func levelName(_ level: Int) -> String { AuditPage.levelName(level, plural: false, in: input.framework) }
}
