// The weight of every node of a run, from the run's weight choice.

extension ScoringPipeline {
    /// The weight of each node (indicators, then aggregates, as `declared` lists them) under
    /// `choice`: declared, all 1, a weight set's replacements, then any overrides in order.
    /// - Parameter nodeOf: the position of each node's code in `declared`.
    /// - Throws: ``ScoringError/unknownWeightSet(_:)`` for a weight set the framework does not
    ///   declare, ``ScoringError/unknownWeightedNode(_:)`` for an override of no node.
    static func weights(
        _ choice: WeightChoice, framework: Framework, declared: [Double], nodeOf: [String: Int]
    ) throws(ScoringError) -> [Double] {
        var weights = declared
        switch choice {
        case .declared:
            break
        case .equal:
            weights = weights.map { _ in 1 }
        case .weightSet(let id):
            guard let set = framework.weightSets.first(where: { $0.id == id }) else { throw .unknownWeightSet(id) }
            for (node, weight) in set.weights {
                guard let index = nodeOf[node] else { throw .structure("weight set '\(id)' names '\(node)', which is not a node") }
                weights[index] = weight
            }
        case .overridden(let base, let overrides):
            weights = try Self.weights(base, framework: framework, declared: declared, nodeOf: nodeOf)
            for override in overrides {
                guard let index = nodeOf[override.node] else { throw .unknownWeightedNode(override.node) }
                weights[index] = override.weight
            }
        }
        return weights
    }
}
