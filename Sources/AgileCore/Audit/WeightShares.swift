// Declared against effective weights: how much each node really counts in the index.

/// For every node below the root, its declared share of the index next to two effective
/// shares, with the nodes whose shares diverge flagged, and the correlation matrix within every
/// aggregate (COINr's `get_eff_weights` and `get_corr` within parents).
///
/// The definitions, for a node n with parent p, …, up to the root:
/// - **declared share**: Π over the path of w(node) / Σ w(children of its parent), so a node
///   weighted 1 of 3 equal siblings under a pillar weighted 1 of 2 has 1/2 × 1/3 = 1/6. The
///   declared shares of a level sum to 1.
/// - **implied share**: the same product per unit, with the children missing for that unit
///   dropped and the weights of the others re-scaled (as the aggregation does), averaged over the
///   units that have an index score. Under the arithmetic mean it is the weight the unit's index
///   really puts on the node (on its log under the geometric mean). It sums to 1 per level.
/// - **correlation share**: r², with r Pearson's correlation (pairwise complete) of the node's
///   scores with the index over the units scored, divided by the sum of r² over the nodes of the
///   same level, so that it sums to 1 per level. It shows how much of the index's ordering the
///   node carries, whatever its weight.
///
/// A node is flagged when an effective share is more than ``WeightDivergence/factor`` times its
/// declared share or less than its inverse, and when r is below
/// ``WeightDivergence/weakCorrelationBound`` or negative.
///
/// ```swift
/// let shares = WeightShares(model: model)
/// shares.nodes.filter { !$0.divergences.isEmpty }
/// ```
public struct WeightShares: Sendable {
    /// Every node below the root: indicators, then the aggregates level by level, each level in
    /// the pipeline's order.
    public var nodes: [NodeWeight]
    /// The correlations among the children of every aggregate, the pipeline's order.
    public var correlations: [ChildCorrelations]

    /// The shares of the nominal run of `model`.
    public init(model: AuditModel) {
        self.init(pipeline: model.pipeline, scores: model.nominal)
    }

    /// The shares of the run `scores` of `pipeline`.
    public init(pipeline: ScoringPipeline, scores: Scores) {
        let codes = pipeline.nodes
        let count = codes.count
        let first = pipeline.indicators.count
        let root = count - 1
        let weights = pipeline.weights
        let children: [[Int]] = pipeline.aggregates.indices.map { Array(pipeline.childNodes[pipeline.childStart[$0] ..< pipeline.childStart[$0 + 1]]) }
        var parent = [Int](repeating: -1, count: count)
        for (aggregate, members) in children.enumerated() {
            for child in members { parent[child] = first + aggregate }
        }
        let columns = codes.indices.map { scores.aggregated.column($0) }
        let index = columns[root]

        /// Shares from the root down, over the nodes `present` keeps (re-scaling their siblings).
        func shares(present: (Int) -> Bool) -> [Double] {
            var share = [Double](repeating: 0, count: count)
            share[root] = present(root) ? 1 : 0
            for aggregate in children.indices.reversed() {
                let node = first + aggregate
                let members = children[aggregate]
                guard share[node] > 0 else { continue }
                let total = members.filter(present).map { weights[$0] }.reduce(0, +)
                for child in members where present(child) { share[child] = share[node] * weights[child] / total }
            }
            return share
        }

        let declared = shares { _ in true }
        var implied = [Double](repeating: 0, count: count)
        var scored = 0
        for row in index.indices where !index[row].isNaN {
            scored += 1
            let share = shares { !columns[$0][row].isNaN }
            for node in 0..<count { implied[node] += share[node] }
        }
        implied = implied.map { scored > 0 ? $0 / Double(scored) : .nan }

        let r = codes.indices.map { Correlation.pearson(columns[$0], index) }
        var squares: [Int: Double] = [:]
        for node in 0..<root where !r[node].isNaN { squares[pipeline.levels[node], default: 0] += r[node] * r[node] }

        func diverges(_ share: Double, from declared: Double) -> Bool {
            guard declared > 0, !share.isNaN else { return false }
            let ratio = share / declared
            return ratio > WeightDivergence.factor || ratio < 1 / WeightDivergence.factor
        }
        nodes = (0..<root).map { node in
            let level = pipeline.levels[node]
            let total = squares[level] ?? 0
            let correlationShare = r[node].isNaN || total == 0 ? .nan : r[node] * r[node] / total
            var divergences: [WeightDivergence] = []
            if diverges(implied[node], from: declared[node]) { divergences.append(.impliedShare) }
            if diverges(correlationShare, from: declared[node]) { divergences.append(.correlationShare) }
            if r[node] < 0 {
                divergences.append(.negativeCorrelation)
            } else if r[node] < WeightDivergence.weakCorrelationBound {
                divergences.append(.weakCorrelation)
            }
            return NodeWeight(node: codes[node], parent: codes[parent[node]], level: level, declared: declared[node], implied: implied[node],
                              correlation: r[node], correlationShare: correlationShare, divergences: divergences)
        }
        correlations = children.enumerated().map { aggregate, members in
            ChildCorrelations(parent: codes[first + aggregate], children: members.map { codes[$0] },
                              matrix: members.map { a in members.map { b in Correlation.pearson(columns[a], columns[b]) } })
        }
    }
}
