// The scoring engine: from raw values to normalised indicators, aggregates, ranks and tiers.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The scoring pipeline of a framework, with its index plan worked out once.
///
/// ```
/// raw ─▶ denominate ─▶ transform (log1p) ─▶ screen ┐ (or impute, then screen:
///                                     impute ◀─────┘  CoverageRule.stage)
///     ─▶ treat outliers ─▶ normalise (polarity first) ─▶ aggregate level by level
///     ─▶ rank every column ─▶ tiers, development–governance match
/// ```
///
/// Building the pipeline resolves the framework's tree into flat index lists (children of each
/// aggregate, weights, per-indicator normalisation), so that ``run(_:)`` is a few passes over
/// contiguous column-major memory with no dictionary lookups: a run on 51 units × 49
/// indicators takes tens of microseconds, which makes Monte Carlo audits of 100,000 runs cheap.
///
/// The computations follow COINr 1.1.14 to the bit where COINr defines them (sums in extended
/// precision as R's `sum()`, means with R's correction pass), so COINr's results are reproduced
/// and its exact ties stay ties.
///
/// ```swift
/// let pipeline = try ScoringPipeline(framework: framework)
/// let scores = try pipeline.run(ScoringInput(framework: framework, selection: selection))
/// scores.index      // each country's index score
/// scores.indexRanks // and its rank
/// ```
///
/// Transforms (`log1p`) apply right after denomination, before imputation and treatment: the
/// outlier rule then judges the distribution that will be normalised, and means imputed for
/// skewed counts are taken on the log scale.
public struct ScoringPipeline: Sendable {
    /// The method of the run (the framework's, unless another was given).
    public let method: Method
    /// Indicator codes, in the framework's order: the columns of the input.
    public let indicators: [String]
    /// Aggregate codes, level by level from 2 up, in declaration order within a level.
    public let aggregates: [String]
    /// The level of each node: indicators, then aggregates.
    public let levels: [Int]
    /// The weight of each node (indicators, then aggregates), relative within its parent.
    public private(set) var weights: [Double]
    /// Per indicator, the code of its denominator column, if any.
    let indicatorDenominators: [String?]
    let transforms: [Transform]
    let treatmentChoices: [MethodOverrides.TreatmentChoice]
    let normalisations: [IndicatorNormalisation]
    /// Children of aggregate `a` are `childNodes[childStart[a] ..< childStart[a + 1]]`.
    let childStart: [Int]
    let childNodes: [Int]
    let aggregations: [Aggregation]
    let matchDevelopment: [Int]
    let matchGovernance: [Int]
    let matchSplit: MatchSplit?

    /// Resolves the framework into an index plan.
    /// - Parameters:
    ///   - framework: the tree, weights, polarities, overrides and (unless `method` is given)
    ///     the method block.
    ///   - method: a method to use instead of the framework's.
    ///   - weights: declared weights, equal weights or a named weight set.
    /// - Throws: ``ScoringError`` when the tree cannot be aggregated, the weight set does not
    ///   exist, or an indicator lacks the goalposts or target its normalisation needs.
    public init(framework: Framework, method: Method? = nil, weights choice: WeightChoice = .declared) throws(ScoringError) {
        let method = method ?? framework.method
        self.method = method
        let sorted = framework.aggregates.enumerated().sorted { ($0.element.level, $0.offset) < ($1.element.level, $1.offset) }.map(\.element)
        indicators = framework.indicators.map(\.id)
        aggregates = sorted.map(\.id)
        let count = indicators.count
        var nodeOf: [String: Int] = [:]
        for (index, id) in (indicators + aggregates).enumerated() {
            guard nodeOf.updateValue(index, forKey: id) == nil else { throw .structure("'\(id)' is declared twice") }
        }
        guard !indicators.isEmpty else { throw .structure("there are no indicators") }
        let roots = sorted.filter { $0.parent == nil }
        guard roots.count == 1, let root = roots.first else {
            throw .structure("there must be exactly one root aggregate (without parent), found \(roots.count)")
        }
        guard root.level == sorted.last?.level else {
            throw .structure("the root '\(root.id)' is at level \(root.level), below other aggregates")
        }
        var parentOf: [Int] = []
        for indicator in framework.indicators {
            guard let parent = nodeOf[indicator.parent], parent >= count else {
                throw .structure("indicator '\(indicator.id)' names parent '\(indicator.parent)', which is not an aggregate")
            }
            guard sorted[parent - count].level == 2 else {
                throw .structure("indicator '\(indicator.id)' has parent '\(indicator.parent)' at level \(sorted[parent - count].level); indicators sit under level 2")
            }
            parentOf.append(parent)
        }
        for aggregate in sorted {
            guard let parentID = aggregate.parent else {
                parentOf.append(-1)
                continue
            }
            guard let parent = nodeOf[parentID], parent >= count else {
                throw .structure("'\(aggregate.id)' names parent '\(parentID)', which is not an aggregate")
            }
            guard sorted[parent - count].level == aggregate.level + 1 else {
                throw .structure("'\(aggregate.id)' (level \(aggregate.level)) has parent '\(parentID)' at level \(sorted[parent - count].level)")
            }
            parentOf.append(parent)
        }
        var start = [0]
        var nodes: [Int] = []
        for aggregate in sorted.indices {
            let children = parentOf.indices.filter { parentOf[$0] == count + aggregate }
            guard !children.isEmpty else { throw .structure("'\(sorted[aggregate].id)' has no children") }
            nodes.append(contentsOf: children)
            start.append(nodes.count)
        }
        childStart = start
        childNodes = nodes
        levels = Array(repeating: 1, count: count) + sorted.map(\.level)
        aggregations = sorted.map { method.aggregation(atLevel: $0.level) }

        weights = try Self.weights(choice, framework: framework, declared: framework.indicators.map(\.weight) + sorted.map(\.weight), nodeOf: nodeOf)

        indicatorDenominators = framework.indicators.map(\.denominator)
        transforms = framework.indicators.map(\.transform)
        treatmentChoices = framework.indicators.map(\.overrides.treatment)
        var normalisations: [IndicatorNormalisation] = []
        for indicator in framework.indicators {
            var chosen = indicator.overrides.normalisation ?? method.normalisation
            var goalposts: ClosedRange<Double>?
            if case .goalposts(let scale) = chosen {
                switch indicator.treatedGoalposts() {
                case nil: throw .missingGoalposts(indicator: indicator.id, declaredAt: indicator.provenance)
                case .failure(let problem)?: throw .unusableGoalposts(indicator: indicator.id, problem: problem, declaredAt: indicator.provenance)
                case .success(let posts)?: goalposts = posts
                }
                // A scale the run gives applies to all; else the indicator's own, else 0–100.
                chosen = .goalposts(scale: scale ?? indicator.overrides.goalposts?.scale ?? 100)
            }
            if chosen == .distanceToTarget, indicator.overrides.target == nil { throw .missingTarget(indicator: indicator.id) }
            normalisations.append(IndicatorNormalisation(
                method: chosen, direction: indicator.polarity.direction, goalposts: goalposts,
                truncatesToGoalposts: indicator.overrides.goalposts?.truncates ?? true, target: indicator.overrides.target))
        }
        self.normalisations = normalisations
        if let match = method.match {
            func resolve(_ ids: [String]) throws(ScoringError) -> [Int] {
                var out: [Int] = []
                for id in ids {
                    guard let node = nodeOf[id] else { throw .structure("the development–governance match names '\(id)', which is not a node") }
                    out.append(node)
                }
                return out
            }
            matchDevelopment = try resolve(match.development)
            matchGovernance = try resolve(match.governance)
            matchSplit = match.split
        } else {
            matchDevelopment = []
            matchGovernance = []
            matchSplit = nil
        }
    }

    /// The same pipeline with some nodes' weights replaced (node code → weight relative within
    /// its parent); codes that are not nodes are ignored.
    public func reweighted(_ replacements: [String: Double]) -> ScoringPipeline {
        var copy = self
        for (index, id) in (indicators + aggregates).enumerated() {
            if let weight = replacements[id] { copy.weights[index] = weight }
        }
        return copy
    }

    /// All node codes: indicators, then aggregates (the columns of ``Scores/aggregated``).
    public var nodes: [String] { indicators + aggregates }

    /// Runs the whole pipeline on `input`.
    /// - Throws: ``ScoringError`` when the input does not fit, a value is outside a transform's
    ///   or an aggregation's domain, or screening leaves no unit.
    public func run(_ input: ScoringInput) throws(ScoringError) -> Scores {
        let stage = try treat(input)
        var matrix = [Double](repeating: .nan, count: stage.units.count * nodes.count)
        let constants = try normalise(stage.treated, into: &matrix) { stage.units[$0] }
        return try finish(stage, normalised: &matrix, constants: constants)
    }

    /// The steps up to outlier treatment: denominate, transform, screen and impute, treat.
    func treat(_ input: ScoringInput) throws(ScoringError) -> TreatedStage {
        let raw = input.raw
        guard raw.columns == indicators else {
            throw .input("the raw table's columns must be the framework's indicators in order (\(indicators.prefix(3).joined(separator: ", "))…)")
        }
        guard input.units.map(\.code) == raw.rows else { throw .input("the units must be the raw table's rows, in order") }
        guard input.years.count == raw.values.count else { throw .input("there must be one year per raw value") }

        let denominated = try denominate(raw, by: input.denominators)
        let transformed = try transform(denominated)
        var earlier: (values: ScoreTable, years: [Int?])?
        if method.imputation == .latestEarlier, let values = input.earlier {
            earlier = (try transform(try denominate(values, by: input.denominators)), input.earlierYears)
        }

        let coverageRule = method.coverage
        var imputed: ScoreTable
        let screened: ScoreTable
        let unitCoverage: [UnitCoverage]
        let indicatorCoverage: [IndicatorCoverage]
        let imputations: [ImputedCell]
        let kept: [Int]
        switch coverageRule.stage {
        case .beforeImputation:
            (unitCoverage, indicatorCoverage) = coverage(of: transformed)
            kept = unitCoverage.indices.filter { !unitCoverage[$0].excluded }
            guard !kept.isEmpty else { throw .noUnitsLeft(countryMinimum: coverageRule.countryMinimum) }
            screened = kept.count == raw.rows.count ? transformed : transformed.selecting(rows: kept)
            imputed = screened
            let restricted = earlier.map { (values: $0.values.selecting(rows: kept), years: years(of: $0.years, rows: kept, in: $0.values)) }
            imputations = try method.imputation.impute(&imputed, units: kept.map { input.units[$0] }, earlier: restricted)
        case .afterImputation:
            imputed = transformed
            imputations = try method.imputation.impute(&imputed, units: input.units, earlier: earlier)
            (unitCoverage, indicatorCoverage) = coverage(of: imputed)
            kept = unitCoverage.indices.filter { !unitCoverage[$0].excluded }
            guard !kept.isEmpty else { throw .noUnitsLeft(countryMinimum: coverageRule.countryMinimum) }
            screened = kept.count == raw.rows.count ? imputed : imputed.selecting(rows: kept)
        }
        let toTreat = coverageRule.stage == .beforeImputation ? imputed : screened
        let units = toTreat.rows

        for cell in imputations where !cell.value.isFinite {
            throw .notFinite(step: .imputation, node: cell.indicator, quantity: "the value imputed for \(cell.unit)")
        }
        var treated = toTreat
        let (treatment, pointChanges) = OutlierTreatment.treat(
            &treated.values, original: toTreat.values, rows: units.count, indicators: indicators,
            choices: treatmentChoices, treatment: method.treatment)
        // Winsorising keeps observed values; only the log fallback computes new ones.
        for (column, detail) in treatment.enumerated() where detail.outcome == .logTransformed {
            if case .goalposts = normalisations[column].method { throw .goalpostsAfterLogTreatment(indicator: indicators[column]) }
            for row in units.indices where !treated[row, column].isFinite && !toTreat[row, column].isNaN {
                throw .notFinite(step: .treatment, node: indicators[column], quantity: "the treated value of \(units[row])")
            }
        }
        return TreatedStage(
            raw: raw, years: input.years, denominated: denominated, transformed: transformed, imputed: imputed,
            screened: screened, treated: treated, unitCoverage: unitCoverage, indicatorCoverage: indicatorCoverage,
            imputations: imputations, treatment: treatment, pointChanges: pointChanges)
    }

    /// Normalises the indicator columns of `treated` (rows × indicators) into the first
    /// `rows × indicators` cells of `matrix` (column-major, `rows` rows); `unit` names a row in
    /// errors. Returns the indicators that were constant.
    func normalise(_ treated: ScoreTable, into matrix: inout [Double], unit: (Int) -> String) throws(ScoringError) -> [ConstantIndicator] {
        let rows = treated.rows.count
        var constants: [ConstantIndicator] = []
        var overflow: ScoringError?
        matrix.withUnsafeMutableBufferPointer { out in
            treated.values.withUnsafeBufferPointer { x in
                for column in indicators.indices {
                    let range = column * rows ..< (column + 1) * rows
                    do throws(IndicatorNormalisation.Overflow) {
                        if let value = try normalisations[column].normalise(UnsafeBufferPointer(rebasing: x[range]), into: UnsafeMutableBufferPointer(rebasing: out[range])) {
                            constants.append(ConstantIndicator(indicator: indicators[column], value: value))
                        }
                    } catch {
                        overflow = .notFinite(step: .normalisation, node: indicators[column],
                                              quantity: error.row.map { "the normalised value of \(unit($0))" } ?? error.quantity)
                        return
                    }
                }
            }
        }
        if let overflow { throw overflow }
        return constants
    }

    /// The steps after normalisation: aggregate level by level, rank, tiers and the match.
    /// `matrix` holds the normalised indicators of the stage's units (units × nodes, the
    /// aggregate columns still to compute); the aggregates are computed into it.
    func finish(_ stage: TreatedStage, normalised matrix: inout [Double], constants: [ConstantIndicator]) throws(ScoringError) -> Scores {
        let units = stage.units
        let rows = units.count
        let nodeCount = indicators.count + aggregates.count
        let normalised = ScoreTable(rows: units, columns: indicators, values: Array(matrix[0 ..< rows * indicators.count]))
        let flaggedCells = try aggregate(&matrix, units: units)
        let aggregated = ScoreTable(rows: units, columns: nodes, values: matrix)
        let ranks = rank(aggregated)

        let rootColumn = aggregated.column(nodeCount - 1)
        let tierNames = rootColumn.map { Tier.tier(for: $0, in: method.tiers)?.name }
        return Scores(
            units: units, raw: stage.raw, years: stage.years, denominated: stage.denominated, transformed: stage.transformed,
            imputed: stage.imputed, screened: stage.screened, treated: stage.treated, normalised: normalised,
            aggregated: aggregated, ranks: ranks, levels: levels, unitCoverage: stage.unitCoverage,
            indicatorCoverage: stage.indicatorCoverage, imputations: stage.imputations, treatment: stage.treatment,
            pointChanges: stage.pointChanges, constantIndicators: constants, flaggedCells: flaggedCells,
            tiers: tierNames, match: match(aggregated))
    }

    /// Divides each indicator by its declared denominator column (a missing denominator leaves
    /// the value missing; a zero one is an error).
    func denominate(_ table: ScoreTable, by denominators: ScoreTable) throws(ScoringError) -> ScoreTable {
        var out = table
        let rows = table.rows.count
        for (column, code) in indicatorDenominators.enumerated() {
            guard let code else { continue }
            guard let source = denominators.columns.firstIndex(of: code), denominators.rows.count == rows else {
                throw .input("indicator '\(indicators[column])' is divided by '\(code)', but the input has no such denominator column")
            }
            for row in 0..<rows {
                let denominator = denominators[row, source]
                guard denominator != 0 else {
                    throw .input("indicator '\(indicators[column])' is divided by '\(code)', which is 0 for \(table.rows[row]); give the denominator or leave it missing")
                }
                out[row, column] = table[row, column] / denominator
                guard !out[row, column].isInfinite else {
                    throw .notFinite(step: .denomination, node: indicators[column], quantity: "the value of \(table.rows[row]) divided by '\(code)'")
                }
            }
        }
        return out
    }

    /// Applies the declared transforms.
    func transform(_ table: ScoreTable) throws(ScoringError) -> ScoreTable {
        var out = table
        let rows = table.rows.count
        for (column, transform) in transforms.enumerated() where transform == .log1p {
            for row in 0..<rows {
                let value = table[row, column]
                guard value.isNaN || value > -1 else {
                    throw .valueOutsideTransformDomain(transform: transform, indicator: indicators[column], unit: table.rows[row], value: value)
                }
                out[row, column] = log1p(value)
            }
        }
        return out
    }

    /// The years of some rows of a column-major table of years.
    private func years(of years: [Int?], rows selected: [Int], in table: ScoreTable) -> [Int?] {
        let rows = table.rows.count
        return table.columns.indices.flatMap { column in selected.map { years[column * rows + $0] } }
    }

    /// Coverage of the units and indicators of `table`, with the coverage rule applied.
    private func coverage(of table: ScoreTable) -> ([UnitCoverage], [IndicatorCoverage]) {
        let rule = method.coverage
        let rows = table.rows.count, columns = table.columns.count
        var observed = [Int](repeating: 0, count: rows)
        var zeros = [Int](repeating: 0, count: rows)
        var indicatorCoverage: [IndicatorCoverage] = []
        table.values.withUnsafeBufferPointer { values in
            for column in 0..<columns {
                var count = 0
                for row in 0..<rows {
                    let value = values[column * rows + row]
                    guard !value.isNaN else { continue }
                    observed[row] += 1
                    count += 1
                    if value == 0 { zeros[row] += 1 }
                }
                let share = rows == 0 ? 0 : Double(count) / Double(rows)
                indicatorCoverage.append(IndicatorCoverage(indicator: table.columns[column], observed: count, total: rows, belowMinimum: share < rule.indicatorMinimum))
            }
        }
        let unitCoverage = (0..<rows).map { row in
            let share = columns == 0 ? 0 : Double(observed[row]) / Double(columns)
            let below = share < rule.countryMinimum
            return UnitCoverage(unit: table.rows[row], observed: observed[row], total: columns, zeros: zeros[row],
                                belowMinimum: below, excluded: below && rule.excludeCountries)
        }
        return (unitCoverage, indicatorCoverage)
    }

    /// Ranks every column (higher is better, ties at the lowest rank, missing unranked).
    private func rank(_ table: ScoreTable) -> ScoreTable {
        let rows = table.rows.count
        var ranks = [Double](repeating: .nan, count: table.values.count)
        var ranking = Ranking()
        ranks.withUnsafeMutableBufferPointer { out in
            table.values.withUnsafeBufferPointer { x in
                for column in table.columns.indices {
                    let range = column * rows ..< (column + 1) * rows
                    ranking.descending(UnsafeBufferPointer(rebasing: x[range]), into: UnsafeMutableBufferPointer(rebasing: out[range]))
                }
            }
        }
        return ScoreTable(rows: table.rows, columns: table.columns, values: ranks)
    }

    /// The development–governance match of every unit, when the method declares one.
    private func match(_ table: ScoreTable) -> [DevelopmentGovernanceMatch]? {
        guard let split = matchSplit else { return nil }
        let rows = table.rows.count
        func mean(_ nodes: [Int], _ row: Int) -> Double {
            var sum = ExtendedSum()
            for node in nodes { sum.add(table[row, node]) }
            return sum.value / Double(nodes.count)
        }
        let development = (0..<rows).map { mean(matchDevelopment, $0) }
        let governance = (0..<rows).map { mean(matchGovernance, $0) }
        let developmentSplit: Double, governanceSplit: Double
        switch split {
        case .median:
            developmentSplit = development.withUnsafeBufferPointer(RStatistics.median)
            governanceSplit = governance.withUnsafeBufferPointer(RStatistics.median)
        case .threshold(let value):
            developmentSplit = value
            governanceSplit = value
        }
        return (0..<rows).map { row in
            let d = development[row], g = governance[row]
            var quadrant: MatchQuadrant?
            if !d.isNaN && !g.isNaN {
                switch (d >= developmentSplit, g >= governanceSplit) {
                case (true, true): quadrant = .bothHigh
                case (true, false): quadrant = .developmentAhead
                case (false, true): quadrant = .governanceAhead
                case (false, false): quadrant = .bothLow
                }
            }
            return DevelopmentGovernanceMatch(unit: table.rows[row], development: d, governance: g, quadrant: quadrant)
        }
    }
}
