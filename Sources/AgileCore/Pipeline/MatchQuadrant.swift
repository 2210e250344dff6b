// The four development–governance quadrants.

/// Where a country stands when its development and governance scores are each split into high
/// and low (at the median or a threshold). A value at the split counts as high.
public enum MatchQuadrant: String, Hashable, Sendable, CaseIterable {
    case bothHigh
    case developmentAhead
    case governanceAhead
    case bothLow
}
