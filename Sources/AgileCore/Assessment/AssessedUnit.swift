// One assessed country's scores and where they would place it among a run's countries.

/// Where an assessed unit's score of one node would stand among the run's units.
public struct Placement: Hashable, Sendable {
    /// The indicator or aggregate.
    public var node: String
    /// The assessed unit's score (NaN when missing).
    public var score: Double
    /// The rank it would take: 1 + the number of the run's other units scoring higher (ties
    /// take the lowest rank, as the run's ranks); `nil` when the score is missing.
    public var rank: Int?
    /// The number of units ranked with it: the run's other units with a score, plus itself.
    public var of: Int
    /// The median score of the run's other units (NaN when none has one).
    public var peerMedian: Double

    public init(node: String, score: Double, rank: Int?, of: Int, peerMedian: Double) {
        self.node = node
        self.score = score
        self.rank = rank
        self.of = of
        self.peerMedian = peerMedian
    }
}

/// An indicator value outside the range of the run (its treated values, or its goalposts).
public struct RangeFlag: Hashable, Sendable {
    /// Which side of the range the value fell on.
    public enum Side: String, Hashable, Sendable {
        case below
        case above
    }

    public var indicator: String
    /// The value after denomination, transform, imputation and treatment (before clipping).
    /// For a log-treated indicator whose value is below the log's domain, the value before
    /// treatment.
    public var value: Double
    /// The range it fell outside.
    public var range: ClosedRange<Double>
    /// Whether the range is the goalposts (else the run's treated values).
    public var goalposts: Bool
    public var side: Side
    /// Whether the value was clipped to the range (always, unless extrapolating; and always
    /// below the domain of a log fallback).
    public var clipped: Bool

    public init(indicator: String, value: Double, range: ClosedRange<Double>, goalposts: Bool, side: Side, clipped: Bool) {
        self.indicator = indicator
        self.value = value
        self.range = range
        self.goalposts = goalposts
        self.side = side
        self.clipped = clipped
    }
}

/// The assessment of one unit against a run: its values at every step, its scores, their
/// would-be ranks and the peers' medians, tier, match and flags.
public struct AssessedUnit: Sendable {
    public var unit: String
    /// The nodes: indicators, then aggregates (as ``ScoringPipeline/nodes``).
    public var nodes: [String]
    /// Raw values per indicator (NaN for missing).
    public var raw: [Double]
    /// Values after denomination, transform, imputation, treatment and clipping: what was
    /// normalised.
    public var treated: [Double]
    /// Every node's score: the normalised indicators, then the aggregates.
    public var scores: [Double]
    /// Every node's placement among the run's units, in the order of `nodes`.
    public var placements: [Placement]
    /// The tier of the index score (`nil` when missing or no tier is declared).
    public var tier: String?
    /// The development–governance match, split where the run split it.
    public var match: DevelopmentGovernanceMatch?
    /// Values outside the run's range, indicator by indicator.
    public var flags: [RangeFlag]
    /// The values the run's outlier treatment changed: held to its winsorisation bounds, or
    /// put through its log fallback.
    public var treatedPoints: [TreatedPoint]
    /// The values imputation filled in.
    public var imputations: [ImputedCell]
    /// Aggregates built from part of their children, or left missing.
    public var aggregationFlags: [AggregationFlag]
    /// The unit's coverage at the screening stage.
    public var coverage: UnitCoverage

    /// The index score.
    public var index: Double { scores[scores.count - 1] }

    /// The placement on the index.
    public var indexPlacement: Placement { placements[placements.count - 1] }

    /// The placement of one node, by code.
    public func placement(of node: String) -> Placement? {
        placements.first { $0.node == node }
    }
}
