// The kinds of value an indicator can hold, and the scale each kind implies.

/// What kind of number an indicator reports.
public enum IndicatorType: String, CaseIterable, Hashable, Sendable {
    /// A non-negative count or amount (integer or real).
    case count
    /// A percentage between 0 and 100.
    case percent
    /// A published index on its own declared scale.
    case index
    /// An integer scale with named levels, e.g. 0 none … 3 comprehensive law.
    case ordinal
    /// 0 or 1.
    case binary
}

/// The range of values an indicator accepts.
///
/// `minimum`/`maximum` are inclusive; `nil` means unbounded on that side. `integer` requires
/// whole numbers (ordinal and binary scales).
public struct Scale: Hashable, Sendable {
    public var minimum: Double?
    public var maximum: Double?
    public var integer: Bool
    /// Named levels of an ordinal scale, in order of their value.
    public var levels: [ScaleLevel]

    public init(minimum: Double? = nil, maximum: Double? = nil, integer: Bool = false, levels: [ScaleLevel] = []) {
        self.minimum = minimum
        self.maximum = maximum
        self.integer = integer
        self.levels = levels
    }

    /// The scale a type implies when the registry declares none.
    public static func implied(by type: IndicatorType) -> Scale {
        switch type {
        case .count: Scale(minimum: 0)
        case .percent: Scale(minimum: 0, maximum: 100)
        case .index: Scale()
        case .ordinal: Scale(integer: true)
        case .binary: Scale(minimum: 0, maximum: 1, integer: true)
        }
    }

    /// Whether `value` lies on this scale.
    public func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        if let minimum, value < minimum { return false }
        if let maximum, value > maximum { return false }
        if integer, value.rounded() != value { return false }
        return true
    }
}

/// One named level of an ordinal scale.
public struct ScaleLevel: Hashable, Sendable {
    public var value: Int
    public var label: String

    public init(value: Int, label: String) {
        self.value = value
        self.label = label
    }
}

/// Whether a higher raw value is better or worse.
public enum Polarity: String, Hashable, Sendable {
    case positive
    case negative

    /// +1 or −1, the factor COINr calls `Direction`.
    public var direction: Double { self == .positive ? 1 : -1 }
}

/// A transform applied to raw values before normalisation.
public enum Transform: String, Hashable, Sendable {
    case none
    case log1p
}

/// Whether an indicator comes from the published framework or was reconstructed.
public enum IndicatorStatus: String, Hashable, Sendable {
    case confirmed
    case reconstructed
    /// Added by the toolkit (e.g. derived from model-safety evidence), not part of the index.
    case experimental
}
