// The audit of a report's run: the analyses behind the audit page, with the audit commands' defaults.

import AgileCore
import AgileReport

/// Computes the ``AuditResults`` of a model: an uncertainty analysis of the design that
/// `agile audit uncertainty` uses by default, a sensitivity analysis of that design with the
/// normalisation and the winsorisation limit added, effective weights, correlations and
/// leave-one-out at the two levels under the index, and the statistical coherence of every group.
///
/// ```swift
/// let audit = try ReportAudit.compute(run.auditModel(), replications: 1000, seed: nil)
/// ```
public enum ReportAudit {
    /// The N of the Saltelli sample: modest, so the page stays quick (N(d + 2) runs).
    public static let sensitivityCount = 500
    /// Bootstrap resamples of the Sobol bounds.
    public static let bootstrap = 1000

    /// The audit of `model`, `replications` replications from `seed` (the audit commands'
    /// default seed when `nil`); `progress` hears of the `replications` and `sensitivity runs`.
    public static func compute(_ model: AuditModel, replications: Int, seed: UInt64?, progress: StepProgress? = nil) throws -> AuditResults {
        let choices = AuditDesignChoices.report(seed: seed)
        let design = try choices.design(for: model)
        let uncertainty = try UncertaintyAnalysis.run(
            model, design: design, count: replications, seed: choices.seed, progress: stepProgress(progress, "replications", total: replications))
        let sensitivityDesign = AuditDesignChoices.reportSensitivity(of: design, model: model)
        let count = min(sensitivityCount, max(2, replications))
        let runs = count * (sensitivityDesign.inputs.count + 2)
        let sensitivity = try SensitivityAnalysis.run(
            model, design: sensitivityDesign, count: count, seed: choices.seed, bootstrap: bootstrap,
            progress: stepProgress(progress, "sensitivity runs", total: runs)).indices
        let framework = model.framework
        let root = framework.aggregates.first { $0.parent == nil }
        let top = max(2, framework.depth - 1)
        let pillars = framework.aggregates(atLevel: top).map(\.id)
        let dimensions = top == 2 ? [] : framework.aggregates(atLevel: 2).map(\.id)
        let levels = top == 2 ? [2] : [top, 2]
        var results = AuditResults(
            design: design, sensitivityDesign: sensitivityDesign, replications: replications, seed: choices.seed, statistics: uncertainty.statistics,
            reading: RankReading(uncertainty.statistics), sensitivity: sensitivity, sensitivityCount: count, bootstrap: bootstrap,
            shares: WeightShares(model: model).nodes,
            correlations: CorrelationTable(scores: model.nominal, rows: pillars + dimensions, columns: pillars + [root?.id].compactMap { $0 }),
            removals: try levels.map { try LeaveOneOut(model: model, level: $0).removals })
        results.coherence = CoherenceResults(model: model)
        return results
    }
}
