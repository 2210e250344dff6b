// An aggregation flag as the aggregation step records it: positions, not names.

/// An aggregate cell built from part of its children, by row and node (column of the
/// aggregated table); ``Scores`` turns these into ``AggregationFlag``s when asked.
struct FlaggedCell: Hashable, Sendable {
    var row: Int
    var node: Int
    var kind: AggregationFlag.Kind
    var availableShare: Double
}
