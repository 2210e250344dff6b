// The framework summary `agile validate` prints: levels, counts, statuses, method.

import AgileCore

/// A human-readable summary of a framework, as `agile validate` prints it.
public struct FrameworkSummary {
    public let text: String

    /// The summary of `framework`, read from `path`: its publication date, levels and counts, statuses, the top
    /// aggregates, negative indicators, countries, weight sets and the method.
    public init(_ framework: Framework, path: String) {
        var lines: [String] = []
        lines.append("\(path): valid framework '\(framework.id)' — \(framework.name), edition \(framework.edition), years \(framework.years.lowerBound)–\(framework.years.upperBound)")
        if let date = framework.publicationDate {
            lines.append("  published \(date)\(framework.publicationDateReconstructed ? " (a reconstructed date: the source gives no exact day)" : "")")
        }
        var counts: [String] = []
        for level in stride(from: framework.depth - 1, through: 2, by: -1) {
            let nodes = framework.aggregates(atLevel: level).count
            counts.append("\(nodes) \(FrameworkSummary.plural(framework.levelNames[level - 1].lowercased(), nodes))")
        }
        let statuses = [IndicatorStatus.confirmed, .reconstructed, .experimental].compactMap { status -> String? in
            let count = framework.indicators.filter { $0.status == status }.count
            return count == 0 && status == .experimental ? nil : "\(count) \(status.rawValue)"
        }
        counts.append("\(framework.indicators.count) indicators (\(statuses.joined(separator: ", ")))")
        lines.append("  " + counts.joined(separator: ", "))
        for top in framework.aggregates(atLevel: framework.depth - 1) {
            let children = framework.aggregates.filter { $0.parent == top.id }.count
            let indicators = framework.indicators(under: top.id).count
            lines.append("    \(top.id)  \(top.name) (weight \(Scale.format(top.weight))): \(children) \(framework.depth > 3 ? "dimensions" : "indicators"), \(indicators) indicators")
        }
        let negative = framework.indicators.filter { $0.polarity == .negative }.map(\.id)
        if !negative.isEmpty { lines.append("  negative polarity: \(negative.joined(separator: ", "))") }
        lines.append("  \(framework.participants.count) countries: \(framework.participants.map(\.code).joined(separator: " "))")
        if !framework.weightSets.isEmpty {
            lines.append("  weight sets: " + framework.weightSets.map { "\($0.id) (\($0.name))" }.joined(separator: ", "))
        }
        lines.append("  method: " + FrameworkSummary.describe(framework.method))
        text = lines.joined(separator: "\n")
    }

    static func plural(_ word: String, _ count: Int) -> String {
        count == 1 ? word : (word.hasSuffix("x") ? String(word.dropLast()) + "ices" : word + "s")
    }

    static func describe(_ method: Method) -> String {
        var parts: [String] = []
        switch method.normalisation {
        case let .minMax(low, high): parts.append("min-max \(Scale.format(low))–\(Scale.format(high))")
        case let .zScore(mean, sd): parts.append("z-score (mean \(Scale.format(mean)), sd \(Scale.format(sd)))")
        case .rank: parts.append("rank")
        case .percentileRank: parts.append("percentile rank")
        case .distanceToMax: parts.append("distance to maximum")
        case .distanceToTarget: parts.append("distance to target")
        case let .goalposts(scale): parts.append("goalposts 0–\(Scale.format(scale ?? 100))")
        }
        switch method.aggregation {
        case .arithmetic: parts.append("arithmetic mean")
        case .geometric: parts.append("geometric mean")
        case .harmonic: parts.append("harmonic mean")
        case let .generalised(p): parts.append("generalised mean (p = \(Scale.format(p)))")
        }
        switch method.treatment {
        case .none: parts.append("no outlier treatment")
        case let .skewKurtosis(rule):
            parts.append("winsorise while |skew| ≥ \(Scale.format(rule.skew)) and kurtosis ≥ \(Scale.format(rule.kurtosis)) (up to \(rule.winmax) points\(rule.logFallback ? ", then log" : ""))")
        }
        switch method.imputation {
        case .none: parts.append("no imputation")
        case .mean: parts.append("mean imputation")
        case .median: parts.append("median imputation")
        case let .groupMean(grouping): parts.append("group-mean imputation by \(grouping)")
        case .latestEarlier: parts.append("latest earlier value imputed")
        }
        parts.append("coverage flag below \(FixedDecimal.percent(method.coverage.countryMinimum, decimals: 1)) %")
        if !method.tiers.isEmpty {
            parts.append("tiers " + method.tiers.map { $0.minimum.isFinite ? "\($0.name) ≥ \(Scale.format($0.minimum))" : $0.name }.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }
}
