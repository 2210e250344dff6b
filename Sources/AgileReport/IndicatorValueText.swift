// How a raw indicator value reads on the pages: with its unit, an ordinal with its level's label,
// a binary as yes or no. One place for the country pages and the indicator pages.

import AgileCore

/// The text of a raw value of an indicator.
enum IndicatorValueText {
    /// `12.50 %`, `2 (adopted)`, `yes`, or `missing` for a value that is not finite; numbers with
    /// `decimals` decimals (the indicator's, chosen once per site: `ReportInput.rawDecimals`).
    ///
    /// ```swift
    /// IndicatorValueText.text(12.5, of: percentIndicator, decimals: 2) // "12.50 %"
    /// IndicatorValueText.text(1, of: binaryIndicator, decimals: 0)     // "yes"
    /// ```
    static func text(_ value: Double, of indicator: Indicator, decimals: Int) -> String {
        guard value.isFinite else { return "missing" }
        switch indicator.type {
        case .binary:
            return value == 1 ? "yes" : "no"
        case .ordinal:
            let label = indicator.scale.levels.first { Double($0.value) == value }?.label
            return ReportFormat.raw(value, decimals: 0) + (label.map { " (\($0))" } ?? "")
        default:
            return ReportFormat.raw(value, decimals: decimals) + (indicator.unit.isEmpty ? "" : " " + indicator.unit)
        }
    }
}

extension IndicatorValueText {
    /// The source of a value as the tables name it: on illustrative pages a value's source says
    /// "(illustrative)" unless it already does (the store marks whole ingests illustrative, so
    /// every value shown is taken as one of them); a value not observed keeps the text as it is.
    static func source(_ text: String, observed: Bool, illustrative: Bool) -> String {
        guard illustrative, observed, !text.lowercased().contains("illustrative") else { return text }
        return text.isEmpty ? "(illustrative)" : text + " (illustrative)"
    }
}
