// What a run's scores are measured against: the year's field, or fixed goalposts.

import AgileCore

/// Whether the scores of a run are relative to the year's field (min-max, z-score, ranks,
/// distances: a country's score moves when the others' values do, and scores of different
/// years do not compare) or on fixed goalposts (they compare between years), or partly each.
///
/// The methodology page says it in full, the ranking page in a note; each says it once.
struct ScoreBasis {
    /// The indicators on fixed goalposts, in framework order.
    let fixed: [String]
    /// How many indicators there are.
    let total: Int
    /// How the relative indicators are scaled, for a sentence (`min-max puts …`).
    let relativeHow: String
    /// A short name of the relative method (`min-max`).
    let relativeName: String
    /// Whether every fixed indicator's scores are cut to its goalposts.
    let truncated: Bool

    init(framework: Framework) {
        let method = framework.method
        var fixed: [String] = []
        var relative: [Normalisation] = []
        var truncated = true
        for indicator in framework.indicators {
            let chosen = indicator.overrides.normalisation ?? method.normalisation
            if case .goalposts = chosen {
                fixed.append(indicator.id)
                truncated = truncated && (indicator.overrides.goalposts?.truncates ?? true)
            } else if !relative.contains(chosen) {
                relative.append(chosen)
            }
        }
        self.fixed = fixed
        self.total = framework.indicators.count
        self.truncated = truncated
        if relative.count == 1, let only = relative.first {
            (relativeName, relativeHow) = ScoreBasis.words(only)
        } else {
            (relativeName, relativeHow) = ("several methods", "each indicator is scaled against the values of the countries scored this year")
        }
    }

    /// A method's short name and what it does, in words.
    static func words(_ normalisation: Normalisation) -> (name: String, how: String) {
        switch normalisation {
        case let .minMax(low, high):
            ("min-max", "min-max puts each indicator's worst value of the year at \(Scale.format(low)) and its best at \(Scale.format(high))")
        case .zScore:
            ("z-score", "z-scores measure each value against the year's mean and standard deviation")
        case .rank, .percentileRank:
            ("ranks", "ranks place each country among the countries scored that year")
        case .distanceToMax:
            ("distance to the maximum", "each value is measured against the year's best")
        case .distanceToTarget:
            ("distance to target", "each value is measured from the year's worst to the indicator's target")
        case .goalposts:
            ("goalposts", "each indicator is scored between its declared goalposts")
        }
    }

    /// The methodology page's sentence.
    var methodology: String {
        if fixed.isEmpty {
            return "Scores are relative to the year's field: \(relativeHow), so a country's score can fall although its own values rose, "
                + "and scores of different years do not compare (fixed goalposts, declared for each indicator, would make them comparable)."
        }
        let beyond = truncated ? "; a value beyond a goalpost scores as the goalpost" : "; a value beyond a goalpost scores beyond the scale"
        if fixed.count == total {
            return "Scores are on fixed goalposts: each indicator is scored between bounds declared for it, the same every year, "
                + "so scores of different years compare\(beyond)."
        }
        return "Scores are partly relative to the year's field: \(fixed.count) of \(total) indicators (\(fixed.joined(separator: ", "))) are scored on fixed goalposts, "
            + "the same every year\(beyond); for the others \(relativeHow), so the index of different years does not compare."
    }

    /// The ranking page's note.
    var ranking: String {
        if fixed.isEmpty {
            return "Scores are relative to the year's field (\(relativeName)): they compare countries within the year, not a country's scores between years."
        }
        if fixed.count == total {
            return "Scores are on fixed goalposts: they compare between years as well as between countries."
        }
        return "Scores are partly relative to the year's field (\(total - fixed.count) of \(total) indicators by \(relativeName)): they compare countries within the year, not a country's scores between years."
    }
}
