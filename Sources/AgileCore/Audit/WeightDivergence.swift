// Why a node's effective weight is flagged as diverging from its declared weight.

/// A sign that a node weighs on the index otherwise than its declared weight says.
public enum WeightDivergence: String, Hashable, Sendable, CaseIterable {
    /// The implied share is more than twice the declared share, or less than half of it.
    case impliedShare = "implied"
    /// The correlation share is more than twice the declared share, or less than half of it.
    case correlationShare = "correlation-share"
    /// The node correlates with the index below 0.3 (but not negatively).
    case weakCorrelation = "weak"
    /// The node correlates negatively with the index.
    case negativeCorrelation = "negative"

    /// The factor beyond which a share counts as diverging from the declared share.
    public static let factor = 2.0
    /// The correlation with the index below which a node counts as weakly correlated.
    public static let weakCorrelationBound = 0.3
}
