// The audit commands' analyses: the design made for a model, then run with progress.

import AgileCore

extension AuditDesignChoices {
    /// Runs `count` replications of this design for `model` (`exact: false`: weight changes
    /// through the effective weights, a block at a time); `progress` hears of the `replications`.
    /// - Returns: the design and the analysis.
    public func uncertainty(
        of model: AuditModel, count: Int, exact: Bool = true, progress: StepProgress? = nil
    ) throws -> (design: UncertaintyDesign, analysis: UncertaintyAnalysis) {
        let design = try design(for: model)
        let analysis = try UncertaintyAnalysis.run(
            model, design: design, count: count, seed: seed, threads: threadCount,
            progress: stepProgress(progress, "replications", total: count), exact: exact)
        return (design, analysis)
    }

    /// Estimates the Sobol indices of this design for `model` from a Saltelli sample of N =
    /// `count` (N(d + 2) runs) with `bootstrap` resamples; `progress` hears of the `runs`.
    /// - Returns: the design and the analysis.
    /// - Throws: ``RunError/nothingVaries`` when the design varies no input.
    public func sensitivity(
        of model: AuditModel, count: Int, bootstrap: Int, progress: StepProgress? = nil
    ) throws -> (design: UncertaintyDesign, analysis: SensitivityAnalysis) {
        let design = try design(for: model)
        guard !design.inputs.isEmpty else { throw RunError.nothingVaries }
        let analysis = try SensitivityAnalysis.run(
            model, design: design, count: count, seed: seed, bootstrap: bootstrap, threads: threadCount,
            progress: stepProgress(progress, "runs", total: count * (design.inputs.count + 2)))
        return (design, analysis)
    }
}

/// The progress of one step in the analyses' terms (steps done), or `nil` when nobody listens.
func stepProgress(_ progress: StepProgress?, _ step: String, total: Int) -> (@Sendable (Int) -> Void)? {
    progress.map { report in { @Sendable done in report(step, done, total) } }
}
