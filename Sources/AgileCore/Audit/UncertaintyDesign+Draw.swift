// A seeded replication drawn straight into numbers: its method choices and a row of weights.

extension UncertaintyDesign {
    /// Replication `index` of the sample of `seed`, as ``replication(seed:index:pipeline:)``
    /// draws it (the same generator calls in the same order, the same arithmetic), without
    /// building it: returns the method choices and writes the weight of every node of `nodes`
    /// (``perturbedNodes(of:)``) into `weights` (the nominal weight where none is drawn).
    /// `inputs` is ``inputs``, computed once by the caller.
    func draw(
        seed: UInt64, index: Int, inputs: [UncertainInput], nodes: [Int], pipeline: ScoringPipeline, weights: UnsafeMutableBufferPointer<Double>
    ) -> DrawnMethods {
        var generator = SplitMix64(seed: seed, stream: UInt64(index))
        var methods = DrawnMethods()
        for (position, node) in nodes.enumerated() { weights[position] = pipeline.weights[node] }
        for input in inputs {
            switch input {
            case .imputation:
                methods.imputation = Self.choice(generator.uniform(), count: imputations.count)
            case .winmax:
                let u = generator.uniform()
                if let winmax { methods.winmax = winmax.lowerBound + Self.choice(u, count: winmax.count) }
            case .normalisation:
                methods.normalisation = Self.choice(generator.uniform(), count: normalisations.count)
            case .aggregation:
                methods.aggregation = Self.choice(generator.uniform(), count: aggregations.count)
            case .weights:
                if let concentration = self.weights?.dirichlet {
                    var weightGenerator = SplitMix64(seed: UInt64(generator.uniform() * 0x1p53))
                    for (node, weight) in dirichletWeights(nodes, concentration: concentration, pipeline: pipeline, &weightGenerator) {
                        if let position = nodes.firstIndex(of: node) { weights[position] = weight }
                    }
                } else {
                    let factor = self.weights?.factor ?? 0
                    for (position, node) in nodes.enumerated() {
                        let u = generator.uniform()
                        weights[position] = pipeline.weights[node] * (1 + factor * (2 * u - 1))
                    }
                }
            }
        }
        return methods
    }
}
