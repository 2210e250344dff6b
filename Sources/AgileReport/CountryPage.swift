// The country report: scores and ranks at every level, the match, strengths and weaknesses,
// every indicator with its flags, coverage, and the model-safety evidence.

import AgileCore

/// The values of one country's report, for `country.md.mustache`.
struct CountryPage {
    let input: ReportInput
    /// The country's row in the scores.
    let row: Int

    var code: String { input.scores.units[row] }

    /// The template context. `charts` maps a chart name to what the template shows in its
    /// place (an image link in Markdown, a marker the HTML page replaces with the SVG).
    func context(links: PageLinks, charts: [String: String]) -> [String: Any] {
        let scores = input.scores
        let framework = input.framework
        let index = input.indexColumn
        let count = input.rankedCount
        let indexName = input.root?.name ?? "Index"
        let pillars = framework.aggregates(atLevel: input.topLevel)
        let dimensions = framework.aggregates(atLevel: 2)
        let tier = scores.tiers[row] ?? "–"
        let coverage = self.coverage()
        var context: [String: Any] = [
            "name": input.name(code), "code": code, "indexName": indexName, "edition": String(framework.edition),
            "illustrative": input.illustrative, "total": ReportFormat.score(scores.aggregated[row, index]),
            "rank": ReportFormat.rank(scores.ranks[row, index]), "count": String(count), "tier": tier,
            "coverage": coverage, "charts": charts, "links": links.dictionary,
            "years": "\(framework.years.lowerBound)–\(framework.years.upperBound)",
            "hasReconstructed": framework.indicators.contains { $0.status == .reconstructed },
        ]
        if let assessment = input.assessment {
            context["selfAssessment"] = assessment.label
            if let sentence = assessment.rangeSentence { context["selfAssessmentRange"] = sentence }
        }
        context["pillars"] = nodes(pillars)
        context["dimensions"] = nodes(dimensions).map { node -> [String: Any] in
            var node = node
            if let dimension = framework.aggregate(node["id"] as? String ?? ""), let parent = dimension.parent {
                node["pillar"] = parent
            }
            return node
        }
        if let rule = framework.method.match {
            let wording = MatchWording(rule: rule)
            var section: [String: Any] = [
                "heading": wording.heading,
                "developmentLabel": wording.developmentLabel, "governanceLabel": wording.governanceLabel,
                "developmentNodes": rule.development.joined(separator: ", "),
                "governanceNodes": rule.governance.joined(separator: ", "),
            ]
            if let match = input.scores.match?.first(where: { $0.unit == code }) {
                section["position"] = [
                    "development": ReportFormat.score(match.development), "governance": ReportFormat.score(match.governance),
                    "gap": ReportFormat.fixed(match.gap, decimals: 1),
                    "quadrant": match.quadrant.map(wording.quadrantName) ?? "not placed (a score is missing)",
                    "meaning": match.quadrant.map(wording.meaning) ?? "",
                ]
            }
            context["match"] = section
        }
        let lists = strengthsAndWeaknesses()
        context["strongest"] = lists.strongest
        context["weakest"] = lists.weakest
        context["hasStrongest"] = !lists.strongest.isEmpty
        context["hasWeakest"] = !lists.weakest.isEmpty
        context["indicators"] = indicatorRows(links: links)
        context["summary"] = summary(indexName: indexName, tier: tier, count: count, pillars: pillars)
        if let zero = input.zeroMeaning { context["zeroMeaning"] = zero }
        if input.showsEvidence { context["evidence"] = EvidenceSection(input: input, code: code).context(charts: charts) }
        context["methodologyNote"] = methodologyNote()
        if let peers = peersContext() { context["peers"] = peers }
        if let change = changeContext() { context["change"] = change }
        return context
    }

    /// Score, rank and peer median of each node.
    private func nodes(_ aggregates: [Aggregate]) -> [[String: Any]] {
        aggregates.compactMap { aggregate in
            guard let column = input.column(aggregate.id) else { return nil }
            return [
                "id": aggregate.id, "name": aggregate.name,
                "score": ReportFormat.score(input.scores.aggregated[row, column]),
                "rank": ReportFormat.rank(input.scores.ranks[row, column]),
                "count": String(input.rankedCount(column)),
                "median": ReportFormat.score(input.median(column)),
            ]
        }
    }

    /// The indicators the country does best and worst on against its peers: the normalised
    /// score against the indicator's median over the countries with a value. A strength is above
    /// the median and above zero, a weakness below it; a value most countries share (a tie of
    /// more than half of them, as on a binary indicator) is neither. Each list is ordered by the
    /// distance from the median, largest first (ties: by id), and keeps `limit` entries.
    func strengthsAndWeaknesses(limit: Int = 5) -> (strongest: [[String: Any]], weakest: [[String: Any]]) {
        let scores = input.scores
        var entries: [(indicator: Indicator, column: Int, gap: Double)] = []
        for indicator in input.framework.indicators {
            guard let column = input.column(indicator.id) else { continue }
            let score = scores.aggregated[row, column], median = input.median(column)
            guard score.isFinite, median.isFinite, score != median else { continue }
            let tied = scores.units.indices.filter { scores.aggregated[$0, column] == score }.count
            guard 2 * tied <= input.rankedCount(column) else { continue }
            entries.append((indicator, column, score - median))
        }
        func entry(_ item: (indicator: Indicator, column: Int, gap: Double)) -> [String: Any] {
            let gap = ReportFormat.fixed(abs(item.gap), decimals: 1)
            return [
                "id": item.indicator.id, "name": item.indicator.name, "value": rawValue(item.indicator),
                "score": ReportFormat.score(scores.aggregated[row, item.column]),
                "median": ReportFormat.score(input.median(item.column)),
                "gap": (item.gap > 0 ? "+" : ReportFormat.minus) + gap,
                "rank": ReportFormat.rank(scores.ranks[row, item.column]),
                "ranked": String(input.rankedCount(item.column)),
            ]
        }
        let strongest = entries.filter { $0.gap > 0 && scores.aggregated[row, $0.column] > 0 }
            .sorted { $0.gap != $1.gap ? $0.gap > $1.gap : $0.indicator.id < $1.indicator.id }
        let weakest = entries.filter { $0.gap < 0 }
            .sorted { $0.gap != $1.gap ? $0.gap < $1.gap : $0.indicator.id < $1.indicator.id }
        return (strongest.prefix(limit).map(entry), weakest.prefix(limit).map(entry))
    }

    /// The raw value with its unit and the indicator's decimals, or `missing`.
    private func rawValue(_ indicator: Indicator) -> String {
        guard let column = input.scores.raw.columns.firstIndex(of: indicator.id),
              let rawRow = input.scores.raw.rows.firstIndex(of: code) else { return "missing" }
        return input.rawText(indicator, input.scores.raw[rawRow, column])
    }

    private func indicatorRows(links: PageLinks) -> [[String: Any]] {
        let scores = input.scores
        let imputed = Set(scores.imputations.filter { $0.unit == code }.map(\.indicator))
        let treated = Dictionary(scores.treatedPoints.filter { $0.unit == code }.map { ($0.indicator, $0) }, uniquingKeysWith: { first, _ in first })
        return input.framework.indicators.map { indicator in
            let observation = input.selection[country: code, indicator: indicator.id]
            var flags: [String] = []
            if observation?.value == nil { flags.append("missing") }
            if imputed.contains(indicator.id) { flags.append("imputed") }
            if let point = treated[indicator.id] {
                flags.append(point.logTransformed ? "log" : "winsorised")
            }
            if let range = input.assessment?.rangeFlags.first(where: { $0.indicator == indicator.id }) {
                flags.append(range.clipped ? "clipped" : "extrapolated")
            }
            if indicator.status == .reconstructed { flags.append("reconstructed") }
            if indicator.status == .experimental { flags.append("experimental") }
            let column = input.column(indicator.id)
            return [
                "id": indicator.id, "name": indicator.name, "value": rawValue(indicator), "link": links.indicator(indicator.id),
                "year": observation.map { String($0.year) } ?? "–",
                "source": source(observation.map { $0.source.isEmpty ? indicator.source : $0.source } ?? indicator.source,
                                 observed: observation?.value != nil),
                "score": column.map { ReportFormat.score(scores.aggregated[row, $0]) } ?? "–",
                "rank": column.map { column in
                    let rank = scores.ranks[row, column]
                    return rank.isFinite ? "\(ReportFormat.rank(rank)) of \(input.rankedCount(column))" : "–"
                } ?? "–",
                "flags": flags.joined(separator: ", "),
            ]
        }
    }

    /// The source of a value as the table names it: on illustrative pages a value's source says
    /// "(illustrative)" unless it already does (the store marks whole ingests illustrative, so
    /// every value shown is taken as one of them).
    private func source(_ text: String, observed: Bool) -> String {
        IndicatorValueText.source(text, observed: observed, illustrative: input.illustrative)
    }

    /// Coverage as a grade: A ≥ 95 %, B ≥ 85 %, C ≥ the framework's threshold, D below.
    private func coverage() -> [String: Any] {
        let indicators = input.framework.indicators
        let missing = indicators.filter { input.selection[country: code, indicator: $0.id]?.value == nil }
        let observed = indicators.count - missing.count
        let share = indicators.isEmpty ? 0 : Double(observed) / Double(indicators.count)
        let threshold = input.framework.method.coverage.countryMinimum
        let grade = share >= 0.95 ? "A" : share >= 0.85 ? "B" : share >= threshold ? "C" : "D"
        return [
            "grade": grade, "observed": String(observed), "total": String(indicators.count),
            "share": ReportFormat.percent(share), "threshold": ReportFormat.percent(threshold),
            "hasMissing": !missing.isEmpty,
            "missing": missing.map { "\($0.id) \($0.name)" }.joined(separator: "; "),
        ]
    }

    private func summary(indexName: String, tier: String, count: Int, pillars: [Aggregate]) -> String {
        let scores = input.scores
        var best: (Aggregate, Double)?, worst: (Aggregate, Double)?
        for pillar in pillars {
            guard let column = input.column(pillar.id) else { continue }
            let rank = scores.ranks[row, column]
            guard rank.isFinite else { continue }
            if best == nil || rank < best!.1 { best = (pillar, rank) }
            if worst == nil || rank > worst!.1 { worst = (pillar, rank) }
        }
        let ranks = input.assessment == nil ? "ranks" : "would rank"
        var text = "\(input.name(code)) \(ranks) \(ReportFormat.rank(scores.ranks[row, input.indexColumn])) of \(count) on the \(indexName) (tier: \(tier))."
        if let best, let worst, best.0.id != worst.0.id {
            text += " Its strongest pillar is \(best.0.name) (rank \(ReportFormat.rank(best.1))), its weakest \(worst.0.name) (rank \(ReportFormat.rank(worst.1)))."
        }
        return text
    }

    private func methodologyNote() -> String {
        let method = input.framework.method
        var parts: [String] = []
        switch method.normalisation {
        case let .minMax(low, high): parts.append("Indicators are normalised by min-max to \(Scale.format(low))–\(Scale.format(high)) across the countries of the edition, polarity applied so that higher is better")
        default: parts.append("Indicators are normalised across the countries of the edition, polarity applied so that higher is better")
        }
        parts.append("aggregated by weighted \(CountryPage.aggregationName(method.aggregation)) means, dimension by dimension and pillar by pillar; a missing indicator is left out and the weights of the others re-scaled")
        return parts.joined(separator: ", ") + "."
    }

    static func aggregationName(_ aggregation: Aggregation) -> String {
        switch aggregation {
        case .arithmetic: "arithmetic"
        case .geometric: "geometric"
        case .harmonic: "harmonic"
        case .generalised(let p): "generalised (p = \(Scale.format(p)))"
        }
    }
}

/// The links a page makes to the others, with the extension of the format being written.
struct PageLinks {
    var index: String
    var methodology: String
    /// The evidence page, when the site has one.
    var evidence: String?
    /// The audit page, when the site has one.
    var audit: String?
    /// The weights explorer: HTML sites only.
    var explorer: String?
    /// The extension of the pages linked (`md`, `html`).
    var pageExtension: String

    init(extension ext: String, audit: Bool = false, evidence: Bool = true) {
        pageExtension = ext
        index = "index.\(ext)"
        methodology = "methodology.\(ext)"
        self.evidence = evidence ? "evidence.\(ext)" : nil
        self.audit = audit ? "audit.\(ext)" : nil
        explorer = ext == "html" ? ExplorerPage.path : nil
    }

    var dictionary: [String: String] {
        var links = ["index": index, "methodology": methodology]
        links["evidence"] = evidence
        links["audit"] = audit
        links["explorer"] = explorer
        return links
    }
}
