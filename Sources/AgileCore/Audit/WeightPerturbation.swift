// How the weights vary in an uncertainty analysis.

/// The weights of the nodes at `levels` varied in one of two ways:
/// - by default each weight is multiplied by its own uniform factor in [1 − `factor`,
///   1 + `factor`] (COINr's `get_noisy_weights`);
/// - with a `dirichlet` concentration c, the weights of each parent's children at those levels
///   are drawn together from a Dirichlet distribution with parameters c × their nominal shares,
///   and scaled to the nominal sum (the expected weights are the nominal ones; larger c, less
///   spread).
public struct WeightPerturbation: Hashable, Sendable {
    /// The half-width of the uniform factor, e.g. 0.25 for ±25 %.
    public var factor: Double
    /// The levels whose nodes' weights vary (2 = the indicators' parents).
    public var levels: [Int]
    /// The Dirichlet concentration; `nil` for the uniform factor.
    public var dirichlet: Double?

    public init(factor: Double, levels: [Int], dirichlet: Double? = nil) {
        self.factor = factor
        self.levels = levels
        self.dirichlet = dirichlet
    }
}
