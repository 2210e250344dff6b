// A unit's aggregate that was computed from only part of its children.

/// An aggregate cell built without some children: the remaining weights were re-scaled, or
/// the cell was left missing because too little weight was available.
public struct AggregationFlag: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Missing children were dropped and the weights of the others re-scaled to sum to 1.
        case weightsRescaled
        /// The available share of weight is below the coverage rule's aggregate minimum: the
        /// cell is missing.
        case belowMinimum
    }

    public var unit: String
    public var node: String
    public var kind: Kind
    /// The share of the children's weight that had a value.
    public var availableShare: Double

    public init(unit: String, node: String, kind: Kind, availableShare: Double) {
        self.unit = unit
        self.node = node
        self.kind = kind
        self.availableShare = availableShare
    }
}
