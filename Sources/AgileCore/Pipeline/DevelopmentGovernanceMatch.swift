// One country's development score against its governance score.

/// The development–governance match of one unit (the AGILE principle: the level of governance
/// should match the level of development).
public struct DevelopmentGovernanceMatch: Hashable, Sendable {
    public var unit: String
    /// The mean of the rule's development nodes (AGILE: P1).
    public var development: Double
    /// The mean of the rule's governance nodes (AGILE: P2–P4).
    public var governance: Double
    /// The quadrant, `nil` when either score is missing.
    public var quadrant: MatchQuadrant?

    public init(unit: String, development: Double, governance: Double, quadrant: MatchQuadrant?) {
        self.unit = unit
        self.development = development
        self.governance = governance
        self.quadrant = quadrant
    }

    /// Development minus governance: positive when development is ahead.
    public var gap: Double { development - governance }
}
