// The data one scoring run starts from: units, raw values, their years, denominators.

/// Everything a ``ScoringPipeline`` run reads: the units with their groups, the raw indicator
/// values (units × indicators, NaN for missing), the year of each value, the denominator
/// columns, and optionally the latest values from before the edition's window (for
/// latest-earlier imputation).
///
/// Build it from an edition's selection (the AGILE path) or from all observations of a COINr
/// `iData` table (the COINr path):
///
/// ```swift
/// let selection = EditionSelection(framework: framework, observations: stored)
/// let input = ScoringInput(framework: framework, selection: selection, earlier: stored)
/// ```
public struct ScoringInput: Sendable {
    /// The units to score, in order, with their groups (`region` → `Europe`, …).
    public var units: [Participant]
    /// Raw indicator values: one row per unit, one column per indicator.
    public var raw: ScoreTable
    /// The year of each raw value, laid out like `raw.values`; `nil` where the value is missing.
    public var years: [Int?]
    /// Denominator values: one row per unit, one column per denominator code.
    public var denominators: ScoreTable
    /// Per unit and indicator, the latest value observed before the edition's window (NaN where
    /// there is none); `nil` when no earlier observations were given.
    public var earlier: ScoreTable?
    /// The year of each earlier value, laid out like `earlier.values`.
    public var earlierYears: [Int?]

    /// An input from tables that are already laid out.
    /// - Parameters:
    ///   - units: the units, one per row of `raw` and in the same order.
    ///   - raw: indicator values, columns named by indicator code.
    ///   - years: the year of each raw value (all `nil` when not given).
    ///   - denominators: denominator values, columns named by denominator code (none when not given).
    ///   - earlier: latest earlier values, laid out like `raw`.
    public init(
        units: [Participant], raw: ScoreTable, years: [Int?]? = nil, denominators: ScoreTable? = nil,
        earlier: ScoreTable? = nil, earlierYears: [Int?]? = nil
    ) {
        self.units = units
        self.raw = raw
        self.years = years ?? raw.values.map { _ in nil }
        self.denominators = denominators ?? ScoreTable(rows: raw.rows, columns: [])
        self.earlier = earlier
        self.earlierYears = earlierYears ?? (earlier?.values.map { _ in nil } ?? [])
    }

    /// The input of an edition (the AGILE path): for each of the selection's countries, its
    /// selected value of every indicator and denominator of the framework.
    /// - Parameters:
    ///   - framework: gives the indicator and denominator columns and the countries' groups.
    ///   - selection: the latest observation per country and code inside the year window.
    ///   - observations: any observations; those dated before the window give the earlier
    ///     values for latest-earlier imputation (the latest per country and indicator).
    public init(framework: Framework, selection: EditionSelection, earlier observations: [Observation] = []) {
        let groups = Dictionary(framework.participants.map { ($0.code, $0.groups) }, uniquingKeysWith: { first, _ in first })
        let codes = selection.countries
        let indicators = framework.indicators.map(\.id)
        var raw = ScoreTable(rows: codes, columns: indicators)
        var years: [Int?] = Array(repeating: nil, count: raw.values.count)
        // Country by country: one lookup of the country's selection, then one per indicator.
        for (row, country) in codes.enumerated() {
            guard let values = selection.selected[country] else { continue }
            for (column, indicator) in indicators.enumerated() {
                guard let observation = values[indicator], let value = observation.value else { continue }
                raw[row, column] = value
                years[column * codes.count + row] = observation.year
            }
        }
        let denominatorCodes = framework.denominators.map(\.id)
        var denominators = ScoreTable(rows: codes, columns: denominatorCodes)
        for (column, code) in denominatorCodes.enumerated() {
            for (row, country) in codes.enumerated() {
                if let value = selection[country: country, indicator: code]?.value { denominators[row, column] = value }
            }
        }
        var earlier: ScoreTable?
        var earlierYears: [Int?]?
        let before = observations.filter { $0.value != nil && $0.year < framework.years.lowerBound }
        if !before.isEmpty {
            let rowOf = Dictionary(codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            let columnOf = Dictionary(indicators.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            var chosen: [Int: Observation] = [:]
            for observation in before {
                guard let row = rowOf[observation.country], let column = columnOf[observation.indicator] else { continue }
                let cell = column * codes.count + row
                if let current = chosen[cell], !EditionSelection.isPreferred(observation, over: current) { continue }
                chosen[cell] = observation
            }
            var table = ScoreTable(rows: codes, columns: indicators)
            var dated: [Int?] = Array(repeating: nil, count: table.values.count)
            for (cell, observation) in chosen {
                table.values[cell] = observation.value!
                dated[cell] = observation.year
            }
            earlier = table
            earlierYears = dated
        }
        self.init(
            units: codes.map { Participant(code: $0, groups: groups[$0] ?? [:]) }, raw: raw, years: years,
            denominators: denominators, earlier: earlier, earlierYears: earlierYears)
    }

    /// The input of a COINr `iData` table (the COINr path): `framework` is the iMeta framework
    /// with the table's units as participants (`COINrMeta.framework(with:)` in AgileIO), and
    /// `observations` every value the table holds. Values dated before the framework's window
    /// become the earlier values.
    public init(framework: Framework, observations: [Observation]) {
        self.init(framework: framework, selection: EditionSelection(framework: framework, observations: observations), earlier: observations)
    }
}
