// Leave-one-out: remove each node of a level in turn and see how the index ranks move.

/// Removes each node of one level in turn, as COINr's `remove_elements`: the node's weight is
/// set to zero, so each aggregate above it re-scales its other children's weights to sum to 1
/// (a unit whose only present child was the node loses that aggregate, and its parent
/// re-scales in turn). The rest of the run (method, nominal weights, data) is the model's.
///
/// ```swift
/// let removals = try LeaveOneOut(model: model, level: 2).removals
/// removals.max { $0.meanAbsoluteRankChange < $1.meanAbsoluteRankChange }
/// ```
public struct LeaveOneOut: Sendable {
    /// One removal per node of the level, in the pipeline's order.
    public var removals: [NodeRemoval]

    /// Removes each node of `level` (1 for indicators, below the root's level) in turn.
    /// - Throws: ``ScoringError`` when a run without a node fails.
    public init(model: AuditModel, level: Int) throws(ScoringError) {
        let pipeline = model.pipeline
        var removals: [NodeRemoval] = []
        for (node, code) in pipeline.nodes.enumerated() where pipeline.levels[node] == level && node < pipeline.nodes.count - 1 {
            let comparison = try Self.comparison(model, removing: [code])
            let mover = comparison.rows.first { !$0.rankChange.isNaN && $0.rankChange != 0 }
            removals.append(NodeRemoval(node: code, level: level, meanAbsoluteRankChange: comparison.meanAbsoluteRankChange,
                                        largestMover: mover?.unit, largestMove: mover?.rankChange ?? 0))
        }
        self.removals = removals
    }

    /// The nominal run against a run without `nodes` (their weights set to zero).
    /// - Throws: ``ScoringError`` when the run without them fails.
    public static func comparison(_ model: AuditModel, removing nodes: [String]) throws(ScoringError) -> WeightComparison {
        let removed = try model.scores(Replication(weights: Dictionary(nodes.map { ($0, 0.0) }, uniquingKeysWith: { a, _ in a })))
        return WeightComparison(first: model.nominal, second: removed)
    }
}
