// The words of the development–governance match on the pages, from the registry's labels.

import AgileCore

/// How the pages word a ``MatchRule``: the section heading, the quadrant names, the chart's
/// titles and the sentences, all from the rule's ``MatchLabels``. AGILE's registry labels the
/// axes "AI development" and "AI governance" and states its principle (governance should match
/// development), which the sentences then apply; without a principle they only place a country.
struct MatchWording {
    let rule: MatchRule

    private var labels: MatchLabels { rule.labels }

    /// The section heading: "Development and governance".
    var heading: String { MatchWording.capitalised("\(labels.development) and \(labels.governance)") }

    /// The development word at the start of a sentence ("Development").
    var developmentLabel: String { MatchWording.capitalised(labels.development) }

    /// The governance word inside a sentence ("governance").
    var governanceLabel: String { labels.governance }

    /// A quadrant as tables and sentences name it: "both high", "development ahead", ….
    func quadrantName(_ quadrant: MatchQuadrant) -> String {
        switch quadrant {
        case .bothHigh: "both high"
        case .developmentAhead: "\(labels.development) ahead"
        case .governanceAhead: "\(labels.governance) ahead"
        case .bothLow: "both low"
        }
    }

    /// The corner names of the chart: "Both high", "Development ahead", ….
    var chartQuadrantNames: ScatterChart.QuadrantNames {
        ScatterChart.QuadrantNames(
            bothHigh: MatchWording.capitalised(quadrantName(.bothHigh)),
            developmentAhead: MatchWording.capitalised(quadrantName(.developmentAhead)),
            governanceAhead: MatchWording.capitalised(quadrantName(.governanceAhead)),
            bothLow: MatchWording.capitalised(quadrantName(.bothLow)))
    }

    /// The chart's title: "AI development against AI governance".
    var chartTitle: String { MatchWording.capitalised("\(labels.developmentAxis) against \(labels.governanceAxis)") }

    /// The x axis: "AI development (0–100)".
    var xAxisTitle: String { MatchWording.capitalised(labels.developmentAxis) + " (0–100)" }

    /// The y axis: "AI governance (0–100)".
    var yAxisTitle: String { MatchWording.capitalised(labels.governanceAxis) + " (0–100)" }

    /// The note of the ranking page: which nodes make each side, where the quadrants split, and
    /// the principle when the registry states one.
    var note: String {
        let split: String = switch rule.split {
        case .median: "the median"
        case .threshold(let value): Scale.format(value)
        }
        return "\(developmentLabel) is \(rule.development.joined(separator: ", ")); \(labels.governance) is the mean of \(rule.governance.joined(separator: ", ")). The quadrants split at \(split) of each"
            + (labels.principle.map { ": the index's principle is that \($0)" } ?? "") + "."
    }

    /// What a country's quadrant means, judged by the principle when the registry states one.
    func meaning(_ quadrant: MatchQuadrant) -> String {
        let line = switch rule.split {
        case .median: "the median of the countries"
        case .threshold(let value): "\(Scale.format(value))"
        }
        let (development, governance) = (labels.development, labels.governance)
        let judged = labels.principle != nil
        return switch quadrant {
        case .bothHigh:
            "\(developmentLabel) and \(governance) are both at or above \(line)"
                + (judged ? ": \(governance) keeps pace with \(development)." : ".")
        case .developmentAhead:
            "\(developmentLabel) is at or above \(line) but \(governance) is below it"
                + (judged ? ": \(governance) lags behind \(development), the mismatch the index's principle warns about." : ".")
        case .governanceAhead:
            "\(MatchWording.capitalised(governance)) is at or above \(line) while \(development) is below it"
                + (judged ? ": \(governance) is ahead of \(development)." : ".")
        case .bothLow:
            "\(developmentLabel) and \(governance) are both below \(line)."
        }
    }

    /// `text` with its first letter in capitals.
    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
