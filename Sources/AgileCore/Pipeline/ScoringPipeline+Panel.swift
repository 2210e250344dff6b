// A panel (COINr's "purse"): one run per year, normalised year by year or over all years at once.

/// How the years of a panel are normalised.
public enum PanelNormalisation: String, Hashable, Sendable, CaseIterable {
    /// Over all years at once (COINr's `Normalise(purse, global = TRUE)`, its default for a
    /// purse): each indicator's bounds (its minimum and maximum, mean and standard deviation,
    /// ranks) are taken over every year's treated values together, so a score means the same in
    /// every year and scores compare between years.
    case global
    /// Each year over its own values (COINr's `global = FALSE`): a year scores exactly as its
    /// table alone would.
    case perYear = "per-year"
}

extension ScoringPipeline {
    /// Runs the pipeline on every year of a panel, as COINr runs a purse: each year is screened,
    /// imputed and treated on its own; normalisation is per year or global (over the treated
    /// values of every year together); aggregation and ranks are per year.
    /// - Parameters:
    ///   - panel: the years and their inputs, in the order the results are wanted.
    ///   - normalisation: global or per year.
    /// - Returns: each year's scores, in the order of `panel`.
    /// - Throws: ``ScoringError`` as ``run(_:)`` does, for the first year that fails; a value
    ///   whose global normalisation overflows is named with its year (`AUT in 2019`).
    public func run(panel: [(year: Int, input: ScoringInput)], normalisation: PanelNormalisation) throws(ScoringError) -> [Scores] {
        var results: [Scores] = []
        guard normalisation == .global else {
            for point in panel { results.append(try run(point.input)) }
            return results
        }
        var stages: [TreatedStage] = []
        for point in panel { stages.append(try treat(point.input)) }
        // The treated values of every year stacked, year after year within each indicator
        // (COINr normalises the stacked data set of the purse, then splits it by Time).
        let pooledRows = stages.reduce(0) { $0 + $1.units.count }
        var pooledValues: [Double] = []
        pooledValues.reserveCapacity(pooledRows * indicators.count)
        var rowNames: [String] = []
        for (stage, point) in zip(stages, panel) { rowNames += stage.units.map { "\($0) in \(point.year)" } }
        for column in indicators.indices {
            for stage in stages {
                let rows = stage.units.count
                pooledValues += stage.treated.values[column * rows ..< (column + 1) * rows]
            }
        }
        let pooled = ScoreTable(rows: rowNames, columns: indicators, values: pooledValues)
        var normalised = [Double](repeating: .nan, count: pooledRows * indicators.count)
        let constants = try normalise(pooled, into: &normalised) { rowNames[$0] }
        var first = 0
        for stage in stages {
            let rows = stage.units.count
            var matrix = [Double](repeating: .nan, count: rows * nodes.count)
            for column in indicators.indices {
                let from = column * pooledRows + first
                matrix.replaceSubrange(column * rows ..< (column + 1) * rows, with: normalised[from ..< from + rows])
            }
            results.append(try finish(stage, normalised: &matrix, constants: constants))
            first += rows
        }
        return results
    }
}
