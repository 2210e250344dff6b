// The rows of an edition change: per country and node, the four scorings' scores and ranks and
// the effects between them.

extension EditionChange {
    /// One country at one node (the index or a pillar): its scores and ranks under the four
    /// scorings and the change between the editions, decomposed. Missing numbers are NaN: a
    /// country or node a scoring does not have, a score left missing.
    public struct Row: Hashable, Sendable {
        public var country: String
        /// The node of the later framework: its index or a pillar.
        public var node: String
        /// Whether ``node`` is the index.
        public var isIndex: Bool
        /// Whether the country is in the later edition only.
        public var isNewcomer: Bool
        /// Whether the country is in the earlier edition only.
        public var isDropped: Bool
        /// The scores of scorings A (later), B (earlier, as published), C and D.
        public var later: Double, earlier: Double, earlierDataLaterField: Double, earlierDataEarlierField: Double
        /// The ranks of the four scorings among the countries common to both editions.
        public var laterRank: Double, earlierRank: Double, earlierDataLaterFieldRank: Double, earlierDataEarlierFieldRank: Double
        /// The later edition's rank, among all its countries.
        public var laterRankOfAll: Double

        /// A − B.
        public var total: Double { later - earlier }
        /// A − C: the later data against the earlier, under the later framework and countries.
        public var dataEffect: Double { later - earlierDataLaterField }
        /// D − B: the later framework against the earlier, on the earlier data and countries.
        public var frameworkEffect: Double { earlierDataEarlierField - earlier }
        /// C − D: the later countries against the earlier, on the earlier data under the later framework.
        public var fieldEffect: Double { earlierDataLaterField - earlierDataEarlierField }
        /// Places gained from B to A (+ is up).
        public var rankTotal: Double { earlierRank - laterRank }
        /// Places gained from C to A.
        public var rankDataEffect: Double { earlierDataLaterFieldRank - laterRank }
        /// Places gained from B to D.
        public var rankFrameworkEffect: Double { earlierRank - earlierDataEarlierFieldRank }
        /// Places gained from D to C.
        public var rankFieldEffect: Double { earlierDataEarlierFieldRank - earlierDataLaterFieldRank }
    }

    /// The rows of `nodes` (the index first), scorings in the order A, B, C, D.
    static func rows(nodes: [String], earlierRoot: String, scorings: [Scores], common: [String]) -> [Row] {
        let (a, b, c, d) = (scorings[0], scorings[1], scorings[2], scorings[3])
        let root = nodes[0]
        // The earlier framework's index may have another id.
        func score(_ scores: Scores, _ country: String, _ node: String, earlierFramework: Bool = false) -> Double {
            scores.aggregated[row: country, column: earlierFramework && node == root ? earlierRoot : node] ?? .nan
        }
        func ranks(_ scores: Scores, _ node: String, earlierFramework: Bool = false) -> [String: Double] {
            EditionChange.ranks(common.map { score(scores, $0, node, earlierFramework: earlierFramework) }, of: common)
        }
        let laterCountries = a.raw.rows, earlierCountries = b.raw.rows
        let inEarlier = Set(earlierCountries), inLater = Set(laterCountries)
        let allRanks = Dictionary(zip(a.units, a.indexRanks), uniquingKeysWith: { first, _ in first })
        let order = laterCountries.enumerated().sorted { x, y in
            let (rx, ry) = (allRanks[x.element] ?? .nan, allRanks[y.element] ?? .nan)
            if rx.isNaN != ry.isNaN { return !rx.isNaN }
            return rx.isNaN || rx == ry ? x.element < y.element : rx < ry
        }.map(\.element) + earlierCountries.filter { !inLater.contains($0) }
        var rows: [Row] = []
        let rankTables = nodes.map { node in (ranks(a, node), ranks(b, node, earlierFramework: true), ranks(c, node), ranks(d, node)) }
        for country in order {
            for (position, node) in nodes.enumerated() {
                let (ra, rb, rc, rd) = rankTables[position]
                let allRank = a.ranks[row: country, column: node] ?? .nan
                rows.append(Row(
                    country: country, node: node, isIndex: node == root,
                    isNewcomer: !inEarlier.contains(country), isDropped: !inLater.contains(country),
                    later: score(a, country, node), earlier: score(b, country, node, earlierFramework: true),
                    earlierDataLaterField: score(c, country, node), earlierDataEarlierField: score(d, country, node),
                    laterRank: ra[country] ?? .nan, earlierRank: rb[country] ?? .nan,
                    earlierDataLaterFieldRank: rc[country] ?? .nan, earlierDataEarlierFieldRank: rd[country] ?? .nan,
                    laterRankOfAll: allRank))
            }
        }
        return rows
    }

    /// The rank of each score among `countries` (higher is better, ties take the lowest rank,
    /// missing scores unranked).
    static func ranks(_ scores: [Double], of countries: [String]) -> [String: Double] {
        var ranks: [String: Double] = [:]
        for (position, value) in scores.enumerated() where !value.isNaN {
            ranks[countries[position]] = Double(1 + scores.filter { !$0.isNaN && $0 > value }.count)
        }
        return ranks
    }
}
