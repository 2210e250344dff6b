// Data coverage of an edition: the share of indicators observed per country and vice versa.

/// Coverage of an edition's selected data, with the framework's thresholds applied.
public struct Coverage: Sendable {
    /// Coverage of one country.
    public struct CountryCoverage: Sendable {
        public var country: String
        public var observed: Int
        public var total: Int
        /// Indicator codes with no value in the window.
        public var missing: [String]
        /// True when the share is below the framework's country minimum.
        public var flagged: Bool
        public var share: Double { total == 0 ? 0 : Double(observed) / Double(total) }
    }

    /// Coverage of one indicator.
    public struct IndicatorCoverage: Sendable {
        public var indicator: String
        public var observed: Int
        public var total: Int
        /// Countries with no value in the window.
        public var missing: [String]
        public var flagged: Bool
        public var share: Double { total == 0 ? 0 : Double(observed) / Double(total) }
    }

    public let countries: [CountryCoverage]
    public let indicators: [IndicatorCoverage]

    public init(framework: Framework, selection: EditionSelection) {
        let codes = framework.indicators.map(\.id)
        let rule = framework.method.coverage
        countries = selection.countries.map { country in
            let missing = codes.filter { selection[country: country, indicator: $0] == nil }
            let observed = codes.count - missing.count
            let share = codes.isEmpty ? 0 : Double(observed) / Double(codes.count)
            return CountryCoverage(country: country, observed: observed, total: codes.count, missing: missing, flagged: share < rule.countryMinimum)
        }
        indicators = codes.map { code in
            let missing = selection.countries.filter { selection[country: $0, indicator: code] == nil }
            let observed = selection.countries.count - missing.count
            let share = selection.countries.isEmpty ? 0 : Double(observed) / Double(selection.countries.count)
            return IndicatorCoverage(indicator: code, observed: observed, total: selection.countries.count, missing: missing, flagged: share < rule.indicatorMinimum)
        }
    }

    /// Cells (country × indicator) with no value.
    public var missingCells: Int { countries.reduce(0) { $0 + $1.missing.count } }
}
