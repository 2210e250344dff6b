// An indicator whose observed values were all equal when it was normalised.

/// A normalised column whose observed values were all equal (or only one was observed):
/// min-max and z-score cannot spread it, so each observed value took `value`, the middle of
/// the method's range (see ``IndicatorNormalisation``).
public struct ConstantIndicator: Hashable, Sendable {
    public var indicator: String
    public var value: Double

    public init(indicator: String, value: Double) {
        self.indicator = indicator
        self.value = value
    }
}
