// How an edition's framework descends from its predecessor's: what continued, was revised,
// merged, dropped or is new.

/// Two editions side by side, as the later one declares its lineage: each indicator of the
/// edition is *continued* (the predecessor's id, unchanged concept), *revised* (a new id with
/// `revises`) or *new*; each predecessor indicator is continued, revised or *dropped* (listed
/// with a reason). Aggregates (dimensions, pillars) likewise continue, *merge* predecessor
/// aggregates of their level (`merges`), are new or dropped.
///
/// The comparison is by id: an id the edition reuses for a different concept looks continued,
/// and nothing here can tell (a changed type or polarity is the one sign it catches).
///
/// ```swift
/// let lineage = EditionLineage(edition: agile2025, predecessor: agile2024)
/// lineage.problems                         // [] when the declarations hold
/// (lineage.continued.count, lineage.revised.count, lineage.dropped.count, lineage.new.count) // (36, 2, 1, 5)
/// lineage.mergedAggregates                 // [Merger(id: "D19", merges: ["D10", "D11"])]
/// ```
public struct EditionLineage: Hashable, Sendable {
    /// A node of the edition that replaces one of the predecessor.
    public struct Revision: Hashable, Sendable {
        /// The id in the edition.
        public var id: String
        /// The id in the predecessor.
        public var revises: String

        public init(id: String, revises: String) {
            self.id = id
            self.revises = revises
        }
    }

    /// An aggregate of the edition that merges aggregates of the predecessor.
    public struct Merger: Hashable, Sendable {
        /// The id in the edition.
        public var id: String
        /// The ids in the predecessor, as declared.
        public var merges: [String]

        public init(id: String, merges: [String]) {
            self.id = id
            self.merges = merges
        }
    }

    public var edition: Int
    public var predecessorEdition: Int
    /// Indicators that keep their predecessor's id, in the edition's order.
    public var continued: [String]
    /// Indicators with a new id that replace a predecessor's, in the edition's order.
    public var revised: [Revision]
    /// Predecessor indicators the edition drops, in the order listed.
    public var dropped: [DroppedNode]
    /// Indicators with no counterpart in the predecessor, in the edition's order.
    public var new: [String]
    /// Aggregates that keep their predecessor's id, in the edition's order.
    public var continuedAggregates: [String]
    /// Aggregates that merge predecessor aggregates, in the edition's order.
    public var mergedAggregates: [Merger]
    /// Predecessor aggregates the edition drops, in the order listed.
    public var droppedAggregates: [DroppedNode]
    /// Aggregates with no counterpart in the predecessor, in the edition's order.
    public var newAggregates: [String]
    /// Every declaration that does not hold against the predecessor, where it is declared;
    /// empty when the lineage is sound.
    public var problems: [FrameworkProblem]

    /// Puts `edition` beside `predecessor`, the framework its `<lineage>` names.
    public init(edition: Framework, predecessor: Framework) {
        self.edition = edition.edition
        predecessorEdition = predecessor.edition
        continued = []; revised = []; dropped = []; new = []
        continuedAggregates = []; mergedAggregates = []; droppedAggregates = []; newAggregates = []
        problems = []
        let declaration = edition.predecessor
        let name = "the predecessor \(declaration?.file ?? "edition") (edition \(predecessor.edition))"
        if predecessor.edition >= edition.edition {
            problems.append(FrameworkProblem("\(name) is not an earlier edition; expected an edition before \(edition.edition)", at: declaration?.provenance))
        }
        let oldIndicators = Dictionary(predecessor.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let oldAggregates = Dictionary(predecessor.aggregates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func levelName(_ level: Int) -> String {
            edition.levelNames.indices.contains(level - 1) ? edition.levelNames[level - 1].lowercased() : "level \(level)"
        }
        var accounted: Set<String> = []

        for indicator in edition.indicators {
            if let old = oldIndicators[indicator.id] {
                continued.append(indicator.id)
                accounted.insert(indicator.id)
                if let target = indicator.revises {
                    problems.append(FrameworkProblem(
                        "indicator '\(indicator.id)' keeps the id of \(name) and revises '\(target)'; expected a new id for a revised indicator",
                        at: indicator.provenance))
                }
                for (field, was, now) in [("type", old.type.rawValue, indicator.type.rawValue),
                                          ("polarity", old.polarity.rawValue, indicator.polarity.rawValue)] where was != now {
                    problems.append(FrameworkProblem(
                        "indicator '\(indicator.id)' keeps the id of \(name) but changes its \(field) from \(was) to \(now); expected a new id with revises=\"\(indicator.id)\"",
                        at: indicator.provenance))
                }
            } else if let target = indicator.revises {
                if oldIndicators[target] != nil {
                    revised.append(Revision(id: indicator.id, revises: target))
                    accounted.insert(target)
                } else {
                    problems.append(FrameworkProblem(
                        "indicator '\(indicator.id)' revises '\(target)', which \(name) does not declare as an indicator; expected one of its indicator ids",
                        at: indicator.provenance))
                }
            } else {
                new.append(indicator.id)
            }
        }
        for aggregate in edition.aggregates {
            if oldAggregates[aggregate.id] != nil {
                continuedAggregates.append(aggregate.id)
                accounted.insert(aggregate.id)
                if !aggregate.merges.isEmpty {
                    problems.append(FrameworkProblem(
                        "\(levelName(aggregate.level)) '\(aggregate.id)' keeps the id of \(name) and merges \(aggregate.merges.map { "'\($0)'" }.joined(separator: " ")); expected a new id for a merged \(levelName(aggregate.level))",
                        at: aggregate.provenance))
                }
            } else if !aggregate.merges.isEmpty {
                var sound = true
                for target in aggregate.merges {
                    if let old = oldAggregates[target], old.level == aggregate.level {
                        accounted.insert(target)
                    } else {
                        sound = false
                        problems.append(FrameworkProblem(
                            "\(levelName(aggregate.level)) '\(aggregate.id)' merges '\(target)', which \(name) does not declare as a \(levelName(aggregate.level)); expected one of its \(levelName(aggregate.level)) ids",
                            at: aggregate.provenance))
                    }
                }
                if sound { mergedAggregates.append(Merger(id: aggregate.id, merges: aggregate.merges)) }
            } else {
                newAggregates.append(aggregate.id)
            }
        }
        for node in declaration?.dropped ?? [] {
            if oldIndicators[node.id] != nil {
                dropped.append(node)
                accounted.insert(node.id)
            } else if oldAggregates[node.id] != nil {
                droppedAggregates.append(node)
                accounted.insert(node.id)
            } else {
                problems.append(FrameworkProblem(
                    "dropped '\(node.id)' is not declared in \(name); expected one of its indicator or aggregate ids",
                    at: node.provenance))
            }
        }
        for old in predecessor.indicators where !accounted.contains(old.id) {
            problems.append(FrameworkProblem(
                "indicator '\(old.id)' of \(name) is neither continued (same id), revised (revises=\"\(old.id)\") nor dropped (<dropped id=\"\(old.id)\" reason=\"…\"/>)",
                at: declaration?.provenance))
        }
        for old in predecessor.aggregates where !accounted.contains(old.id) {
            problems.append(FrameworkProblem(
                "\(levelName(old.level)) '\(old.id)' of \(name) is neither continued (same id), merged (merges=\"\(old.id) …\") nor dropped (<dropped id=\"\(old.id)\" reason=\"…\"/>)",
                at: declaration?.provenance))
        }
    }
}
