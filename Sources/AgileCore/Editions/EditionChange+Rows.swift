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
        let a = scorings[0], b = scorings[1]
        let root = nodes[0]
        // Per scoring and node, the score of each country (the earlier framework's index may have another id).
        let scoreTables: [[[String: Double]]] = scorings.enumerated().map { position, scores in
            let rowOf = Dictionary(scores.aggregated.rows.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            return nodes.map { node in
                guard let column = scores.aggregated.columns.firstIndex(of: position == 1 && node == root ? earlierRoot : node) else { return [:] }
                return rowOf.mapValues { scores.aggregated[$0, column] }
            }
        }
        let rankTables = scoreTables.map { byNode in byNode.map { scores in EditionChange.ranks(common.map { scores[$0] ?? .nan }, of: common) } }
        let laterCountries = a.raw.rows, earlierCountries = b.raw.rows
        let inEarlier = Set(earlierCountries), inLater = Set(laterCountries)
        let allRanks = Dictionary(zip(a.units, a.indexRanks), uniquingKeysWith: { first, _ in first })
        let order = laterCountries.sorted { x, y in
            let (rx, ry) = (allRanks[x] ?? .nan, allRanks[y] ?? .nan)
            if rx.isNaN != ry.isNaN { return !rx.isNaN }
            return rx.isNaN || rx == ry ? x < y : rx < ry
        } + earlierCountries.filter { !inLater.contains($0) }
        let laterRows = Dictionary(a.ranks.rows.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let laterColumns = nodes.map { a.ranks.columns.firstIndex(of: $0) }
        var rows: [Row] = []
        rows.reserveCapacity(order.count * nodes.count)
        for country in order {
            for (position, node) in nodes.enumerated() {
                func score(_ scoring: Int) -> Double { scoreTables[scoring][position][country] ?? .nan }
                func rank(_ scoring: Int) -> Double { rankTables[scoring][position][country] ?? .nan }
                var allRank = Double.nan
                if let row = laterRows[country], let column = laterColumns[position] { allRank = a.ranks[row, column] }
                rows.append(Row(
                    country: country, node: node, isIndex: node == root,
                    isNewcomer: !inEarlier.contains(country), isDropped: !inLater.contains(country),
                    later: score(0), earlier: score(1), earlierDataLaterField: score(2), earlierDataEarlierField: score(3),
                    laterRank: rank(0), earlierRank: rank(1), earlierDataLaterFieldRank: rank(2), earlierDataEarlierFieldRank: rank(3),
                    laterRankOfAll: allRank))
            }
        }
        return rows
    }

    /// The rank of each score among `countries` (higher is better, ties take the lowest rank,
    /// missing scores unranked).
    static func ranks(_ scores: [Double], of countries: [String]) -> [String: Double] {
        let order = scores.indices.filter { !scores[$0].isNaN }.sorted { scores[$0] > scores[$1] }
        var ranks: [String: Double] = [:]
        ranks.reserveCapacity(order.count)
        for (place, position) in order.enumerated() {
            // A tie takes the rank of the first of its scores.
            let tied = place > 0 && scores[order[place - 1]] == scores[position]
            ranks[countries[position]] = tied ? ranks[countries[order[place - 1]]]! : Double(place + 1)
        }
        return ranks
    }
}
