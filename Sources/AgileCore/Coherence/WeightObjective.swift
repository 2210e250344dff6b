// The function COINr's get_opt_weights minimises: how far the children's correlations with the
// index are from their target importance, for a set of weights at one level.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What optimised weights aim at (COINr's `optype`).
public enum OptimisationType: String, CaseIterable, Hashable, Sendable {
    /// Each node's correlation with the index, as a share of the level's, close to its target.
    case balance
    /// The sum of the nodes' correlations with the index as large as possible.
    case infomax
}

/// The objective of weight optimisation at one level of a run, as COINr's `get_opt_weights`
/// defines it. For weights w of the level's nodes (any positive scale):
///
/// 1. the level's weights become w / Σw (each still relative within its parent, so only the
///    proportions among siblings matter) and the aggregates above the level are recomputed;
/// 2. r_i is Pearson's r (pairwise complete) of node i with the index, over the units scored;
/// 3. **balance**: `log(Σ (t_i − r_i/Σr)² / k)`, t the targets scaled to sum 1 and k the
///    number of nodes; **infomax**: `−Σ r_i`.
///
/// COINr's `balance` pairs the targets with the correlations in `get_corr`'s sorted code order,
/// not the weights' order; that only matters for unequal targets, and here each target is
/// paired with its own node. Targets met exactly give the lowest finite number rather than
/// log 0 = −∞ (which `optim` would take for the worst value). Weights that are not all positive have no value (+∞): a zero
/// weight would leave a node out and a negative one has no meaning in a mean.
public struct WeightObjective: Sendable {
    /// The level whose weights vary, and its nodes (the pipeline's order).
    public let level: Int
    public let nodes: [String]
    /// The targets, summing to 1 (balance only).
    public let targets: [Double]?
    public let type: OptimisationType
    let pipeline: ScoringPipeline
    let units: [String]
    let matrix: [Double]
    let nodeIndices: [Int]

    /// The objective of `type` at `level` of the run `scores` of `pipeline`, with `targets`
    /// (one per node of the level, any positive scale; ignored by infomax).
    /// - Throws: ``ScoringError/input(_:)`` when the level has no node, is the index's, or the
    ///   targets do not fit.
    public init(pipeline: ScoringPipeline, scores: Scores, level: Int, type: OptimisationType, targets: [Double]?) throws(ScoringError) {
        let top = pipeline.levels.max() ?? 1
        nodeIndices = pipeline.levels.indices.filter { pipeline.levels[$0] == level }
        guard level < top, !nodeIndices.isEmpty else {
            throw .input("level \(level) has no weights to optimise: levels 1 to \(top - 1) do")
        }
        self.level = level
        self.type = type
        self.pipeline = pipeline
        nodes = nodeIndices.map { pipeline.nodes[$0] }
        units = scores.units
        matrix = scores.aggregated.values
        if type == .balance {
            guard let targets, targets.count == nodeIndices.count else {
                throw .input("balance needs one target per node of level \(level) (\(nodeIndices.count))")
            }
            let total = targets.reduce(0, +)
            guard targets.allSatisfy({ $0 >= 0 && $0.isFinite }), total > 0 else {
                throw .input("the targets must be numbers of at least 0, not all 0")
            }
            self.targets = targets.map { $0 / total }
        } else {
            self.targets = nil
        }
    }

    /// The level's weights in the run (relative within their parents).
    public var runWeights: [Double] { nodeIndices.map { pipeline.weights[$0] } }

    /// Each node's r with the index when the level's weights are `weights` (scaled to sum 1).
    public func correlations(_ weights: [Double]) throws(ScoringError) -> [Double] {
        let total = weights.reduce(0, +)
        var replacements: [String: Double] = [:]
        for (node, weight) in zip(nodes, weights) { replacements[node] = weight / total }
        var values = matrix
        _ = try pipeline.reweighted(replacements).aggregate(&values, units: units, fromLevel: level + 1)
        let rows = units.count
        let index = Array(values[values.count - rows ..< values.count])
        return nodeIndices.map { node in Correlation.pearson(Array(values[node * rows ..< (node + 1) * rows]), index) }
    }

    /// The objective's value from the correlations `r`.
    public func value(correlations r: [Double]) -> Double {
        switch type {
        case .infomax:
            return -r.reduce(0, +)
        case .balance:
            let total = r.reduce(0, +)
            let targets = targets ?? []
            var squares = 0.0
            for (target, ri) in zip(targets, r) { squares += (target - ri / total) * (target - ri / total) }
            // Targets met exactly: the best value there is (R's log gives −∞, which optim
            // would treat as the worst).
            return squares == 0 ? -.greatestFiniteMagnitude : log(squares / Double(r.count))
        }
    }

    /// The objective at `weights` (+∞ unless all are positive).
    public func value(_ weights: [Double]) throws(ScoringError) -> Double {
        guard weights.allSatisfy({ $0 > 0 }) else { return .infinity }
        return value(correlations: try correlations(weights))
    }
}
