// What the audit page shows: the results of the analyses, computed beforehand (by `agile report`).

import AgileCore

/// The computed audit of a run, as the audit page takes it: the rank intervals of an uncertainty
/// analysis and their reading, the Sobol indices of a sensitivity analysis of the same design,
/// declared against effective weights, correlations, leave-one-out removals and statistical coherence.
public struct AuditResults: Sendable {
    /// The uncertain inputs.
    public var design: UncertaintyDesign
    /// The design of the sensitivity analysis: the uncertainty design's inputs and others, so
    /// that the Sobol indices compare sources of uncertainty.
    public var sensitivityDesign: UncertaintyDesign
    /// The replications of the uncertainty analysis and its seed.
    public var replications: Int
    public var seed: UInt64
    /// Per country, the spread of its rank.
    public var statistics: [RankStatistics]
    /// The plain-language reading of ``statistics``.
    public var reading: RankReading
    /// The Sobol indices, the N of their Saltelli sample (N(d + 2) runs) and the bootstrap
    /// resamples of their bounds; empty when the design varies nothing.
    public var sensitivity: [SobolIndex]
    public var sensitivityCount: Int
    public var bootstrap: Int
    /// Every node's declared and effective share of the index.
    public var shares: [NodeWeight]
    /// Correlations of the pillars and dimensions with the pillars and the index.
    public var correlations: CorrelationTable
    /// Leave-one-out removals, one list per level (highest level first).
    public var removals: [[NodeRemoval]]
    /// PCA and alpha per group and optimised weights (`nil`: the page leaves the section out).
    public var coherence: CoherenceResults?

    public init(
        design: UncertaintyDesign, sensitivityDesign: UncertaintyDesign? = nil, replications: Int, seed: UInt64, statistics: [RankStatistics], reading: RankReading,
        sensitivity: [SobolIndex], sensitivityCount: Int, bootstrap: Int, shares: [NodeWeight], correlations: CorrelationTable,
        removals: [[NodeRemoval]]
    ) {
        self.design = design
        self.sensitivityDesign = sensitivityDesign ?? design
        self.replications = replications
        self.seed = seed
        self.statistics = statistics
        self.reading = reading
        self.sensitivity = sensitivity
        self.sensitivityCount = sensitivityCount
        self.bootstrap = bootstrap
        self.shares = shares
        self.correlations = correlations
        self.removals = removals
    }
}
