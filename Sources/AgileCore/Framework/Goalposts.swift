// An indicator's goalposts: the fixed bounds goalpost normalisation scores it between.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The fixed bounds of one indicator for goalpost normalisation, as declared (in a registry's
/// `<goalposts>` element or a COINr iMeta's `goalpost_*` columns).
///
/// Goalpost normalisation scores a value by where it lies between the posts:
/// `(x − low)/(high − low) × scale`, or `(high − x)/(high − low) × scale` for a negative
/// polarity (COINr's `n_goalposts` with its `use_iMeta` flip), cut to `0...scale` when
/// ``truncates`` (COINr's `trunc2posts`). The posts stay the same whatever the year's values,
/// so scores of different years compare.
///
/// Posts apply to the values normalisation sees, which come after the indicator's transform
/// (as COINr applies them to its treated data). Posts declared in ``Units/raw`` units are
/// carried through the transform (`log1p(low)`, `log1p(high)`); posts in ``Units/treated``
/// units are used as they are.
///
/// ```swift
/// Goalposts(0...250_000, units: .raw)     // articles: scored on log1p(0)…log1p(250 000)
/// Goalposts(.scale)                       // an ordinal 0–3 scored on 0–3
/// ```
public struct Goalposts: Hashable, Sendable {
    /// Where the posts come from.
    public enum Bounds: Hashable, Sendable {
        /// Declared numbers, low below high.
        case values(ClosedRange<Double>)
        /// The indicator's declared scale, minimum to maximum (in raw units).
        case scale
    }

    /// The units the posts are declared in.
    public enum Units: String, Hashable, Sendable {
        /// The indicator's values before its transform (after division by its denominator,
        /// when it has one): converted through the transform.
        case raw
        /// The values after the transform, which normalisation sees (COINr's convention).
        case treated
    }

    public var bounds: Bounds
    public var units: Units
    /// This indicator's output scale (COINr's `goalpost_scale`); `nil`: the run's.
    public var scale: Double?
    /// Whether scores are cut to the posts (COINr's `trunc2posts`, true by default): a value
    /// beyond a post scores as the post.
    public var truncates: Bool

    public init(_ bounds: Bounds, units: Units = .raw, scale: Double? = nil, truncates: Bool = true) {
        self.bounds = bounds
        self.units = units
        self.scale = scale
        self.truncates = truncates
    }

    /// Posts at `range`, in `units`.
    public init(_ range: ClosedRange<Double>, units: Units = .raw, scale: Double? = nil, truncates: Bool = true) {
        self.init(.values(range), units: units, scale: scale, truncates: truncates)
    }
}

/// Why an indicator's declared goalposts cannot be used.
public enum GoalpostProblem: Error, Hashable, Sendable {
    /// `from="scale"` on an indicator whose scale lacks a minimum or a maximum.
    case unboundedScale
    /// `from="scale"` on an indicator divided by a denominator: its scale is that of the
    /// undivided value.
    case scaleOfDividedIndicator(denominator: String)
    /// A raw post outside the transform's domain (log1p needs values > −1).
    case outsideTransformDomain(transform: Transform, post: Double)
    /// The posts, carried through the transform, are not finite or not apart.
    case notApart(low: Double, high: Double)

    /// The problem in words, after the indicator's name.
    public var message: String {
        switch self {
        case .unboundedScale:
            "its goalposts are its scale, which has no minimum or no maximum; declare <scale min=\"…\" max=\"…\"/> or the goalposts' low and high"
        case .scaleOfDividedIndicator(let denominator):
            "its goalposts are its scale, but it is divided by '\(denominator)', so its values are not on that scale; declare the goalposts' low and high per '\(denominator)'"
        case let .outsideTransformDomain(transform, post):
            "its goalpost \(Scale.format(post)) (raw units) is outside the \(transform.rawValue) transform's domain (values > −1); declare posts > −1, or units=\"treated\""
        case let .notApart(low, high):
            "its goalposts \(Scale.format(low)) and \(Scale.format(high)) are not finite and apart once transformed"
        }
    }
}

extension Indicator {
    /// The goalposts on the values normalisation sees: the declared ones (or the scale),
    /// carried through the transform when declared in raw units; `nil` when none are declared.
    public func treatedGoalposts() -> Result<ClosedRange<Double>, GoalpostProblem>? {
        guard let goalposts = overrides.goalposts else { return nil }
        let raw: ClosedRange<Double>
        switch goalposts.bounds {
        case .values(let range):
            raw = range
        case .scale:
            if let denominator { return .failure(.scaleOfDividedIndicator(denominator: denominator)) }
            guard let low = scale.minimum, let high = scale.maximum, low < high else { return .failure(.unboundedScale) }
            raw = low...high
        }
        // A scale is in raw units by nature.
        let units = goalposts.bounds == .scale ? Goalposts.Units.raw : goalposts.units
        guard units == .raw else { return .success(raw) }
        switch transform {
        case .none:
            return .success(raw)
        case .log1p:
            guard raw.lowerBound > -1 else { return .failure(.outsideTransformDomain(transform: transform, post: raw.lowerBound)) }
            let low = log1p(raw.lowerBound), high = log1p(raw.upperBound)
            guard low.isFinite, high.isFinite, low < high else { return .failure(.notApart(low: low, high: high)) }
            return .success(low...high)
        }
    }
}
