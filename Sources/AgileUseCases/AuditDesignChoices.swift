// The uncertain inputs of an audit as they are chosen, and the designs they make: the audit
// commands', the report's and the report's sensitivity analysis.

import AgileCore

/// What an uncertainty or sensitivity analysis varies and how it draws: the choices of
/// `agile audit uncertainty` and `agile audit sensitivity` (their defaults are this type's),
/// made into an ``UncertaintyDesign`` for a model.
///
/// ```swift
/// var choices = AuditDesignChoices()
/// choices.normalisations = [.minMax(low: 1, high: 100), .zScore(mean: 10, sd: 2)]
/// let design = try choices.design(for: model)   // weights ×U(0.75, 1.25) between indicators and index
/// ```
public struct AuditDesignChoices: Hashable, Sendable {
    /// The default factor of the weights' uniform draw.
    public static let defaultWeightsFactor = 0.25
    /// The default seed of the draws.
    public static let defaultSeed: UInt64 = 1

    /// Each weight of the perturbed levels is multiplied by U(1 − f, 1 + f); 0 keeps the weights.
    public var weightsFactor: Double
    /// The concentration of a Dirichlet draw of each parent's child weights (instead of the factor).
    public var dirichlet: Double?
    /// The levels whose weights vary (empty: every level between the indicators and the index).
    public var levels: [Int]
    /// The imputations, normalisations and aggregations a replication chooses from (empty: the nominal one).
    public var imputations: [Imputation]
    public var normalisations: [Normalisation]
    public var aggregations: [Aggregation]
    /// The range of the winsorisation limit (`nil`: the nominal limit).
    public var winmaxRange: WinmaxRange?
    /// The seed of the draws: the same seed gives the same result on any number of threads.
    public var seed: UInt64
    /// Threads to run the replications on (`nil`: all cores).
    public var threads: Int?

    /// The choices; every one defaults to what the audit commands use without options.
    public init(
        weightsFactor: Double = AuditDesignChoices.defaultWeightsFactor, dirichlet: Double? = nil, levels: [Int] = [],
        imputations: [Imputation] = [], normalisations: [Normalisation] = [], aggregations: [Aggregation] = [],
        winmaxRange: WinmaxRange? = nil, seed: UInt64 = AuditDesignChoices.defaultSeed, threads: Int? = nil
    ) {
        self.weightsFactor = weightsFactor
        self.dirichlet = dirichlet
        self.levels = levels
        self.imputations = imputations
        self.normalisations = normalisations
        self.aggregations = aggregations
        self.winmaxRange = winmaxRange
        self.seed = seed
        self.threads = threads
    }

    /// The design for `model`, the weight levels defaulting to those between the indicators
    /// and the root.
    /// - Throws: ``RunError/levelOutOfRange(level:root:)`` for a level that holds no aggregates.
    public func design(for model: AuditModel) throws(RunError) -> UncertaintyDesign {
        let root = model.pipeline.levels.max() ?? 2
        let chosen = levels.isEmpty ? Array(2..<max(2, root)) : levels
        for level in chosen where !(2...root).contains(level) {
            throw .levelOutOfRange(level: level, root: root)
        }
        return UncertaintyDesign(
            winmax: winmaxRange?.range,
            normalisations: normalisations,
            aggregations: aggregations,
            weights: (weightsFactor > 0 || dirichlet != nil) && !chosen.isEmpty
                ? WeightPerturbation(factor: weightsFactor, levels: chosen, dirichlet: dirichlet) : nil,
            imputations: imputations)
    }

    /// The thread count to use.
    public var threadCount: Int { threads ?? ReplicationBatch.cores }

    /// The report's audit: the audit commands' defaults, drawn from `seed` (the default seed
    /// when `nil`), so that the audit page and `agile audit uncertainty` print the same figures.
    public static func report(seed: UInt64?) -> AuditDesignChoices {
        AuditDesignChoices(seed: seed ?? defaultSeed)
    }

    /// The report's sensitivity analysis of `design`: it compares the weights with two other
    /// sources of uncertainty, the normalisation (the nominal one or percentile ranks; ranks
    /// when percentile ranks are nominal) and the winsorisation limit (1 to 5).
    public static func reportSensitivity(of design: UncertaintyDesign, model: AuditModel) -> UncertaintyDesign {
        let nominal = model.framework.method.normalisation
        var sensitivity = design
        sensitivity.normalisations = [nominal, nominal == .percentileRank ? .rank : .percentileRank]
        sensitivity.winmax = 1...5
        return sensitivity
    }
}
