// The four development–governance quadrants.

/// Where a country stands when its development and governance scores are each split into high
/// and low: at the median of each score over the units (`MatchSplit.median`), or at one
/// declared threshold for both (`MatchSplit.threshold`). A value at the split counts as high.
public enum MatchQuadrant: String, Hashable, Sendable, CaseIterable {
    case bothHigh
    case developmentAhead
    case governanceAhead
    case bothLow
}
