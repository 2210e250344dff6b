// The methodology page: the framework tree with weights, every indicator's definition and
// status, the method block, and the log of what the pipeline did.

import AgileCore

/// The values of `methodology.md.mustache`.
struct MethodologyPage {
    let input: ReportInput

    func context(links: PageLinks) -> [String: Any] {
        let framework = input.framework
        let scores = input.scores
        let pillars = framework.aggregates(atLevel: input.topLevel).map { pillar -> [String: Any] in
            var rows: [[String: String]] = []
            for dimension in framework.aggregates.filter({ $0.parent == pillar.id }) {
                for indicator in framework.indicators where indicator.parent == dimension.id {
                    rows.append([
                        "dimension": "\(dimension.id) \(dimension.name)", "dimensionWeight": Scale.format(dimension.weight),
                        "id": indicator.id, "name": indicator.name, "weight": Scale.format(indicator.weight),
                        "unit": indicator.unit, "polarity": indicator.polarity.rawValue,
                        "transform": indicator.transform.rawValue, "status": indicator.status.rawValue,
                    ])
                }
            }
            return ["id": pillar.id, "name": pillar.name, "weight": Scale.format(pillar.weight), "definition": pillar.definition, "rows": rows]
        }
        let indicators = framework.indicators.map { indicator -> [String: String] in
            var row = ["id": indicator.id, "name": indicator.name, "status": indicator.status.rawValue,
                       "definition": indicator.definition.isEmpty ? indicator.name + "." : indicator.definition, "source": indicator.source,
                       "link": links.indicator(indicator.id)]
            if case .goalposts = indicator.overrides.normalisation ?? framework.method.normalisation {
                row["goalposts"] = MethodologyPage.goalposts(of: indicator)
            }
            return row
        }
        let treatedPoints = scores.treatedPoints.map { point -> [String: String] in
            let how: String
            if point.logTransformed {
                how = "log transform (winsorising did not pass)"
            } else if let side = point.winsorised {
                how = "winsorised (\(side == .high ? "high" : "low"))"
            } else {
                how = "changed"
            }
            let indicator = framework.indicators.first { $0.id == point.indicator }
            let unit = indicator?.unit ?? ""
            let scale = indicator?.transform == .log1p ? "log1p(\(unit.isEmpty ? "value" : unit))" : (unit.isEmpty ? "value" : unit)
            return [
                "indicator": point.indicator, "country": point.unit, "scale": scale,
                "before": number(indicator, point.before, raw: !point.logTransformed), "after": number(indicator, point.after, raw: !point.logTransformed),
                "how": how,
            ]
        }
        let imputedCells = scores.imputations.map { cell -> [String: String] in
            let indicator = framework.indicators.first { $0.id == cell.indicator }
            return ["indicator": cell.indicator, "country": cell.unit, "value": number(indicator, cell.value, raw: true), "how": "\(cell.source)"]
        }
        let confirmed = framework.indicators.filter { $0.status == .confirmed }.count
        return [
            "indexName": input.root?.name ?? "Index", "edition": String(framework.edition),
            "illustrative": input.illustrative, "description": framework.description,
            "pillarCount": String(framework.aggregates(atLevel: input.topLevel).count),
            "dimensionCount": String(framework.aggregates(atLevel: 2).count),
            "indicatorCount": String(framework.indicators.count), "confirmed": String(confirmed),
            "reconstructed": String(framework.indicators.filter { $0.status == .reconstructed }.count),
            "experimental": String(framework.indicators.filter { $0.status == .experimental }.count),
            "hasExperimental": framework.indicators.contains { $0.status == .experimental },
            "hasReconstructed": framework.indicators.contains { $0.status == .reconstructed },
            "pillars": pillars, "indicators": indicators, "method": MethodologyPage.describe(framework.method, years: framework.years),
            "scoreBasis": ScoreBasis(framework: framework).methodology,
            "treated": [
                "any": !treatedPoints.isEmpty, "points": treatedPoints,
                "count": MethodologyPage.treatedCount(treatedPoints.count),
            ] as [String: Any],
            "imputed": ["any": !imputedCells.isEmpty, "count": String(imputedCells.count), "cells": imputedCells] as [String: Any],
            "constant": ["any": !scores.constantIndicators.isEmpty, "list": scores.constantIndicators.map(\.indicator).joined(separator: ", ")] as [String: Any],
            "links": links.dictionary, "citation": Citation(input: input).context,
        ]
    }

    /// A treated or imputed value: with the indicator's decimals (as on every page) when it is on
    /// the raw scale (`raw`, and the indicator neither divided by a denominator nor transformed),
    /// else with up to 3 decimals.
    private func number(_ indicator: Indicator?, _ value: Double, raw: Bool) -> String {
        guard raw, let indicator, indicator.denominator == nil, indicator.transform == .none else { return ReportFormat.raw(value) }
        return input.rawNumber(indicator, value)
    }

    /// An indicator's goalposts as its definition states them: `0–3 (its scale)`,
    /// `0–250000 (raw units, log1p applied)`, `1.2–4.6 (after log1p)`, `-1 to 1`.
    static func goalposts(of indicator: Indicator) -> String? {
        guard let goalposts = indicator.overrides.goalposts else { return nil }
        let posts: ClosedRange<Double>
        var notes: [String] = []
        switch goalposts.bounds {
        case .scale:
            guard let low = indicator.scale.minimum, let high = indicator.scale.maximum else { return nil }
            posts = low...high
            notes.append("its scale")
        case .values(let declared):
            posts = declared
        }
        let low = Scale.format(posts.lowerBound), high = Scale.format(posts.upperBound)
        let range = posts.lowerBound < 0 ? "\(low) to \(high)" : "\(low)–\(high)"
        if indicator.transform != .none {
            notes.append(goalposts.bounds == .scale || goalposts.units == .raw ? "raw units, \(indicator.transform.rawValue) applied" : "after \(indicator.transform.rawValue)")
        }
        if !goalposts.truncates { notes.append("not truncated") }
        return notes.isEmpty ? range : "\(range) (\(notes.joined(separator: "; ")))"
    }

    /// The method block as sentences.
    static func describe(_ method: Method, years: ClosedRange<Int>) -> [String] {
        var lines: [String] = []
        lines.append("Data: for each country and indicator, the latest value from \(years.lowerBound) to \(years.upperBound).")
        lines.append("Coverage: a country with less than \(ReportFormat.percent(method.coverage.countryMinimum)) of indicators observed is flagged\(method.coverage.excludeCountries ? " and left out" : ""); an indicator observed for less than \(ReportFormat.percent(method.coverage.indicatorMinimum)) of countries is flagged.")
        switch method.imputation {
        case .none: lines.append("Imputation: none; missing values stay missing.")
        case .mean: lines.append("Imputation: the indicator's mean.")
        case .median: lines.append("Imputation: the indicator's median.")
        case .groupMean(let grouping): lines.append("Imputation: the indicator's mean within the country's \(grouping) group.")
        case .latestEarlier: lines.append("Imputation: the latest value before the window.")
        }
        switch method.treatment {
        case .none: lines.append("Outliers: no treatment.")
        case .skewKurtosis(let rule):
            lines.append("Outliers: an indicator with |skewness| ≥ \(Scale.format(rule.skew)) and kurtosis ≥ \(Scale.format(rule.kurtosis)) is winsorised one point at a time, up to \(rule.winmax) points\(rule.logFallback ? "; if it still fails, its original values are log-transformed instead" : "").")
        }
        switch method.normalisation {
        case let .minMax(low, high): lines.append("Normalisation: min-max to \(Scale.format(low))–\(Scale.format(high)), polarity applied (higher is better).")
        case let .zScore(mean, sd): lines.append("Normalisation: z-score with mean \(Scale.format(mean)) and standard deviation \(Scale.format(sd)), polarity applied.")
        case .rank: lines.append("Normalisation: ranks, polarity applied.")
        case .percentileRank: lines.append("Normalisation: percentile ranks, polarity applied.")
        case .distanceToMax: lines.append("Normalisation: distance to the maximum, polarity applied.")
        case .distanceToTarget: lines.append("Normalisation: distance to each indicator's target.")
        case .goalposts(let scale):
            let onto = scale.map { "0–\(Scale.format($0))" } ?? "0–100 (or the indicator's declared goalpost scale)"
            lines.append("Normalisation: fixed goalposts per indicator, polarity applied (a negative indicator scores from its upper goalpost down to its lower one), scaled to \(onto).")
        }
        lines.append("Aggregation: weighted \(CountryPage.aggregationName(method.aggregation)) mean at every level\(method.aggregationByLevel.isEmpty ? "" : " (other levels: " + method.aggregationByLevel.sorted { $0.key < $1.key }.map { "level \($0.key) \(CountryPage.aggregationName($0.value))" }.joined(separator: ", ") + ")"); a missing child is left out and the weights of the others re-scaled.")
        if !method.tiers.isEmpty {
            lines.append("Tiers: " + method.tiers.map { $0.minimum.isFinite ? "\($0.name) ≥ \(Scale.format($0.minimum))" : "\($0.name) below" }.joined(separator: ", ") + ".")
        }
        return lines
    }

    /// `1 value`, `3 values`.
    static func treatedCount(_ count: Int) -> String {
        count == 1 ? "1 value" : "\(count) values"
    }
}
