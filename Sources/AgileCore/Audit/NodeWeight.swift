// One node's declared share of the index next to its effective shares.

/// The declared and effective weight of one node (indicator or aggregate below the root) in the
/// index; see ``WeightShares`` for the definitions.
public struct NodeWeight: Hashable, Sendable {
    /// The node's code.
    public var node: String
    /// Its parent's code.
    public var parent: String
    /// Its level (1 for indicators).
    public var level: Int
    /// The declared share of the index: the product of w / Σ w(siblings) from the node to the root.
    public var declared: Double
    /// The implied share: the share with missing children dropped and their siblings
    /// re-scaled, averaged over the units with an index score.
    public var implied: Double
    /// Pearson's r of the node's scores with the index (pairwise complete).
    public var correlation: Double
    /// r² normalised over the nodes of the same level (NaN when r is).
    public var correlationShare: Double
    /// The divergences found, in the order of ``WeightDivergence/allCases``.
    public var divergences: [WeightDivergence]

    public init(node: String, parent: String, level: Int, declared: Double, implied: Double, correlation: Double,
                correlationShare: Double, divergences: [WeightDivergence]) {
        self.node = node
        self.parent = parent
        self.level = level
        self.declared = declared
        self.implied = implied
        self.correlation = correlation
        self.correlationShare = correlationShare
        self.divergences = divergences
    }
}
