// How many decimals an indicator's raw values are written with: one number per indicator,
// used for every value of it on every page, so "2 %" never stands beside "6.03 %".

import AgileCore

/// The decimals of each indicator's raw values, chosen once per site from the values of the run.
///
/// The rule: a binary or ordinal indicator has none. Otherwise the decimals are the fewest that
/// tell the sample's values apart as well as the values themselves do and give the largest
/// value two significant digits (`0.88`, `2.2`, `92`), never more than the values carry (`6.03`
/// carries 2, `2` none) nor than the unit's cap (2 for a percentage, whose unit starts with `%`;
/// 3 otherwise). Values 2, 6.03 and 6.01 of a percentage take 2 decimals (6.03 and 6.01 differ
/// in the second), 2, 6.03 and 6.1 take 1, and 12 839 and 13 607 articles none.
///
/// ```swift
/// RawPrecision.decimals(of: [2, 6.03, 6.01], type: .percent, unit: "%")   // 2
/// RawPrecision.decimals(of: [2, 6.03, 6.1], type: .percent, unit: "%")    // 1
/// RawPrecision.decimals(of: [0.5, 0.88], type: .index, unit: "score")     // 2
/// ```
public enum RawPrecision {
    /// The most decimals a raw value is written with (a percentage: ``percentCap``).
    public static let cap = 3
    /// The most decimals a percentage is written with.
    public static let percentCap = 2

    /// The decimals of an indicator of `type` and `unit` whose values (any order, NaN skipped) are `values`.
    public static func decimals(of values: [Double], type: IndicatorType, unit: String) -> Int {
        if type == .binary || type == .ordinal { return 0 }
        let finite = values.filter(\.isFinite)
        let limit = unit.hasPrefix("%") ? percentCap : cap
        let carried = finite.reduce(0) { max($0, carriedDecimals($1, limit: limit)) }
        let apart = distinctCount(finite, decimals: carried)
        let least = min(carried, significantDecimals(finite.reduce(0) { max($0, abs($1)) }))
        return (least...carried).first { distinctCount(finite, decimals: $0) == apart } ?? carried
    }

    /// The decimals that give `magnitude` two significant digits (none from 10 up).
    static func significantDecimals(_ magnitude: Double) -> Int {
        var decimals = 1, bound = 1.0
        while magnitude > 0, magnitude < bound, decimals < cap {
            decimals += 1
            bound /= 10
        }
        return magnitude >= 10 ? 0 : decimals
    }

    /// The decimals of every indicator of `framework` with a column in `raw`, by indicator id.
    static func decimals(framework: Framework, raw: ScoreTable) -> [String: Int] {
        var decimals: [String: Int] = [:]
        for indicator in framework.indicators {
            guard let column = raw.columns.firstIndex(of: indicator.id) else { continue }
            decimals[indicator.id] = RawPrecision.decimals(of: raw.column(column), type: indicator.type, unit: indicator.unit)
        }
        return decimals
    }

    /// The fewest decimals (at most `limit`) that write `value` exactly, to a relative 10⁻⁹.
    static func carriedDecimals(_ value: Double, limit: Int) -> Int {
        var scaled = value
        for decimals in 0..<limit {
            if abs(scaled - scaled.rounded()) <= 1e-9 * max(1, abs(scaled)) { return decimals }
            scaled *= 10
        }
        return limit
    }

    /// How many different numbers `values` become when rounded to `decimals` places.
    private static func distinctCount(_ values: [Double], decimals: Int) -> Int {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return Set(values.map { ($0 * scale).rounded() }).count
    }
}

extension ReportFormat {
    /// A raw value with exactly `decimals` decimals, its whole part in groups of three
    /// (`53 065.25`, thin spaces), a negative one with `−`; `–` when missing.
    public static func raw(_ value: Double, decimals: Int) -> String {
        let text = fixed(value, decimals: decimals)
        guard value.isFinite, let first = text.firstIndex(where: \.isNumber) else { return text }
        let whole = text[first...].prefix { $0.isNumber }
        guard whole.count > 3 else { return text }
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { grouped += "\u{2009}" }
            grouped.append(digit)
        }
        return text[..<first] + grouped + text[whole.endIndex...]
    }
}
