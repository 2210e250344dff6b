// The scoring model under audit: a framework, its nominal method and weights, and an input.

/// A framework with its nominal method and weights and the input it scores: the model whose
/// uncertain inputs an audit varies.
///
/// ```swift
/// let model = try AuditModel(framework: framework, input: input)
/// let ranks = try model.indexRanks(Replication(aggregation: .geometric))
/// ```
public struct AuditModel: Sendable {
    /// The framework, with its nominal method.
    public let framework: Framework
    /// The data scored by every replication.
    public let input: ScoringInput
    /// The weights of the nominal run.
    public let weightChoice: WeightChoice
    /// The nominal pipeline.
    public let pipeline: ScoringPipeline
    /// The nominal run.
    public let nominal: Scores

    /// Scores the nominal run.
    /// - Parameters:
    ///   - framework: the tree, weights and (unless `method` is given) the nominal method.
    ///   - input: the data.
    ///   - method: a nominal method to use instead of the framework's.
    ///   - weights: the nominal weights.
    /// - Throws: ``ScoringError`` when the nominal run fails.
    public init(framework: Framework, input: ScoringInput, method: Method? = nil, weights: WeightChoice = .declared) throws(ScoringError) {
        var framework = framework
        if let method { framework.method = method }
        self.framework = framework
        self.input = input
        weightChoice = weights
        pipeline = try ScoringPipeline(framework: framework, weights: weights)
        nominal = try pipeline.run(input)
    }

    /// The units ranked (after screening), in the order of every rank vector.
    public var units: [String] { nominal.units }

    /// The nominal rank of each unit on the index.
    public var nominalRanks: [Double] { nominal.indexRanks }

    /// The pipeline of a replication: the nominal one with the replication's choices.
    public func pipeline(for replication: Replication) throws(ScoringError) -> ScoringPipeline {
        let method = replication.applied(to: framework.method)
        let base = method == framework.method ? pipeline : try ScoringPipeline(framework: framework, method: method, weights: weightChoice)
        return replication.weights.isEmpty ? base : base.reweighted(replication.weights)
    }

    /// Runs one replication.
    public func scores(_ replication: Replication) throws(ScoringError) -> Scores {
        try pipeline(for: replication).run(input)
    }

    /// The rank of each unit on the index in one replication (ties take the lowest rank).
    /// - Throws: ``ScoringError`` when the replication's run fails, or when it keeps other
    ///   units than the nominal run.
    public func indexRanks(_ replication: Replication) throws(ScoringError) -> [Double] {
        let scores = try scores(replication)
        guard scores.units == nominal.units else {
            throw .input("a replication keeps other units than the nominal run (\(scores.units.count) against \(nominal.units.count))")
        }
        return scores.indexRanks
    }
}
