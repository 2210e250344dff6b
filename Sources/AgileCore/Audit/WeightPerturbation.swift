// How the weights vary in an uncertainty analysis.

/// Every weight of the nodes at `levels` multiplied by its own uniform factor in
/// [1 − `factor`, 1 + `factor`] (COINr's `get_noisy_weights`).
public struct WeightPerturbation: Hashable, Sendable {
    /// The half-width of the uniform factor, e.g. 0.25 for ±25 %.
    public var factor: Double
    /// The levels whose nodes' weights vary (2 = the indicators' parents).
    public var levels: [Int]

    public init(factor: Double, levels: [Int]) {
        self.factor = factor
        self.levels = levels
    }
}
