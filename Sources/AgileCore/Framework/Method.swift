// The method block of a framework: every pipeline choice as declared data.

/// How a framework turns observations into scores: coverage rules, imputation, outlier
/// treatment, normalisation, aggregation, tiers and the development–governance match.
public struct Method: Hashable, Sendable {
    public var coverage: CoverageRule
    public var imputation: Imputation
    public var treatment: Treatment
    public var normalisation: Normalisation
    /// Aggregation per level (2 = the indicators' parents); levels not listed use `aggregation`.
    public var aggregation: Aggregation
    public var aggregationByLevel: [Int: Aggregation]
    /// Tiers from the highest threshold down; a score takes the first tier whose minimum it reaches.
    public var tiers: [Tier]
    public var match: MatchRule?

    public init(
        coverage: CoverageRule = CoverageRule(), imputation: Imputation = .none,
        treatment: Treatment = .skewKurtosis(SkewKurtosisRule()),
        normalisation: Normalisation = .minMax(low: 0, high: 100),
        aggregation: Aggregation = .arithmetic, aggregationByLevel: [Int: Aggregation] = [:],
        tiers: [Tier] = [], match: MatchRule? = nil
    ) {
        self.coverage = coverage
        self.imputation = imputation
        self.treatment = treatment
        self.normalisation = normalisation
        self.aggregation = aggregation
        self.aggregationByLevel = aggregationByLevel
        self.tiers = tiers
        self.match = match
    }

    /// The aggregation used to build nodes of `level`.
    public func aggregation(atLevel level: Int) -> Aggregation {
        aggregationByLevel[level] ?? aggregation
    }
}

/// Data-coverage thresholds (shares between 0 and 1).
public struct CoverageRule: Hashable, Sendable {
    /// A country with a smaller share of observed indicators is flagged.
    public var countryMinimum: Double
    /// An indicator observed for a smaller share of countries is flagged.
    public var indicatorMinimum: Double
    /// Countries below `countryMinimum` are dropped from scoring when true.
    public var excludeCountries: Bool
    /// A node with a smaller share of its children's weight available is left missing.
    public var aggregateMinimum: Double
    /// Whether countries are screened before imputation (their real coverage) or after it.
    public var stage: ScreeningStage

    public init(
        countryMinimum: Double = 0.65, indicatorMinimum: Double = 0.65, excludeCountries: Bool = false,
        aggregateMinimum: Double = 0, stage: ScreeningStage = .beforeImputation
    ) {
        self.countryMinimum = countryMinimum
        self.indicatorMinimum = indicatorMinimum
        self.excludeCountries = excludeCountries
        self.aggregateMinimum = aggregateMinimum
        self.stage = stage
    }
}

/// How missing values are filled before treatment (opt-in).
public enum Imputation: Hashable, Sendable {
    case none
    case mean
    case median
    /// Mean of the indicator within the country's group of the named grouping.
    case groupMean(grouping: String)
    /// The latest observation before the edition's window.
    case latestEarlier
}

/// Outlier treatment.
public enum Treatment: Hashable, Sendable {
    case none
    case skewKurtosis(SkewKurtosisRule)
}

/// COINr's default outlier rule: winsorise while |skew| ≥ `skew` and kurtosis ≥ `kurtosis`.
public struct SkewKurtosisRule: Hashable, Sendable {
    public var skew: Double
    public var kurtosis: Double
    public var winmax: Int
    /// Whether to fall back to the log transform when winsorising does not pass.
    public var logFallback: Bool

    public init(skew: Double = 2, kurtosis: Double = 3.5, winmax: Int = 5, logFallback: Bool = true) {
        self.skew = skew
        self.kurtosis = kurtosis
        self.winmax = winmax
        self.logFallback = logFallback
    }
}

/// Normalisation methods; polarity is applied before any of them so that higher is better.
public enum Normalisation: Hashable, Sendable {
    case minMax(low: Double, high: Double)
    case zScore(mean: Double, sd: Double)
    case rank
    case percentileRank
    case distanceToMax
    /// Distance to each indicator's declared target.
    case distanceToTarget
    /// Fixed bounds per indicator (declared ``Goalposts``), scaled to `0...scale`. A `nil`
    /// scale is each indicator's own (a COINr iMeta's `goalpost_scale`), else 100; a scale given
    /// applies to every indicator.
    case goalposts(scale: Double?)
}

/// Aggregation of children into their parent.
public enum Aggregation: Hashable, Sendable {
    case arithmetic
    case geometric
    case harmonic
    /// Generalised (power) mean with exponent `p`.
    case generalised(p: Double)
}

/// A named score band, e.g. `leading` for totals of 60 and above.
public struct Tier: Hashable, Sendable {
    public var name: String
    /// Inclusive lower bound; `-infinity` for the lowest tier.
    public var minimum: Double

    public init(name: String, minimum: Double) {
        self.name = name
        self.minimum = minimum
    }
}

/// Where the development–governance quadrants split.
public enum MatchSplit: Hashable, Sendable {
    case median
    case threshold(Double)
}

/// Development and governance as declared sets of nodes (AGILE: P1 vs mean of P2–P4).
public struct MatchRule: Hashable, Sendable {
    public var development: [String]
    public var governance: [String]
    public var split: MatchSplit
    /// What the pages call the two sides (see ``MatchLabels``).
    public var labels = MatchLabels()

    public init(development: [String], governance: [String], split: MatchSplit = .median) {
        self.development = development
        self.governance = governance
        self.split = split
    }
}

/// Per-indicator method choices that replace the framework's.
public struct MethodOverrides: Hashable, Sendable {
    public enum TreatmentChoice: String, Hashable, Sendable {
        case `default`, skip, force
    }
    public var treatment: TreatmentChoice
    public var normalisation: Normalisation?
    /// Fixed bounds for goalpost normalisation.
    public var goalposts: Goalposts?
    /// Target for distance-to-target normalisation.
    public var target: Double?

    public init(
        treatment: TreatmentChoice = .default, normalisation: Normalisation? = nil,
        goalposts: Goalposts? = nil, target: Double? = nil
    ) {
        self.treatment = treatment
        self.normalisation = normalisation
        self.goalposts = goalposts
        self.target = target
    }
}
