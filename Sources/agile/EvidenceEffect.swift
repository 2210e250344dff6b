// What a registry's evidence-derived indicators change: the run against the same run without them.

import AgileCore
import ArgumentParser

/// The lines `agile score` prints under the table when the framework derives indicators from
/// model-safety evidence: each country's rank and score with and without those indicators.
enum EvidenceEffect {
    /// The comparison, or `nil` when the framework derives nothing (or nothing is left without).
    static func lines(_ run: ScoreRun) throws -> [String]? {
        let derived = run.framework.indicators.filter { $0.evidence != nil }
        guard !derived.isEmpty else { return nil }
        var framework = run.framework
        framework.indicators.removeAll { $0.evidence != nil }
        let parents = Set(framework.indicators.map(\.parent))
        guard derived.allSatisfy({ parents.contains($0.parent) }) else { return nil }
        let observations = run.selection.selected.values.flatMap(\.values).filter { observation in
            !derived.contains { $0.id == observation.indicator }
        }
        let selection = EditionSelection(framework: framework, observations: observations)
        let pipeline = try ScoringPipeline(
            framework: framework, method: try MethodOptions(text: run.methodText).applied(to: framework.method),
            weights: WeightChoice(name: run.weightsText))
        let without = try pipeline.run(ScoringInput(framework: framework, selection: selection, earlier: observations))
        let comparison = WeightComparison(first: without, second: run.scores)
        let ids = derived.map(\.id).joined(separator: ", ")
        let valued = Set(run.selection.selected.values.flatMap(\.values).filter { observation in derived.contains { $0.id == observation.indicator } }.map(\.country))
        var lines = ["", "Effect of the evidence-derived indicator\(derived.count == 1 ? "" : "s") \(ids) (experimental): this run against the same run without \(derived.count == 1 ? "it" : "them")."]
        lines.append("Countries with a value: \(valued.isEmpty ? "none (no evidence for their domestic models in the store)" : valued.sorted().joined(separator: " ")).")
        let moved = comparison.rows.filter { $0.rankChange != 0 || abs($0.scoreChange) >= 0.005 }
        if moved.isEmpty {
            lines.append("No score or rank changes.")
        } else {
            lines.append("A: without, B: with. Mean absolute rank change \(AuditUncertainty.fixed(comparison.meanAbsoluteRankChange, 2)); countries that do not move are left out.")
            lines.append(AuditCompare.table(moved))
        }
        return lines
    }
}
