// A country's page beside its peers: the index and pillar scores against the medians of its
// region, its income group and all countries, its rank within each group, and its rank interval
// from the audit's uncertainty analysis.

import AgileCore

extension CountryPage {
    /// The peers section (`nil` when the registry groups no country by region or income and the
    /// site has no audit): a row for the index and one per pillar, with the score, the medians of
    /// the country's region, income group and all countries, and the ranks within the groups
    /// (`2 of 5`); and the sentence of the country's rank interval.
    func peersContext() -> [String: Any]? {
        let groups = input.peerGroups
        let interval = intervalSentence()
        guard !groups.isEmpty || interval != nil else { return nil }
        var context: [String: Any] = [:]
        if let interval { context["interval"] = interval }
        guard !groups.isEmpty else { return context }
        let memberships = PeerGroups.groupings.map { grouping in (grouping, groups.group(of: code, in: grouping.id)) }
        let index = input.indexColumn
        // A self-assessed country is not among the members it is ranked against: it would rank
        // among them and itself.
        let itself = input.assessment?.unit == code ? 1 : 0
        let nodes = [(input.root?.name ?? "Index", index)]
            + input.framework.aggregates(atLevel: input.topLevel).compactMap { pillar in input.column(pillar.id).map { ("\(pillar.id) \(pillar.name)", $0) } }
        context["rows"] = nodes.map { name, column -> [String: String] in
            let score = input.scores.aggregated[row, column]
            var cells = ["node": name, "score": ReportFormat.score(score), "all": ReportFormat.score(input.median(column))]
            for (grouping, group) in memberships {
                let figures = group.flatMap { groups.figures(of: $0, in: grouping.id, column: column) }
                cells[grouping.id + "Median"] = figures.map { ReportFormat.score($0.median) } ?? "–"
                cells[grouping.id + "Rank"] = figures.flatMap { figures in figures.rank(of: score).map { "\($0) of \(figures.descending.count + itself)" } } ?? "–"
            }
            return cells
        }
        let named = memberships.compactMap { grouping, group in
            group.map { "the \(grouping.noun) \($0) (\(KeyFindings.countries(groups.size(of: $0, in: grouping.id))))" }
        }
        context["sentence"] = named.isEmpty
            ? "The registry places \(input.nameInSentence(code)) in no region or income group: it is compared with all \(KeyFindings.countries(input.peerRankedCount)) only."
            : "\(input.name(code)) beside its peers of the registry's groups: \(EnglishList.joined(named + ["all \(KeyFindings.countries(input.peerRankedCount))"])). Ranks within a group count the members with a score (ties share a rank)."
        return context
    }

    /// The country's 5–95 % rank interval in the audit's uncertainty analysis, in a sentence
    /// (`nil` without an audit, or for a country it did not rank); the template links the audit page.
    private func intervalSentence() -> String? {
        guard let audit = input.audit, let statistics = input.rankIntervals[code], statistics.nominal.isFinite else { return nil }
        let low = AuditPage.rank(statistics.percentile5), high = AuditPage.rank(statistics.percentile95)
        let range = low == high ? "at \(low)" : "between \(low) and \(high)"
        return "Rank interval: over the \(ReportFormat.raw(Double(audit.replications))) replications of the audit's uncertainty analysis, "
            + "the rank of \(input.nameInSentence(code)) (\(ReportFormat.rank(statistics.nominal)) in the ranking) stays \(range) in 90 % of them "
            + "(5th to 95th percentile; median \(AuditPage.rank(statistics.median)))."
    }
}
