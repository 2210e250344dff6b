// The key findings at the top of the ranking page, each stated with its numbers: the leaders,
// the tiers, the match quadrants, the widest rank intervals of the audit, the biggest movers.

import AgileCore

/// The ranking page's key findings, one sentence each, made from the scores, the audit already
/// computed for the site (never recomputed) and the change since the previous edition.
struct KeyFindings {
    let input: ReportInput

    /// How many leaders, widest intervals and movers a finding names (ties at the boundary
    /// included up to ``limit``, the rest counted).
    static let named = 3
    /// The most countries a finding names.
    static let limit = 5

    /// The findings, in the order the page shows them; a finding without its data (no tiers, no
    /// match, no audit, no previous edition) is left out.
    var sentences: [String] {
        [leaders, tiers, quadrants, widestIntervals, movers].compactMap { $0 }
    }

    /// "Leaders: the United States (94.3), China (87.7) and the Netherlands (83.2), ranks 1 to 3 of 40."
    var leaders: String? {
        let scores = input.scores, index = input.indexColumn
        let ranked = input.unitsByRank.filter { scores.ranks[$0, index].isFinite && scores.units[$0] != input.assessment?.unit }
        guard let last = ranked.prefix(KeyFindings.named).last else { return nil }
        let cut = scores.ranks[last, index]
        let leaders = ranked.filter { scores.ranks[$0, index] <= cut }
        let items = leaders.prefix(KeyFindings.limit).map { "\(input.nameInSentence(scores.units[$0])) (\(ReportFormat.score(scores.aggregated[$0, index])))" }
            + (leaders.count > KeyFindings.limit ? ["\(leaders.count - KeyFindings.limit) more"] : [])
        let first = ReportFormat.rank(scores.ranks[leaders[0], index]), count = input.peerRankedCount
        return leaders.count == 1
            ? "Leader: \(items[0]), rank \(first) of \(count)."
            : "Leaders: \(EnglishList.joined(items)), ranks \(first) to \(ReportFormat.rank(cut)) of \(count)."
    }

    /// "Tiers: 16 countries leading (≥ 60), 14 advancing (40–60), 10 emerging (< 40)."
    var tiers: String? {
        let method = input.framework.method
        guard !method.tiers.isEmpty else { return nil }
        let units = input.scores.units.indices.filter { input.scores.units[$0] != input.assessment?.unit }
        var counts: [String: Int] = [:]
        for row in units { if let tier = input.scores.tiers[row] { counts[tier, default: 0] += 1 } }
        let items = zip(method.tiers, KeyFindings.tierRanges(method.tiers)).map { tier, range in
            "\(KeyFindings.countries(counts[tier.name] ?? 0)) \(tier.name) (\(range))"
        }
        return "Tiers: " + EnglishList.joined(items) + "."
    }

    /// "Development and governance: 25 countries both high, 5 governance ahead, …; 1 not placed."
    var quadrants: String? {
        guard let rule = input.framework.method.match, let match = input.scores.match else { return nil }
        let wording = MatchWording(rule: rule)
        let peers = match.filter { $0.unit != input.assessment?.unit }
        var counts: [MatchQuadrant: Int] = [:]
        for position in peers { if let quadrant = position.quadrant { counts[quadrant, default: 0] += 1 } }
        let unplaced = peers.count - counts.values.reduce(0, +)
        let items = MatchQuadrant.allCases.map { "\(KeyFindings.countries(counts[$0] ?? 0)) \(wording.quadrantName($0))" }
        return "\(wording.heading): " + EnglishList.joined(items) + (unplaced > 0 ? "; \(unplaced) not placed (a score missing)." : ".")
    }

    /// "Widest rank intervals in the audit (5–95 %, 1 000 replications): Italy 9–19 (rank 12), …."
    var widestIntervals: String? {
        guard let audit = input.audit else { return nil }
        let ranked = audit.statistics.filter { $0.nominal.isFinite && $0.percentile5.isFinite && $0.percentile95.isFinite }
        func width(_ s: RankStatistics) -> Double { s.percentile95 - s.percentile5 }
        let widest = ranked.sorted { (-width($0), $0.nominal, $0.unit) < (-width($1), $1.nominal, $1.unit) }
        guard let last = widest.prefix(KeyFindings.named).last, width(last) > 0 else {
            return ranked.isEmpty ? nil : "Rank intervals: every country keeps its rank in 90 % of the audit's \(ReportFormat.raw(Double(audit.replications))) replications."
        }
        let shown = widest.filter { width($0) >= width(last) && width($0) > 0 }
        let items = shown.prefix(KeyFindings.limit).map { s in
            "\(input.nameInSentence(s.unit)) \(AuditPage.rank(s.percentile5))–\(AuditPage.rank(s.percentile95)) (rank \(ReportFormat.rank(s.nominal)))"
        } + (shown.count > KeyFindings.limit ? ["\(shown.count - KeyFindings.limit) more"] : [])
        return "Widest rank intervals in the audit (5th to 95th percentile over \(ReportFormat.raw(Double(audit.replications))) replications): "
            + EnglishList.joined(items) + "."
    }

    /// "Biggest moves since 2024 (among the 14 countries in both): up, the United Arab Emirates ▲ 2 (13 → 11); down, …."
    var movers: String? {
        guard let change = input.change else { return nil }
        let moves = EditionMoves(change)
        let rows = change.commonCountries.compactMap { moves.indexRows[$0] }.filter { $0.rankTotal.isFinite && $0.rankTotal != 0 }
        let common = "among the \(KeyFindings.countries(change.commonCountries.count)) in both editions"
        guard !rows.isEmpty else { return "Since \(moves.earlierEdition): no country changed rank \(common)." }
        func biggest(_ moved: [EditionChange.Row]) -> String {
            guard let top = moved.map({ abs($0.rankTotal) }).max() else { return "none" }
            let tied = moved.filter { abs($0.rankTotal) == top }.sorted { $0.country < $1.country }
            let items = tied.prefix(KeyFindings.limit).map { row in
                "\(input.nameInSentence(row.country)) \(EditionMoves.places(row.rankTotal)) (\(ReportFormat.rank(row.earlierRank)) → \(ReportFormat.rank(row.laterRank)))"
            } + (tied.count > KeyFindings.limit ? ["\(tied.count - KeyFindings.limit) more"] : [])
            return EnglishList.joined(items)
        }
        return "Biggest moves since \(moves.earlierEdition) (\(common)): up, \(biggest(rows.filter { $0.rankTotal > 0 })); "
            + "down, \(biggest(rows.filter { $0.rankTotal < 0 }))."
    }

    /// `1 country`, `16 countries`.
    static func countries(_ count: Int) -> String {
        count == 1 ? "1 country" : "\(count) countries"
    }

    /// Each tier's range of scores, as the ranking page states it: `≥ 60`, `40–60`, `< 40`.
    static func tierRanges(_ tiers: [Tier]) -> [String] {
        tiers.enumerated().map { position, tier in
            let upper = position == 0 ? nil : tiers[position - 1].minimum
            return switch (tier.minimum.isFinite, upper) {
            case (true, nil): "≥ \(Scale.format(tier.minimum))"
            case let (true, upper?): "\(Scale.format(tier.minimum))–\(Scale.format(upper))"
            case let (false, upper?): "< \(Scale.format(upper))"
            case (false, nil): "all"
            }
        }
    }
}
