// The uncertain inputs of one replication of an uncertainty or sensitivity analysis.

/// The inputs one replication of an audit changes: the imputation, the winsorisation limit, the
/// normalisation, the aggregation and the weights of some nodes. An input left `nil` (or a node left out of
/// `weights`) keeps the nominal choice of the ``AuditModel``.
///
/// A replication is enough to replay a run: ``AuditModel/indexRanks(_:)`` scores it again.
public struct Replication: Hashable, Sendable {
    /// The winsorisation limit of the skew–kurtosis outlier rule (COINr's `winmax`).
    public var winmax: Int?
    /// The normalisation of every indicator without its own.
    public var normalisation: Normalisation?
    /// The aggregation of every level.
    public var aggregation: Aggregation?
    /// Node code → weight relative within its parent.
    public var weights: [String: Double]
    /// The imputation of missing values.
    public var imputation: Imputation?

    public init(
        winmax: Int? = nil, normalisation: Normalisation? = nil, aggregation: Aggregation? = nil, weights: [String: Double] = [:],
        imputation: Imputation? = nil
    ) {
        self.winmax = winmax
        self.normalisation = normalisation
        self.aggregation = aggregation
        self.weights = weights
        self.imputation = imputation
    }

    /// The replication's method choices without its weights: what the replications of one
    /// full run share.
    var methods: Replication {
        Replication(winmax: winmax, normalisation: normalisation, aggregation: aggregation, imputation: imputation)
    }

    /// `method` with this replication's choices applied.
    public func applied(to method: Method) -> Method {
        var method = method
        if let imputation { method.imputation = imputation }
        if let winmax {
            var rule = SkewKurtosisRule()
            if case .skewKurtosis(let declared) = method.treatment { rule = declared }
            rule.winmax = winmax
            method.treatment = .skewKurtosis(rule)
        }
        if let normalisation { method.normalisation = normalisation }
        if let aggregation {
            method.aggregation = aggregation
            method.aggregationByLevel = [:]
        }
        return method
    }
}
