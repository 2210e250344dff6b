// The audit of a report's run: the analyses behind the audit page, with the audit commands' defaults.

import AgileCore
import AgileReport
import ArgumentParser

/// Computes the ``AuditResults`` of a run: an uncertainty analysis of the design that
/// `agile audit uncertainty` uses by default, a sensitivity analysis of the same design,
/// effective weights, correlations and leave-one-out at the two levels under the index.
enum ReportAudit {
    /// The N of the Saltelli sample: modest, so the page stays quick (N(d + 2) runs).
    static let sensitivityCount = 500
    /// Bootstrap resamples of the Sobol bounds.
    static let bootstrap = 1000

    /// The audit of `run`, `replications` replications from `seed` (the audit commands'
    /// default seed when `nil`). Progress on a terminal only.
    static func compute(_ run: ScoreRun, replications: Int, seed: UInt64?) throws -> AuditResults {
        let model = try AuditModel(framework: run.framework, input: run.input, method: run.method, weights: run.weights)
        // The audit commands' own defaults, so that the page and `agile audit uncertainty` agree.
        let options = try AuditDesignOptions.parse(seed.map { ["--seed", String($0)] } ?? [])
        let design = try options.design(for: model)
        let uncertainty = try withProgress("replications", total: replications) { report in
            try UncertaintyAnalysis.run(model, design: design, count: replications, seed: options.seed, progress: report)
        }
        // The sensitivity analysis compares the weights with two other sources of uncertainty:
        // the normalisation (the nominal one or percentile ranks) and the winsorisation limit.
        let nominalNormalisation = model.framework.method.normalisation
        var sensitivityDesign = design
        sensitivityDesign.normalisations = [nominalNormalisation, nominalNormalisation == .percentileRank ? .rank : .percentileRank]
        sensitivityDesign.winmax = 1...5
        let count = min(sensitivityCount, max(2, replications))
        let sensitivity = try withProgress("sensitivity runs", total: count * (sensitivityDesign.inputs.count + 2)) { report in
            try SensitivityAnalysis.run(model, design: sensitivityDesign, count: count, seed: options.seed, bootstrap: bootstrap, progress: report).indices
        }
        let framework = run.framework
        let root = framework.aggregates.first { $0.parent == nil }
        let top = max(2, framework.depth - 1)
        let pillars = framework.aggregates(atLevel: top).map(\.id)
        let dimensions = top == 2 ? [] : framework.aggregates(atLevel: 2).map(\.id)
        let levels = top == 2 ? [2] : [top, 2]
        return AuditResults(
            design: design, sensitivityDesign: sensitivityDesign, replications: replications, seed: options.seed, statistics: uncertainty.statistics,
            reading: RankReading(uncertainty.statistics), sensitivity: sensitivity, sensitivityCount: count, bootstrap: bootstrap,
            shares: WeightShares(model: model).nodes,
            correlations: CorrelationTable(scores: model.nominal, rows: pillars + dimensions, columns: pillars + [root?.id].compactMap { $0 }),
            removals: try levels.map { try LeaveOneOut(model: model, level: $0).removals })
    }

    /// Runs `body` with a progress bar of `total` steps on a terminal (none elsewhere).
    private static func withProgress<T>(_ label: String, total: Int, _ body: ((@Sendable (Int) -> Void)?) throws -> T) throws -> T {
        let progress = ProgressLine(label: label)
        defer { progress.finish() }
        return try body(progress.enabled ? { @Sendable done in progress.update(done, of: total) } : nil)
    }
}
