// Weights at one level that give each node the importance it was meant to have (COINr's
// get_opt_weights), found by Nelder–Mead.

/// The weights of one level that minimise a ``WeightObjective``, searched by ``NelderMead``
/// from COINr's starting point: the targets for balance, the run's weights for infomax.
///
/// COINr stops its search with `reltol = 0.1`, which ends after a handful of evaluations
/// (``coinrSearch``); by default the search runs to R's usual tolerance (``fullSearch``), so its
/// objective is at least as good. Results are in the level's order (the pipeline's).
///
/// ```swift
/// let objective = try WeightObjective(pipeline: model.pipeline, scores: model.nominal, level: 2, type: .balance, targets: [1, 1, 1])
/// let found = try OptimisedWeights(objective)
/// found.weights  // sums to 1
/// ```
public struct OptimisedWeights: Sendable {
    /// The search COINr makes: Nelder–Mead, `reltol = 0.1`, at most 500 evaluations.
    public static let coinrSearch = NelderMead(relativeTolerance: 0.1, maximumEvaluations: 500)
    /// A search to convergence: Nelder–Mead at R's default tolerance, at most 5,000 evaluations.
    public static let fullSearch = NelderMead(maximumEvaluations: 5000)

    public var objective: WeightObjective
    /// Where the search started, and the run's weights of the level (relative within parents).
    public var start: [Double]
    public var runWeights: [Double]
    /// The weights found, scaled to sum 1 over the level.
    public var weights: [Double]
    /// Each node's r with the index under the run's weights, and under the weights found.
    public var before: [Double]
    public var after: [Double]
    /// The objective under the run's weights, and under the weights found.
    public var objectiveBefore: Double
    public var objectiveAfter: Double
    /// The evaluations of the objective, and why the search ended.
    public var evaluations: Int
    public var ending: NelderMead.Ending

    /// Searches with `search` (``fullSearch`` unless given).
    public init(_ objective: WeightObjective, search: NelderMead = OptimisedWeights.fullSearch) throws(ScoringError) {
        self.objective = objective
        runWeights = objective.runWeights
        start = objective.targets ?? runWeights
        let result: NelderMead.Result
        do {
            result = try search.minimise(start: start) { try objective.value($0) }
        } catch let error as ScoringError {
            throw error
        } catch {
            throw .input("\(error)")
        }
        let total = result.point.reduce(0, +)
        weights = result.point.map { $0 / total }
        before = try objective.correlations(runWeights)
        after = try objective.correlations(weights)
        objectiveBefore = objective.value(correlations: before)
        objectiveAfter = result.value
        evaluations = result.evaluations
        ending = result.ending
    }

    /// The level's nodes.
    public var nodes: [String] { objective.nodes }

    /// The weights found, by node: a weights file's entries (relative within each parent, as a
    /// registry's weights are).
    public var weightsByNode: [(node: String, weight: Double)] {
        Array(zip(objective.nodes, weights))
    }
}

extension ScoringPipeline {
    /// Each node's declared share of the index: the product of w / Σ w(siblings) on the path
    /// up to the root (1 for the root), the nodes' order.
    public var indexShares: [Double] {
        let first = indicators.count
        var share = [Double](repeating: 0, count: nodes.count)
        share[share.count - 1] = 1
        for aggregate in aggregates.indices.reversed() {
            let members = childNodes[childStart[aggregate] ..< childStart[aggregate + 1]]
            let total = members.map { weights[$0] }.reduce(0, +)
            for child in members { share[child] = total > 0 ? share[first + aggregate] * weights[child] / total : 0 }
        }
        return share
    }
}
