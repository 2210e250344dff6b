// The declared uncertain inputs of an analysis, and how uniform draws become a replication.

/// Which inputs an uncertainty or sensitivity analysis varies, and over what.
///
/// ```swift
/// // COINr's vig4 design on its ASEM example
/// let design = UncertaintyDesign(
///     winmax: 1...5, normalisations: [.minMax(low: 1, high: 100), .zScore(mean: 10, sd: 2)],
///     aggregations: [.arithmetic, .geometric], weights: WeightPerturbation(factor: 0.25, levels: [2, 3]))
/// ```
///
/// Discrete choices are equally likely: a uniform draw u picks choice ⌊u·count⌋.
public struct UncertaintyDesign: Hashable, Sendable {
    /// The range of the winsorisation limit (`nil`: the nominal limit).
    public var winmax: ClosedRange<Int>?
    /// The normalisations to choose from (empty: the nominal one).
    public var normalisations: [Normalisation]
    /// The aggregations to choose from (empty: the nominal one).
    public var aggregations: [Aggregation]
    /// How the weights vary (`nil`: the nominal weights).
    public var weights: WeightPerturbation?
    /// The imputations to choose from (empty: the nominal one).
    public var imputations: [Imputation]

    public init(
        winmax: ClosedRange<Int>? = nil, normalisations: [Normalisation] = [], aggregations: [Aggregation] = [], weights: WeightPerturbation? = nil,
        imputations: [Imputation] = []
    ) {
        self.winmax = winmax
        self.normalisations = normalisations
        self.aggregations = aggregations
        self.weights = weights
        self.imputations = imputations
    }

    /// The inputs that vary, in a fixed order: the imputation (first, as in the pipeline), then
    /// winsorisation limit, normalisation, weights and aggregation (as COINr's vig4).
    public var inputs: [UncertainInput] {
        var inputs: [UncertainInput] = []
        if !imputations.isEmpty { inputs.append(.imputation) }
        if winmax != nil { inputs.append(.winmax) }
        if !normalisations.isEmpty { inputs.append(.normalisation) }
        if let weights, !weights.levels.isEmpty { inputs.append(.weights) }
        if !aggregations.isEmpty { inputs.append(.aggregation) }
        return inputs
    }

    /// The nodes whose weights vary, as indices into the pipeline's nodes.
    public func perturbedNodes(of pipeline: ScoringPipeline) -> [Int] {
        guard let weights else { return [] }
        return pipeline.levels.indices.filter { weights.levels.contains(pipeline.levels[$0]) }
    }

    /// How many uniform draws `input` takes: one per perturbed node for uniform factors, one
    /// (the seed of the weight set) for Dirichlet weights, one for any other input.
    public func draws(of input: UncertainInput, pipeline: ScoringPipeline) -> Int {
        input == .weights && weights?.dirichlet == nil ? perturbedNodes(of: pipeline).count : 1
    }

    /// The replication that the uniform draws `uniforms` (one block per input of ``inputs``, in
    /// order; every value in [0, 1)) stand for.
    public func replication(_ uniforms: [[Double]], pipeline: ScoringPipeline) -> Replication {
        var replication = Replication()
        for (input, draws) in zip(inputs, uniforms) {
            switch input {
            case .imputation:
                replication.imputation = imputations[Self.choice(draws[0], count: imputations.count)]
            case .winmax:
                if let winmax { replication.winmax = winmax.lowerBound + Self.choice(draws[0], count: winmax.count) }
            case .normalisation:
                replication.normalisation = normalisations[Self.choice(draws[0], count: normalisations.count)]
            case .aggregation:
                replication.aggregation = aggregations[Self.choice(draws[0], count: aggregations.count)]
            case .weights:
                let nodes = perturbedNodes(of: pipeline)
                replication.weights.reserveCapacity(nodes.count)
                func code(_ node: Int) -> String {
                    node < pipeline.indicators.count ? pipeline.indicators[node] : pipeline.aggregates[node - pipeline.indicators.count]
                }
                if let concentration = weights?.dirichlet {
                    // The draw seeds the weight set, as COINr's index into its noisy weight sets.
                    var generator = SplitMix64(seed: UInt64(draws[0] * 0x1p53))
                    for (node, weight) in dirichletWeights(nodes, concentration: concentration, pipeline: pipeline, &generator) {
                        replication.weights[code(node)] = weight
                    }
                } else {
                    let factor = weights?.factor ?? 0
                    for (node, u) in zip(nodes, draws) {
                        replication.weights[code(node)] = pipeline.weights[node] * (1 + factor * (2 * u - 1))
                    }
                }
            }
        }
        return replication
    }

    /// Replication `index` of a seeded sample: its draws come from its own generator, so they
    /// depend only on `seed` and `index`.
    public func replication(seed: UInt64, index: Int, pipeline: ScoringPipeline) -> Replication {
        var generator = SplitMix64(seed: seed, stream: UInt64(index))
        let uniforms = inputs.map { input in (0..<draws(of: input, pipeline: pipeline)).map { _ in generator.uniform() } }
        return replication(uniforms, pipeline: pipeline)
    }

    /// Dirichlet weights for `nodes`, drawn parent by parent: Gamma(c × share) per child,
    /// normalised and scaled to the nominal sum of the siblings.
    func dirichletWeights(_ nodes: [Int], concentration: Double, pipeline: ScoringPipeline, _ generator: inout SplitMix64) -> [(Int, Double)] {
        var out: [(Int, Double)] = []
        for aggregate in pipeline.aggregates.indices {
            let children = pipeline.childNodes[pipeline.childStart[aggregate] ..< pipeline.childStart[aggregate + 1]].filter(nodes.contains)
            guard !children.isEmpty else { continue }
            let total = children.reduce(0) { $0 + pipeline.weights[$1] }
            guard total > 0 else { continue }
            let gammas = children.map { GammaSampler.draw(shape: concentration * pipeline.weights[$0] / total, &generator) }
            let sum = gammas.reduce(0, +)
            guard sum > 0 else { continue }
            for (child, gamma) in zip(children, gammas) { out.append((child, total * gamma / sum)) }
        }
        return out
    }

    /// The choice a uniform draw picks among `count` equally likely ones (a draw outside
    /// [0, 1), or NaN, picks the nearest end, never a trap).
    static func choice(_ u: Double, count: Int) -> Int {
        let scaled = u * Double(count)
        return scaled >= 0 ? Int(min(scaled, Double(count - 1))) : 0
    }
}
