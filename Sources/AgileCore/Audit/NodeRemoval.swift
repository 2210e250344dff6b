// What removing one node does to the ranks of the index.

/// The effect on the index ranks of removing one node (its weight set to zero, its siblings
/// re-scaled).
public struct NodeRemoval: Hashable, Sendable {
    /// The node removed.
    public var node: String
    /// Its level (1 for indicators).
    public var level: Int
    /// The mean |rank change| over the units ranked with and without the node.
    public var meanAbsoluteRankChange: Double
    /// The unit whose rank changes most (the larger score change, then the code, breaks ties),
    /// or `nil` when no rank changes.
    public var largestMover: String?
    /// Its places gained: nominal rank minus the rank without the node (positive = moves up);
    /// 0 when no rank changes.
    public var largestMove: Double

    public init(node: String, level: Int, meanAbsoluteRankChange: Double, largestMover: String?, largestMove: Double) {
        self.node = node
        self.level = level
        self.meanAbsoluteRankChange = meanAbsoluteRankChange
        self.largestMover = largestMover
        self.largestMove = largestMove
    }
}
