// The statistical-coherence audits of a run: descriptive statistics, PCA and Cronbach's alpha
// per group, and optimised weights with the weights file they can be saved as.

import AgileCore
import AgileIO

/// The data set a statistics table describes.
public enum StatisticsStage: String, CaseIterable, Sendable {
    case raw, treated, normalised
}

/// Computes the coherence audits of an ``AuditModel`` (`agile audit stats`, `pca`, `alpha`,
/// `optimise`, and the audit page's section).
public enum CoherenceAudit {
    /// Per indicator, its statistics in `stage` over the units of that table, with r between
    /// those values and its parent's score (over the units that have both); with
    /// `significance`, an r whose p-value is above it is NaN (COINr's `get_corr(pval =)`).
    public static func statistics(_ model: AuditModel, stage: StatisticsStage, significance: Double? = nil) -> [IndicatorStatistics] {
        let scores = model.nominal
        let table = switch stage {
        case .raw: scores.raw
        case .treated: scores.treated
        case .normalised: scores.normalised
        }
        let aggregated = scores.aggregated
        let rowOf = Dictionary(aggregated.rows.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        return table.columns.enumerated().map { column, code in
            let values = table.column(column)
            let parentCorrelation = model.framework.indicator(code).flatMap { indicator in
                aggregated.column(named: indicator.parent).map { parent in
                    let aligned = table.rows.map { rowOf[$0].map { parent[$0] } ?? .nan }
                    return Correlation.pearson(values, aligned, maskedAbove: significance)
                }
            }
            return IndicatorStatistics(code: code, values: values, parentCorrelation: parentCorrelation)
        }
    }

    /// Every aggregate's children, as the run scored them.
    public static func groups(_ model: AuditModel) -> [CoherenceGroup] {
        CoherenceGroup.all(pipeline: model.pipeline, scores: model.nominal)
    }

    /// What the optimised weights aim at: `equal`, `declared` (each node's share of the index
    /// under the run's weights) or a weights file (the shares under its weights).
    /// - Throws: as ``WeightRequest/resolved(for:registry:)`` for a file, but
    ///   ``WeightError/unknownTarget(name:weightSets:)`` for a name that is nothing;
    ///   ``ScoringError`` when its weights cannot score.
    public static func targets(_ target: String, model: AuditModel, level: Int, registry: String) throws -> [Double] {
        let nodes = model.pipeline.levels.indices.filter { model.pipeline.levels[$0] == level }
        switch target.lowercased() {
        case "equal":
            return nodes.map { _ in 1 }
        case "declared":
            let shares = model.pipeline.indexShares
            return nodes.map { shares[$0] }
        default:
            let choice: WeightChoice
            do {
                choice = try WeightRequest(weights: target).resolved(for: model.framework, registry: registry)
            } catch WeightError.unknownWeights(let name, let sets) {
                throw WeightError.unknownTarget(name: name, weightSets: sets)
            }
            let shares = try ScoringPipeline(framework: model.framework, weights: choice).indexShares
            return nodes.map { shares[$0] }
        }
    }

    /// The weights of `level` optimised for `type` towards `target`; with `coinrStop`, the
    /// search stops where COINr's does (`reltol = 0.1`).
    public static func optimise(_ model: AuditModel, level: Int, type: OptimisationType, target: String, registry: String, coinrStop: Bool) throws -> OptimisedWeights {
        let targets = type == .balance ? try targets(target, model: model, level: level, registry: registry) : nil
        let objective = try WeightObjective(pipeline: model.pipeline, scores: model.nominal, level: level, type: type, targets: targets)
        return try OptimisedWeights(objective, search: coinrStop ? OptimisedWeights.coinrSearch : OptimisedWeights.fullSearch)
    }

    /// What an optimisation aims at, in words: `balance towards equal targets`, `infomax`.
    public static func aim(_ type: OptimisationType, target: String) -> String {
        type == .balance ? "balance towards \(target) targets" : "infomax"
    }

    /// The first line of every saved weights file: an earlier one is replaced, any other file
    /// (a registry, the user's own weights) is left alone.
    public static let savedFileFirstLine = "# Optimised weights written by agile audit optimise"

    /// The weights file of `found`: CSV `id,weight`, the level's nodes with their optimised
    /// weights in full precision, after two comment lines saying what they are.
    public static func weightsFile(_ found: OptimisedWeights, framework: Framework, target: String) -> String {
        let what = aim(found.objective.type, target: target)
        var lines = [savedFileFirstLine, "# \(framework.id) level \(found.objective.level), \(what); other nodes keep their weights"]
        lines.append("id,weight")
        for (node, weight) in found.weightsByNode { lines.append("\(node),\(weight)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Refuses `path` for `--save` before the search: a folder, a folder that is not there, or
    /// a file that is not an earlier saved one (a registry, the store, the user's own weights:
    /// the message ``OutputFile/write(_:to:)`` would give). Nothing is touched.
    /// - Throws: ``OutputError`` naming the path.
    public static func checkSavePath(_ path: String) throws(OutputError) {
        try OutputFile.checkReplaceable(path, firstLine: savedFileFirstLine)
    }

    /// Writes the weights file of `found` to `path` whole or not at all, never over a file that
    /// is not an earlier one (so never over a registry or the user's own weights).
    /// - Throws: ``OutputError`` naming the path.
    public static func save(_ found: OptimisedWeights, framework: Framework, target: String, to path: String) throws(OutputError) {
        try OutputFile.write(weightsFile(found, framework: framework, target: target), to: path)
    }
}
