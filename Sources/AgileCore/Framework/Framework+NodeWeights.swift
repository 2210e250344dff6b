// The nodes of a framework that carry a weight, and their weights under a run's weight choice.

extension Framework {
    /// The nodes whose weight counts (every node but the root), top down: the aggregates level
    /// by level from the one under the root, then the indicators, each in declaration order.
    public var weightedNodes: [String] {
        let depth = aggregates.map(\.level).max() ?? 1
        let levels = stride(from: depth - 1, through: 2, by: -1).flatMap { aggregates(atLevel: $0).map(\.id) }
        return levels + indicators.map(\.id)
    }

    /// What a weighted node's id is, for messages: `the id of a pillar, dimension or
    /// indicator, such as P1, D01 or I01`.
    public var weightedNodeDescription: String {
        let depth = aggregates.map(\.level).max() ?? 1
        let words = LevelWords(self)
        let levels = Array(stride(from: depth - 1, through: 1, by: -1))
        let examples = levels.compactMap { $0 == 1 ? indicators.first?.id : aggregates(atLevel: $0).first?.id }
        let kinds = levels.map(words.singular)
        let article = kinds.first.map { "aeiou".contains($0.prefix(1)) ? "an" : "a" } ?? "a"
        return "the id of \(article) \(Self.either(kinds)), such as \(Self.either(examples))"
    }

    /// `A`, `A or B`, `A, B or C`.
    static func either(_ items: [String]) -> String {
        items.count > 1 ? items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1] : items.joined()
    }

    /// The weight of every node under `choice` (relative within its parent), by id.
    /// - Throws: ``ScoringError`` for a weight set the framework does not declare or a weight
    ///   given for no node.
    public func weights(_ choice: WeightChoice) throws(ScoringError) -> [String: Double] {
        let nodes = indicators.map(\.id) + aggregates.map(\.id)
        let nodeOf = Dictionary(nodes.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let weights = try ScoringPipeline.weights(choice, framework: self, declared: indicators.map(\.weight) + aggregates.map(\.weight), nodeOf: nodeOf)
        return Dictionary(zip(nodes, weights), uniquingKeysWith: { first, _ in first })
    }

    /// The aggregates all of whose children weigh 0 under `weights` (they would get no score),
    /// each with its children, in declaration order.
    public func weightlessAggregates(_ weights: [String: Double]) -> [(aggregate: String, children: [String])] {
        aggregates.compactMap { aggregate in
            let children = indicators.filter { $0.parent == aggregate.id }.map(\.id) + aggregates.filter { $0.parent == aggregate.id }.map(\.id)
            guard !children.isEmpty, children.allSatisfy({ weights[$0] == 0 }) else { return nil }
            return (aggregate.id, children)
        }
    }
}
