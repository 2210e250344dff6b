// Checks a data value against the scale its indicator declares.

extension Indicator {
    /// Why `value` cannot be a value of this indicator, or `nil` when it can.
    ///
    /// ```swift
    /// i14.problem(with: 104) // "is above the scale"
    /// ```
    public func problem(with value: Double) -> String? {
        refusal(of: value)?.problem
    }

    /// Why `value` cannot be a value of this indicator, with the kind of that problem: a value
    /// off the scale is ``InputError/Kind/outOfRange``; a value that is not finite, or a fraction
    /// on a scale of whole numbers, ``InputError/Kind/notANumber``. `nil` when it can be.
    public func refusal(of value: Double) -> (kind: InputError.Kind, problem: String)? {
        if value.isNaN { return (.notANumber, "is not a number") }
        if value.isInfinite { return (.notANumber, "is infinite") }
        if let minimum = scale.minimum, value < minimum { return (.outOfRange, "is below the scale") }
        if let maximum = scale.maximum, value > maximum { return (.outOfRange, "is above the scale") }
        if scale.integer, value.rounded() != value { return (.notANumber, "is not a whole number") }
        return nil
    }
}
