// The change list `agile validate` prints for a registry that names its predecessor.

import AgileCore

/// The changes of an edition's framework since its predecessor, as `agile validate` prints
/// them: the counts, the merged aggregates, then each revision, drop and new indicator.
///
/// ```
///   changes since edition 2024 (Indicators/agile-2024.xml): 36 continued, 2 revised, 1 dropped, 5 new; D10 + D11 merged into D19
///     revised: I41 (revises I09), I42 (revises I29)
///     dropped: I10 (year-on-year growth of small incident counts is too volatile)
///     new: I43, I44, I45, I46, I47
/// ```
public struct LineageSummary {
    public let text: String

    /// The change list of `lineage`, whose predecessor registry was read from `predecessorPath`.
    public init(_ lineage: EditionLineage, framework: Framework, predecessorPath: String) {
        var line = "  changes since edition \(lineage.predecessorEdition) (\(Printable.name(predecessorPath))): " + LineageSummary.counts(lineage)
        for merger in lineage.mergedAggregates {
            line += "; \(merger.merges.joined(separator: " + ")) merged into \(merger.id)"
        }
        func level(_ id: String) -> String {
            let number = framework.aggregate(id)?.level ?? 0
            return framework.levelNames.indices.contains(number - 1) ? framework.levelNames[number - 1].lowercased() : "aggregate"
        }
        for id in lineage.newAggregates { line += "; new \(level(id)) \(id)" }
        for node in lineage.droppedAggregates { line += "; \(node.id) dropped" }
        var lines = [line]
        if !lineage.revised.isEmpty {
            lines.append("    revised: " + lineage.revised.map { "\($0.id) (revises \($0.revises))" }.joined(separator: ", "))
        }
        for node in lineage.dropped + lineage.droppedAggregates {
            lines.append("    dropped: \(node.id) (\(Printable.name(node.reason)))")
        }
        if !lineage.new.isEmpty {
            lines.append("    new: " + lineage.new.joined(separator: ", "))
        }
        text = lines.joined(separator: "\n")
    }

    /// `36 continued, 2 revised, 1 dropped, 5 new` (indicators).
    public static func counts(_ lineage: EditionLineage) -> String {
        "\(lineage.continued.count) continued, \(lineage.revised.count) revised, \(lineage.dropped.count) dropped, \(lineage.new.count) new"
    }
}
