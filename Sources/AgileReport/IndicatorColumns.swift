// Every indicator's values across the countries of a run, gathered once per site: what the
// indicator pages show, without looking a country up per indicator.

import AgileCore

/// One indicator across the scored countries (in the order of ``Scores/units``): each country's
/// raw value, year, source, how the value came about, normalised score and rank.
struct IndicatorColumn: Sendable {
    /// How a country's value came about.
    enum Origin: Sendable, Hashable {
        /// Observed in the edition's window.
        case observed
        /// Filled in by imputation.
        case imputed
        /// Neither: no value.
        case missing
    }

    let indicator: Indicator
    /// The raw value (not finite: none).
    var values: [Double]
    /// The year of the observation, if any.
    var years: [Int?]
    /// The source the observation names (the indicator's when it names none), if observed.
    var sources: [String?]
    var origins: [Origin]
    /// How outlier treatment changed the value: `winsorised` or `log`; `nil`: unchanged.
    var treatments: [String?]
    /// The normalised score and its rank (not finite: none).
    var scores: [Double]
    var ranks: [Double]
    /// The number of countries with a score, and their median score.
    var rankedCount: Int
    var median: Double

    var observedCount: Int { origins.filter { $0 == .observed }.count }
    var imputedCount: Int { origins.filter { $0 == .imputed }.count }
    var missingCount: Int { origins.filter { $0 == .missing }.count }

    /// The flags of a country's value, as the country page writes them: `missing`, `imputed`,
    /// `winsorised`, `log`.
    func flags(_ unit: Int) -> [String] {
        var flags: [String] = []
        if origins[unit] != .observed { flags.append("missing") }
        if origins[unit] == .imputed { flags.append("imputed") }
        if let treatment = treatments[unit] { flags.append(treatment) }
        return flags
    }

    /// Every indicator of the framework, each gathered in one pass over the countries: the
    /// store's selection, the imputations and treatments grouped by indicator first.
    static func all(_ input: ReportInput) -> [IndicatorColumn] {
        let scores = input.scores
        let units = scores.units
        let rawRows = Dictionary(scores.raw.rows.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let rawColumns = Dictionary(scores.raw.columns.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let unitRawRows = units.map { rawRows[$0] }
        let imputed = Dictionary(grouping: scores.imputations, by: \.indicator).mapValues { Set($0.map(\.unit)) }
        var treated: [String: [String: String]] = [:]
        for point in scores.treatedPoints where treated[point.indicator]?[point.unit] == nil {
            treated[point.indicator, default: [:]][point.unit] = point.logTransformed ? "log" : "winsorised"
        }
        let observationsByUnit = units.map { input.selection.selected[$0] ?? [:] }
        return input.framework.indicators.map { indicator in
            let rawColumn = rawColumns[indicator.id]
            let column = input.column(indicator.id)
            let imputedUnits = imputed[indicator.id] ?? []
            let treatedUnits = treated[indicator.id] ?? [:]
            var values = [Double](repeating: .nan, count: units.count)
            var years = [Int?](repeating: nil, count: units.count)
            var sources = [String?](repeating: nil, count: units.count)
            var origins = [Origin](repeating: .missing, count: units.count)
            var treatments = [String?](repeating: nil, count: units.count)
            var unitScores = [Double](repeating: .nan, count: units.count)
            var ranks = [Double](repeating: .nan, count: units.count)
            for (unit, code) in units.enumerated() {
                if let rawColumn, let rawRow = unitRawRows[unit] { values[unit] = scores.raw[rawRow, rawColumn] }
                if let observation = observationsByUnit[unit][indicator.id] {
                    years[unit] = observation.year
                    if observation.value != nil {
                        sources[unit] = observation.source.isEmpty ? indicator.source : observation.source
                        origins[unit] = .observed
                    }
                }
                if origins[unit] != .observed, imputedUnits.contains(code) { origins[unit] = .imputed }
                treatments[unit] = treatedUnits[code]
                if let column {
                    unitScores[unit] = scores.aggregated[unit, column]
                    ranks[unit] = scores.ranks[unit, column]
                }
            }
            return IndicatorColumn(
                indicator: indicator, values: values, years: years, sources: sources, origins: origins, treatments: treatments,
                scores: unitScores, ranks: ranks, rankedCount: column.map(input.rankedCount) ?? 0,
                median: column.map(input.median) ?? .nan)
        }
    }
}
