// Scoring new countries against a finished run, its fitted parameters frozen.

/// A self-assessment: countries scored with the parameters a run fitted, so that nobody else's
/// score moves.
///
/// Each assessed unit goes through the run's steps with the run's numbers: the same
/// denominators and transforms; the screening rule; missing values filled as the run filled
/// them (its column means or medians, its group means, or the unit's own earlier values);
/// outlier treatment as the run applied it (its winsorisation bounds, its log fallback with the
/// run's minimum and maximum); normalisation with the run's minimum and maximum, mean and
/// standard deviation, goalposts, or among the run's values for ranks; then the same weights,
/// aggregation, tiers and development–governance split. A value outside the run's range (of its
/// treated values; the goalposts where goalposts cut the scores) is flagged and clipped to the
/// range unless `extrapolate` lets the score leave the scale.
///
/// Each score is then placed among the run's units: the rank it would take (ties at the lowest
/// rank, as the run ranks) and the median of the others. A unit of the run assessed with its own
/// values gets its own scores and ranks back.
///
/// ```swift
/// let scores = try pipeline.run(input)
/// let assessment = Assessment(pipeline: pipeline, input: input, scores: scores)
/// let placed = try assessment.assess(newCountries)
/// placed[0].indexPlacement.rank   // would rank 9 …
/// placed[0].indexPlacement.of     // … of 15
/// ```
public struct Assessment: Sendable {
    /// The run's pipeline (its method, weights and tree).
    public let pipeline: ScoringPipeline
    /// The run's results.
    public let scores: Scores
    /// What the run fitted.
    public let parameters: FittedParameters

    /// The assessment against the run of `input` by `pipeline` that gave `scores`.
    public init(pipeline: ScoringPipeline, input: ScoringInput, scores: Scores) {
        self.pipeline = pipeline
        self.scores = scores
        parameters = pipeline.fitted(input, scores: scores)
    }

    /// Scores the units of `input` (laid out as a run's input) against the run.
    /// - Parameter extrapolate: let values beyond the run's range score beyond the scale
    ///   (else they are clipped to the range, the JRC practice).
    /// - Throws: ``ScoringError`` when the input does not fit the framework, a value is outside
    ///   a transform's or an aggregation's domain, or a unit would be screened out.
    public func assess(_ input: ScoringInput, extrapolate: Bool = false) throws(ScoringError) -> [AssessedUnit] {
        let indicators = pipeline.indicators
        guard input.raw.columns == indicators else {
            throw .input("the raw table's columns must be the framework's indicators in order (\(indicators.prefix(3).joined(separator: ", "))…)")
        }
        guard input.units.map(\.code) == input.raw.rows else { throw .input("the units must be the raw table's rows, in order") }
        let units = input.raw.rows
        let rows = units.count
        let transformed = try pipeline.transform(try pipeline.denominate(input.raw, by: input.denominators))
        var earlier: ScoreTable?
        if let values = input.earlier { earlier = try pipeline.transform(try pipeline.denominate(values, by: input.denominators)) }

        // Imputation with the run's fills.
        var imputed = transformed
        var imputations: [[ImputedCell]] = Array(repeating: [], count: rows)
        for (column, fit) in parameters.indicators.enumerated() {
            for row in 0..<rows where imputed[row, column].isNaN {
                var fill = Double.nan
                var source = ImputedCell.Source.mean
                switch fit.imputation {
                case .none:
                    continue
                case let .value(value, how):
                    (fill, source) = (value, how)
                case let .groupMeans(grouping, means):
                    guard let group = input.units[row].groups[grouping], let mean = means[group] else { continue }
                    (fill, source) = (mean, .groupMean(grouping: grouping, group: group))
                case .earlier:
                    guard let earlier else { throw .missingEarlierValues }
                    fill = earlier[row, column]
                    source = .earlier(year: input.earlierYears[column * rows + row])
                }
                guard !fill.isNaN else { continue }
                imputed[row, column] = fill
                imputations[row].append(ImputedCell(unit: units[row], indicator: indicators[column], value: fill, source: source))
            }
        }

        // Screening on the table the run screened.
        let rule = pipeline.method.coverage
        let screenedTable = rule.stage == .beforeImputation ? transformed : imputed
        var coverage: [UnitCoverage] = []
        for row in 0..<rows {
            let values = (0..<indicators.count).map { screenedTable[row, $0] }.filter { !$0.isNaN }
            let share = Double(values.count) / Double(indicators.count)
            let below = share < rule.countryMinimum
            if below && rule.excludeCountries {
                throw .screenedOut(unit: units[row], observed: values.count, total: indicators.count, countryMinimum: rule.countryMinimum)
            }
            coverage.append(UnitCoverage(
                unit: units[row], observed: values.count, total: indicators.count, zeros: values.filter { $0 == 0 }.count,
                belowMinimum: below, excluded: false))
        }

        // Treatment, the range and normalisation with the run's parameters.
        let nodeCount = pipeline.nodes.count
        var matrix = [Double](repeating: .nan, count: rows * nodeCount)
        var treated = ScoreTable(rows: units, columns: indicators)
        var flags: [[RangeFlag]] = Array(repeating: [], count: rows)
        var points: [[TreatedPoint]] = Array(repeating: [], count: rows)
        for (column, fit) in parameters.indicators.enumerated() {
            for row in 0..<rows {
                let value = imputed[row, column]
                guard !value.isNaN else { continue }
                var x: Double
                if let y = fit.treatment.apply(value) {
                    x = y
                    if case .logTransformed = fit.treatment {
                        points[row].append(TreatedPoint(unit: units[row], indicator: fit.indicator, before: value, after: y, winsorised: nil, logTransformed: true))
                    } else if y != value {
                        points[row].append(TreatedPoint(
                            unit: units[row], indicator: fit.indicator, before: value, after: y, winsorised: y < value ? .high : .low, logTransformed: false))
                    }
                    if let range = fit.range, !range.contains(x) {
                        let side: RangeFlag.Side = x < range.lowerBound ? .below : .above
                        flags[row].append(RangeFlag(indicator: fit.indicator, value: x, range: range, goalposts: fit.rangeIsGoalposts, side: side, clipped: !extrapolate))
                        if !extrapolate { x = min(max(x, range.lowerBound), range.upperBound) }
                    }
                } else {
                    // Below the log fallback's domain: no score without clipping.
                    let range = fit.range ?? value...value
                    flags[row].append(RangeFlag(indicator: fit.indicator, value: value, range: range, goalposts: false, side: .below, clipped: true))
                    x = range.lowerBound
                }
                treated[row, column] = x
                let score = fit.normalisation.score(x * fit.direction, truncating: !extrapolate)
                guard score.isFinite else {
                    throw .notFinite(step: .normalisation, node: fit.indicator, quantity: "the normalised value of \(units[row])")
                }
                matrix[column * rows + row] = score
            }
        }
        let cells = try pipeline.aggregate(&matrix, units: units)
        let aggregated = ScoreTable(rows: units, columns: pipeline.nodes, values: matrix)

        return (0..<rows).map { row in
            let unitScores = (0..<nodeCount).map { aggregated[row, $0] }
            let placements = pipeline.nodes.indices.map { placement(node: $0, score: unitScores[$0], unit: units[row]) }
            return AssessedUnit(
                unit: units[row], nodes: pipeline.nodes, raw: (0..<indicators.count).map { input.raw[row, $0] },
                treated: (0..<indicators.count).map { treated[row, $0] }, scores: unitScores, placements: placements,
                tier: Tier.tier(for: unitScores[nodeCount - 1], in: pipeline.method.tiers)?.name,
                match: match(unitScores, unit: units[row]), flags: flags[row], treatedPoints: points[row], imputations: imputations[row],
                aggregationFlags: cells.filter { $0.row == row }.map {
                    AggregationFlag(unit: units[row], node: pipeline.nodes[$0.node], kind: $0.kind, availableShare: $0.availableShare)
                },
                coverage: coverage[row])
        }
    }

    /// Where `score` of node `node` would stand among the run's units other than `unit`.
    private func placement(node: Int, score: Double, unit: String) -> Placement {
        let column = scores.aggregated.column(node)
        let others = scores.units.indices.filter { scores.units[$0] != unit }.map { column[$0] }.filter { !$0.isNaN }
        let rank = score.isNaN ? nil : others.filter { $0 > score }.count + 1
        let median = others.withUnsafeBufferPointer(RStatistics.median)
        return Placement(node: pipeline.nodes[node], score: score, rank: rank, of: others.count + 1, peerMedian: median)
    }

    /// The development–governance match of one unit's scores, split where the run split.
    private func match(_ scores: [Double], unit: String) -> DevelopmentGovernanceMatch? {
        guard let split = parameters.matchSplit else { return nil }
        func mean(_ nodes: [Int]) -> Double {
            var sum = ExtendedSum()
            for node in nodes { sum.add(scores[node]) }
            return sum.value / Double(nodes.count)
        }
        let d = mean(pipeline.matchDevelopment), g = mean(pipeline.matchGovernance)
        var quadrant: MatchQuadrant?
        if !d.isNaN && !g.isNaN {
            switch (d >= split.development, g >= split.governance) {
            case (true, true): quadrant = .bothHigh
            case (true, false): quadrant = .developmentAhead
            case (false, true): quadrant = .governanceAhead
            case (false, false): quadrant = .bothLow
            }
        }
        return DevelopmentGovernanceMatch(unit: unit, development: d, governance: g, quadrant: quadrant)
    }
}
