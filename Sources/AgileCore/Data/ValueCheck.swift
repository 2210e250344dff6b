// Checks a data value against the scale its indicator declares.

extension Indicator {
    /// Why `value` cannot be a value of this indicator, or `nil` when it can.
    ///
    /// ```swift
    /// i14.problem(with: 104) // "is outside the scale"
    /// ```
    public func problem(with value: Double) -> String? {
        if value.isNaN { return "is not a number" }
        if value.isInfinite { return "is infinite" }
        if let minimum = scale.minimum, value < minimum { return "is below the scale" }
        if let maximum = scale.maximum, value > maximum { return "is above the scale" }
        if scale.integer, value.rounded() != value { return "is not a whole number" }
        return nil
    }
}
