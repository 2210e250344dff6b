// What `agile assess` prints: the placement lines, the table of scores and would-be ranks, the flags.

import AgileCore
import AgileReport
import AgileUseCases

/// The printed form of a self-assessment: a heading that says what it is placed against,
/// one line per country ("KEN would rank 9 of 15"), a table of every node's score, would-be
/// rank and peer median (index first, then each level down), and the flags under it.
struct AssessmentOutput {
    let result: AssessmentResult

    init(_ result: AssessmentResult) {
        self.result = result
    }

    var output: TabularOutput {
        let framework = result.run.framework
        let levels = result.run.scores.levels
        let order = levels.indices.sorted { (levels[$0], $1) > (levels[$1], $0) }
        let names = Dictionary(framework.indicators.map { ($0.id, $0.name) } + framework.aggregates.map { ($0.id, $0.name) },
                               uniquingKeysWith: { first, _ in first })
        let title = framework.name.contains(String(framework.edition)) ? framework.name : "\(framework.name) \(framework.edition)"
        var heading = [
            "Self-assessment against \(title) (run \(result.runID)) — not part of the published ranking",
            "Files: " + result.files.map { "\(Printable.name($0.name)) (SHA-256 \($0.sha256.prefix(12))…)" }.joined(separator: ", "),
            "Values outside the run's range: " + (result.extrapolate ? "scored beyond the scale (--extrapolate)" : "clipped to the range"),
        ]
        if let id = result.assessmentID { heading.append("Stored as assessment \(id); `agile assess --replay \(id)` prints it again.") }
        var rows: [[ResultTable.Cell]] = []
        var reading: [String] = []
        for unit in result.units {
            heading.append(placementLine(unit))
            for node in order {
                let placement = unit.placements[node]
                let level = levels[node]
                rows.append([
                    .text(unit.unit), .text(placement.node), .text(level <= framework.levelNames.count ? framework.levelNames[level - 1] : "\(level)"),
                    .text(names[placement.node] ?? placement.node), .value(placement.score),
                    placement.rank.map { .number(Double($0)) } ?? .missing, .number(Double(placement.of)), .value(placement.peerMedian),
                ])
            }
            for flag in unit.flags {
                let place = flag.side == .above ? "above" : "below"
                let range = "\(Scale.format(flag.range.lowerBound))–\(Scale.format(flag.range.upperBound))"
                let what = flag.goalposts ? "the goalposts" : "the run's range"
                reading.append("\(unit.unit) \(flag.indicator): \(Scale.format(flag.value)) is \(place) \(what) \(range): \(flag.clipped ? "clipped" : "extrapolated")")
            }
            for point in unit.treatedPoints {
                reading.append(point.logTransformed
                    ? "\(unit.unit) \(point.indicator): \(Scale.format(point.before)) put through the run's log fallback (\(Scale.format(point.after)))"
                    : "\(unit.unit) \(point.indicator): \(Scale.format(point.before)) winsorised to \(Scale.format(point.after)) as the run winsorised (after denomination and transform)")
            }
            if unit.coverage.belowMinimum {
                let minimum = Scale.format(result.run.method.coverage.countryMinimum * 100)
                reading.append("\(unit.unit): \(unit.coverage.observed) of \(unit.coverage.total) indicators observed, below the run's minimum of \(minimum) %: its scores rest on few values")
            }
            for cell in unit.imputations {
                reading.append("\(unit.unit) \(cell.indicator): missing, filled with \(Scale.format(cell.value)) as the run fills missing values")
            }
            for flag in unit.aggregationFlags {
                let share = Scale.format(flag.availableShare * 100)
                reading.append(flag.kind == .weightsRescaled
                    ? "\(unit.unit) \(flag.node): from the children with values (\(share) % of the weight), weights re-scaled"
                    : "\(unit.unit) \(flag.node): missing, only \(share) % of its children's weight has values")
            }
        }
        let table = ResultTable(
            columns: [
                .text("country", title: "Country"), .text("node", title: "Code"), .text("level", title: "Level"),
                .text("name", title: "Name", width: 40), .number("score", title: "Score", decimals: 2, signed: false),
                .integer("would_rank", title: "Would rank"), .integer("of", title: "Of"),
                .number("peer_median", title: "Peer median", decimals: 2),
            ],
            rows: rows)
        let cautions = result.run.illustrative ? ["ILLUSTRATIVE DATA — the run placed against is not the official results."]
            : result.illustrative ? ["ILLUSTRATIVE DATA — the values assessed are not official data."] : []
        return TabularOutput(heading: heading, cautions: cautions, table: table, reading: reading)
    }

    /// "KEN would rank 9 of 15 (index 45.21, tier developing; AI development ahead)".
    private func placementLine(_ unit: AssessedUnit) -> String {
        let index = unit.indexPlacement
        var details = ["index \(index.score.isNaN ? "missing" : FixedDecimal.text(index.score, decimals: 2))"]
        if let tier = unit.tier { details.append("tier \(tier)") }
        if let quadrant = unit.match?.quadrant, let labels = result.run.method.match?.labels {
            switch quadrant {
            case .bothHigh: details.append("\(labels.development) and \(labels.governance) both high")
            case .developmentAhead: details.append("\(labels.development) ahead")
            case .governanceAhead: details.append("\(labels.governance) ahead")
            case .bothLow: details.append("\(labels.development) and \(labels.governance) both low")
            }
        }
        let rank = index.rank.map { "would rank \($0) of \(index.of)" } ?? "has no index score to rank"
        return "\(unit.unit) \(rank) (\(details.joined(separator: ", ")))"
    }
}
