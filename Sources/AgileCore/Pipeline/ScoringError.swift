// Why a scoring run cannot go on, said so that the user knows what to change.

/// A problem that stops the scoring pipeline, with the fix in its description.
public enum ScoringError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The framework's tree cannot be aggregated (a parent that is missing or not one level up,
    /// an aggregate without children, no single root).
    case structure(String)
    /// The weight set named for the run is not declared.
    case unknownWeightSet(String)
    /// A weight given for a node (`--weight`, a weights file) names no node of the framework.
    case unknownWeightedNode(String)
    /// An aggregation met a value outside its domain: geometric and harmonic means and
    /// generalised means with p ≤ 0 need values > 0, other generalised means values ≥ 0.
    case valueOutsideAggregationDomain(aggregation: Aggregation, node: String, child: String, unit: String, value: Double)
    /// A transform met a value outside its domain (`log1p` needs values > −1).
    case valueOutsideTransformDomain(transform: Transform, indicator: String, unit: String, value: Double)
    /// Goalpost normalisation of an indicator that declares no goalposts; `declaredAt` is where
    /// the indicator is declared (a registry's or an iMeta's line).
    case missingGoalposts(indicator: String, declaredAt: Provenance?)
    /// Goalpost normalisation of an indicator whose declared goalposts cannot be used.
    case unusableGoalposts(indicator: String, problem: GoalpostProblem, declaredAt: Provenance?)
    /// Goalpost normalisation of an indicator that the outlier treatment log-transformed (its
    /// skew-kurtosis log fallback): that transform depends on the year's values, so no fixed
    /// goalposts fit them.
    case goalpostsAfterLogTreatment(indicator: String)
    /// Distance-to-target normalisation of an indicator that declares no target.
    case missingTarget(indicator: String)
    /// Group-mean imputation by a grouping no unit belongs to.
    case unknownGrouping(String)
    /// Latest-earlier imputation without a table of earlier values.
    case missingEarlierValues
    /// The input's columns or rows do not fit the framework.
    case input(String)
    /// Screening excluded every unit.
    case noUnitsLeft(countryMinimum: Double)
    /// An assessed unit has too few observed indicators and the run's screening excludes such
    /// units (``Assessment``).
    case screenedOut(unit: String, observed: Int, total: Int, countryMinimum: Double)
    /// A step met or made a number that is not finite: the values are too large or too far
    /// apart for double precision (a range, a variance or a power that overflows). `node` is
    /// the indicator or aggregate, `quantity` what overflowed (`the standard deviation`).
    case notFinite(step: ScoringStep, node: String, quantity: String)
    /// A result that a run must not record: a score that is neither finite nor missing, or a
    /// rank that is not a whole number from 1 to the number of units.
    case unrecordable(node: String, unit: String, quantity: String)

    public var description: String {
        switch self {
        case .structure(let message):
            return "the framework cannot be aggregated: \(message)"
        case .unknownWeightSet(let id):
            return "there is no weight set '\(id)'; declare it in the registry's weightSets or choose declared or equal weights"
        case .unknownWeightedNode(let node):
            return "a weight is given for '\(node)', which is not a node of the framework; give the id of an indicator or an aggregate"
        case let .valueOutsideAggregationDomain(aggregation, node, child, unit, value):
            let name: String
            let need: String
            switch aggregation {
            case .geometric: (name, need) = ("geometric mean", "uses log, so every value must be > 0")
            case .harmonic: (name, need) = ("harmonic mean", "uses 1/x, so every value must be > 0")
            case .generalised(let p): (name, need) = ("generalised mean (p = \(Scale.format(p)))", p > 0 ? "needs values ≥ 0" : "needs values > 0")
            case .arithmetic: (name, need) = ("arithmetic mean", "needs finite values")
            }
            return "the \(name) of '\(node)' for \(unit) meets \(Scale.format(value)) in '\(child)': the \(name) \(need). "
                + "Normalise onto [1, 100] (min-max with low 1) so that no value is zero or negative, or aggregate '\(node)' with the arithmetic mean"
        case let .valueOutsideTransformDomain(transform, indicator, unit, value):
            return "the \(transform.rawValue) transform of '\(indicator)' for \(unit) meets \(Scale.format(value)); it needs values > −1: check the value or declare transform none"
        case let .missingGoalposts(indicator, declaredAt):
            return "\(declaredAt.map { "\($0): " } ?? "")goalpost normalisation of '\(indicator)' needs goalposts, and it declares none: "
                + "in a registry add <goalposts low=\"…\" high=\"…\"/> (or <goalposts from=\"scale\"/>) to the indicator; "
                + "in a COINr iMeta fill its goalpost_lower and goalpost_upper columns"
        case let .unusableGoalposts(indicator, problem, declaredAt):
            return "\(declaredAt.map { "\($0): " } ?? "")goalpost normalisation of '\(indicator)': \(problem.message)"
        case .goalpostsAfterLogTreatment(let indicator):
            return "goalpost normalisation of '\(indicator)': the outlier treatment log-transformed it (winsorising did not pass), "
                + "and that transform depends on the year's values, so its fixed goalposts no longer apply; "
                + "declare treatment=\"skip\" on the indicator, or turn the log fallback off (logFallback=\"false\" in the registry, "
                + "--treat skew-kurtosis:2,3.5,5,no-log or --treat none)"
        case .missingTarget(let indicator):
            return "distance-to-target normalisation of '\(indicator)' needs a target: declare target on the indicator"
        case .unknownGrouping(let grouping):
            return "group-mean imputation by '\(grouping)': no unit belongs to a group of that name; declare the grouping on the countries or choose another imputation"
        case .missingEarlierValues:
            return "latest-earlier imputation needs the observations before the edition's window; build the input from all stored observations"
        case .input(let message):
            return "the input does not fit the framework: \(message)"
        case .noUnitsLeft(let minimum):
            return "screening excluded every unit (none has \(Scale.format(minimum * 100)) % of its indicators); lower the coverage minimum or turn off excludeCountries"
        case let .screenedOut(unit, observed, total, minimum):
            return "\(unit) has \(observed) of its \(total) indicators, below the run's minimum of \(Scale.format(minimum * 100)) %, "
                + "and the run excludes such countries: it cannot be assessed against this run; give more of its values"
        case let .notFinite(step, node, quantity):
            return "the \(step.rawValue) of '\(node)' overflows: \(quantity) is not a finite number (the values are too large or too far apart "
                + "for double precision); scale the values down or choose another \(step.rawValue)"
        case let .unrecordable(node, unit, quantity):
            return "the run cannot be recorded: \(quantity) of '\(node)' for \(unit) is neither a finite number nor missing"
        }
    }
}

/// The steps of the pipeline that compute new numbers, as errors name them.
public enum ScoringStep: String, Hashable, Sendable {
    case denomination
    case imputation
    case treatment
    case normalisation
    case aggregation
}
