// The ranking page: every country with its total, pillars, tier and quadrant (when the
// registry declares a match).

import AgileCore

/// The values of `index.md.mustache`.
struct RankingPage {
    let input: ReportInput

    func context(links: PageLinks, linkExtension: String, charts: [String: String]) -> [String: Any] {
        let scores = input.scores
        let framework = input.framework
        let pillars = framework.aggregates(atLevel: input.topLevel)
        let pillarColumns = pillars.compactMap { input.column($0.id) }
        let matchByUnit = Dictionary((scores.match ?? []).map { ($0.unit, $0) }, uniquingKeysWith: { first, _ in first })
        let wording = framework.method.match.map(MatchWording.init)
        let moves = input.change.map(EditionMoves.init)
        let countries: [[String: Any]] = input.unitsByRank.map { row in
            let code = scores.units[row]
            return [
                "rank": ReportFormat.rank(scores.ranks[row, input.indexColumn]),
                "name": input.name(code), "code": code,
                "link": "\(ReportInput.pageName(code)).\(linkExtension)",
                "total": ReportFormat.score(scores.aggregated[row, input.indexColumn]),
                "pillars": pillarColumns.map { ReportFormat.score(scores.aggregated[row, $0]) },
                "tier": scores.tiers[row] ?? "–",
                "quadrant": wording.flatMap { wording in matchByUnit[code]?.quadrant.map(wording.quadrantName) } ?? "–",
                "earlierRank": moves?.earlierRankCell(code) ?? "",
                "move": moves?.moveCell(code) ?? "",
            ]
        }
        let ranges = KeyFindings.tierRanges(framework.method.tiers)
        let tiers: [[String: Any]] = zip(framework.method.tiers, ranges).map { tier, range in
            let members = input.unitsByRank.filter { scores.tiers[$0] == tier.name }.map { input.name(scores.units[$0]) }
            return ["name": tier.name, "range": range, "members": members.isEmpty ? "none" : members.joined(separator: ", ")]
        }
        var context: [String: Any] = [
            "indexName": input.root?.name ?? "Index", "edition": String(framework.edition),
            "illustrative": input.illustrative, "count": String(input.rankedCount),
            "pillarCount": String(pillars.count), "dimensionCount": String(framework.aggregates(atLevel: 2).count),
            "indicatorCount": String(framework.indicators.count), "weights": input.weightsText,
            "scoreBasis": ScoreBasis(framework: framework).ranking,
            "pillarHeaders": pillars.map(\.id), "countries": countries, "tiers": tiers,
            "hasMatch": wording != nil, "charts": charts, "links": links.dictionary,
        ]
        if !input.selfAssessed.isEmpty {
            context["hasSelfAssessments"] = true
            context["selfAssessments"] = input.selfAssessed.map { code in
                ["name": input.name(code), "code": code, "link": "\(ReportInput.pageName(code, assessed: true)).\(linkExtension)"]
            }
        }
        if let zero = input.zeroMeaning { context["zeroMeaning"] = zero }
        context["findings"] = KeyFindings(input: input).sentences
        context["citation"] = Citation(input: input).context
        if let moves {
            let movers = moves.biggestMovers(name: input.name)
            context["change"] = [
                "earlierEdition": String(moves.earlierEdition), "note": moves.rankingNote, "changesLink": "changes.\(linkExtension)",
                "up": movers.up.isEmpty ? "none" : movers.up.joined(separator: "; "),
                "down": movers.down.isEmpty ? "none" : movers.down.joined(separator: "; "),
                "newcomers": moves.change.newcomers.isEmpty ? "none" : moves.change.newcomers.map(input.name).joined(separator: "; "),
            ]
        }
        if let wording {
            context["matchHeading"] = wording.heading
            context["matchNote"] = wording.note
        }
        return context
    }
}
