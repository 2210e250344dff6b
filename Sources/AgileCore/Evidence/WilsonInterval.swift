// The Wilson score interval of a proportion: the 95 % interval the evidence tables show.

/// A confidence interval for a proportion observed in `n` cases (Wilson, 1927).
///
/// Unlike the normal approximation it stays inside 0–1 and behaves for small n and for rates of
/// 0 or 1, which benchmark cells often have:
///
/// ```swift
/// let interval = WilsonInterval(proportion: 0.5, n: 10)
/// // interval.lower ≈ 0.2366, interval.upper ≈ 0.7634
/// ```
public struct WilsonInterval: Hashable, Sendable {
    /// The two-sided 95 % normal quantile.
    public static let z95 = 1.959963984540054

    public var lower: Double
    public var upper: Double

    /// The interval for a proportion `proportion` (0–1) of `n` cases (n > 0) at quantile `z`.
    public init(proportion: Double, n: Int, z: Double = WilsonInterval.z95) {
        precondition(n > 0, "a Wilson interval needs at least one case")
        let count = Double(n)
        let z2 = z * z
        let centre = (proportion + z2 / (2 * count)) / (1 + z2 / count)
        let half = z / (1 + z2 / count) * (proportion * (1 - proportion) / count + z2 / (4 * count * count)).squareRoot()
        lower = max(0, centre - half)
        upper = min(1, centre + half)
    }
}
