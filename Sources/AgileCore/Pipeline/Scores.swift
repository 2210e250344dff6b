// Everything one scoring run produced: every intermediate table, the logs, ranks, tiers, match.

/// The results of one ``ScoringPipeline`` run.
///
/// Every stage is kept as a table, so a report can explain each number and an audit can replay
/// the run: `raw` and `denominated` hold every input unit; the later tables hold the units the
/// stage saw (screening may drop some). `aggregated` holds the normalised indicators followed
/// by every aggregate, level by level (COINr's `dset_Aggregated`), and `ranks` ranks each of
/// its columns (higher is better, ties take the lowest rank, missing stays unranked).
public struct Scores: Sendable {
    /// The units scored (after screening), the rows of `treated` onwards.
    public var units: [String]
    /// Raw values as input.
    public var raw: ScoreTable
    /// The year of each raw value, laid out like `raw.values`.
    public var years: [Int?]
    /// Raw values divided by their denominators.
    public var denominated: ScoreTable
    /// Denominated values with the declared transforms (`log1p`) applied.
    public var transformed: ScoreTable
    /// Values after imputation (equal to its input when imputation is off).
    public var imputed: ScoreTable
    /// Values of the units that screening kept.
    public var screened: ScoreTable
    /// Values after outlier treatment.
    public var treated: ScoreTable
    /// Normalised values, polarity applied (higher is better).
    public var normalised: ScoreTable
    /// Normalised indicators followed by the aggregates of every level.
    public var aggregated: ScoreTable
    /// The rank of every unit in every column of `aggregated`.
    public var ranks: ScoreTable
    /// The level of each column of `aggregated` (1 for indicators).
    public var levels: [Int]

    /// Coverage of every input unit at the screening stage.
    public var unitCoverage: [UnitCoverage]
    /// Coverage of every indicator at the screening stage.
    public var indicatorCoverage: [IndicatorCoverage]
    /// Every value imputation filled in.
    public var imputations: [ImputedCell]
    /// The treatment record of every indicator.
    public var treatment: [IndicatorTreatment]
    /// Every value treatment changed, by position.
    var pointChanges: [PointChange]
    /// Indicators that were constant when normalised.
    public var constantIndicators: [ConstantIndicator]
    /// Aggregate cells built from part of their children, or left missing, by position.
    var flaggedCells: [FlaggedCell]
    /// The tier of each unit's index score (`nil` when missing or when no tier is declared).
    public var tiers: [String?]
    /// The development–governance match of each unit, when the method declares one.
    public var match: [DevelopmentGovernanceMatch]?

    init(
        units: [String], raw: ScoreTable, years: [Int?], denominated: ScoreTable, transformed: ScoreTable,
        imputed: ScoreTable, screened: ScoreTable, treated: ScoreTable, normalised: ScoreTable,
        aggregated: ScoreTable, ranks: ScoreTable, levels: [Int], unitCoverage: [UnitCoverage],
        indicatorCoverage: [IndicatorCoverage], imputations: [ImputedCell], treatment: [IndicatorTreatment],
        pointChanges: [PointChange], constantIndicators: [ConstantIndicator], flaggedCells: [FlaggedCell],
        tiers: [String?], match: [DevelopmentGovernanceMatch]?
    ) {
        self.units = units
        self.raw = raw
        self.years = years
        self.denominated = denominated
        self.transformed = transformed
        self.imputed = imputed
        self.screened = screened
        self.treated = treated
        self.normalised = normalised
        self.aggregated = aggregated
        self.ranks = ranks
        self.levels = levels
        self.unitCoverage = unitCoverage
        self.indicatorCoverage = indicatorCoverage
        self.imputations = imputations
        self.treatment = treatment
        self.pointChanges = pointChanges
        self.constantIndicators = constantIndicators
        self.flaggedCells = flaggedCells
        self.tiers = tiers
        self.match = match
    }

    /// Every value outlier treatment changed, indicator by indicator, unit by unit.
    public var treatedPoints: [TreatedPoint] {
        pointChanges.map {
            TreatedPoint(unit: treated.rows[$0.row], indicator: treated.columns[$0.column], before: $0.before, after: $0.after,
                         winsorised: $0.winsorised, logTransformed: $0.logTransformed)
        }
    }

    /// Aggregate cells built from part of their children (weights re-scaled) or left missing
    /// for lack of them, node by node.
    public var aggregationFlags: [AggregationFlag] {
        flaggedCells.map {
            AggregationFlag(unit: aggregated.rows[$0.row], node: aggregated.columns[$0.node], kind: $0.kind, availableShare: $0.availableShare)
        }
    }

    /// The scores of one level: 1 gives the normalised indicators, 2 the first aggregates, …
    public func table(atLevel level: Int) -> ScoreTable {
        aggregated.selecting(columns: levels.indices.filter { levels[$0] == level })
    }

    /// The index (the root of the framework): each unit's score, in the order of `units`.
    public var index: [Double] {
        aggregated.column(aggregated.columns.count - 1)
    }

    /// The rank of each unit on the index.
    public var indexRanks: [Double] {
        ranks.column(ranks.columns.count - 1)
    }
}
