// How many units report one indicator at the screening stage.

/// The coverage of one indicator over the units at the screening stage.
public struct IndicatorCoverage: Hashable, Sendable {
    public var indicator: String
    /// Units with a value.
    public var observed: Int
    /// Units screened.
    public var total: Int
    /// Whether the share is below the coverage rule's indicator minimum.
    public var belowMinimum: Bool

    public init(indicator: String, observed: Int, total: Int, belowMinimum: Bool) {
        self.indicator = indicator
        self.observed = observed
        self.total = total
        self.belowMinimum = belowMinimum
    }

    /// The share of units observed.
    public var share: Double { total == 0 ? 0 : Double(observed) / Double(total) }
}
