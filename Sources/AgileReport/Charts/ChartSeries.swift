// Plain data for the charts.

/// A named series of values, one per category (axis or bar); `Double.nan` marks a missing value.
///
/// ```swift
/// let germany = ChartSeries(name: "Germany", values: [52.3, 61.0, .nan, 47.5])
/// ```
public struct ChartSeries: Sendable, Hashable {
    /// The name shown in the legend and the text alternative, e.g. a country or "Median".
    public var name: String
    /// The values, in the order of the categories.
    public var values: [Double]

    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values
    }

    /// The value of category `index`, NaN when missing or out of range (∞ counts as missing).
    func value(at index: Int) -> Double {
        guard values.indices.contains(index), values[index].isFinite else { return .nan }
        return values[index]
    }
}

extension Double {
    /// The value for reading (one decimal) or "no data".
    var chartText: String { isFinite ? SVGDocument.fixed(self, decimals: 1) : "no data" }

    /// The value clamped to 0–100 for drawing.
    var clampedScore: Double { Swift.min(Swift.max(self, 0), 100) }
}
