// A treated point as the treatment step records it: positions, not names.

/// One value outlier treatment changed, by row and column of the treated table; ``Scores``
/// turns these into ``TreatedPoint``s with unit and indicator codes when asked.
struct PointChange: Hashable, Sendable {
    var row: Int
    var column: Int
    var before: Double
    var after: Double
    var winsorised: TreatedPoint.Side?
    var logTransformed: Bool
}
