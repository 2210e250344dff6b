// One value the imputation step filled in, and where it came from.

/// A cell that imputation filled: every imputed value is flagged with its source.
public struct ImputedCell: Hashable, Sendable {
    /// Where an imputed value came from.
    public enum Source: Hashable, Sendable {
        /// The mean of the indicator over the units.
        case mean
        /// The median of the indicator over the units.
        case median
        /// The mean of the indicator within the unit's group of the grouping.
        case groupMean(grouping: String, group: String)
        /// The unit's latest value from before the edition's window, observed in `year`.
        case earlier(year: Int?)
    }

    public var unit: String
    public var indicator: String
    /// The value filled in (after denomination and transform, like its column).
    public var value: Double
    public var source: Source

    public init(unit: String, indicator: String, value: Double, source: Source) {
        self.unit = unit
        self.indicator = indicator
        self.value = value
        self.source = source
    }
}
