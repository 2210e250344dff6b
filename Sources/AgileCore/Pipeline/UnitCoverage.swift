// How much of one unit's data is observed, and whether screening kept it.

/// The data coverage of one unit at the screening stage (COINr's screen_data_summary).
public struct UnitCoverage: Hashable, Sendable {
    public var unit: String
    /// Indicators with a value.
    public var observed: Int
    /// Indicators of the framework.
    public var total: Int
    /// Observed values that are exactly zero.
    public var zeros: Int
    /// Whether the share is below the coverage rule's country minimum.
    public var belowMinimum: Bool
    /// Whether screening dropped the unit (below the minimum with `excludeCountries`).
    public var excluded: Bool

    public init(unit: String, observed: Int, total: Int, zeros: Int, belowMinimum: Bool, excluded: Bool) {
        self.unit = unit
        self.observed = observed
        self.total = total
        self.zeros = zeros
        self.belowMinimum = belowMinimum
        self.excluded = excluded
    }

    /// The share of indicators observed (COINr `Dat_Avail`).
    public var share: Double { total == 0 ? 0 : Double(observed) / Double(total) }

    /// The share of observed values that are not zero (COINr `Non_Zero`).
    public var nonZeroShare: Double { observed == 0 ? 0 : 1 - Double(zeros) / Double(observed) }
}
