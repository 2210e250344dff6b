// An inner node of the framework tree: a dimension, a pillar or the index itself.

/// A node that aggregates its children (indicators or other aggregates).
///
/// Levels count from the indicators: indicators are level 1, their parents (AGILE dimensions)
/// level 2, pillars level 3 and the index level 4, as in COINr's `iMeta`.
public struct Aggregate: Hashable, Sendable {
    public var id: String
    public var name: String
    public var level: Int
    /// The parent aggregate, `nil` for the root (the index).
    public var parent: String?
    /// Weight relative to the siblings under the same parent.
    public var weight: Double
    public var definition: String
    public var provenance: Provenance?
    /// Lineage: the ids of the predecessor edition's aggregates (of this level) that this one
    /// merges; empty for an aggregate continued under its id or a new one.
    public var merges: [String]

    public init(
        id: String, name: String, level: Int, parent: String?, weight: Double = 1,
        definition: String = "", provenance: Provenance? = nil, merges: [String] = []
    ) {
        self.merges = merges
        self.id = id
        self.name = name
        self.level = level
        self.parent = parent
        self.weight = weight
        self.definition = definition
        self.provenance = provenance
    }
}

/// A named set of alternative weights; nodes it does not name keep their declared weight.
public struct WeightSet: Hashable, Sendable {
    public var id: String
    public var name: String
    /// Node id → weight (relative within the node's parent).
    public var weights: [String: Double]
    public var provenance: Provenance?

    public init(id: String, name: String, weights: [String: Double], provenance: Provenance? = nil) {
        self.id = id
        self.name = name
        self.weights = weights
        self.provenance = provenance
    }
}

/// A denominator series (population, GDP, …): data like any other, used to scale indicators.
public struct Denominator: Hashable, Sendable {
    public var id: String
    public var name: String
    public var unit: String
    public var sourceCodes: [SourceCode]

    public init(id: String, name: String, unit: String = "", sourceCodes: [SourceCode] = []) {
        self.id = id
        self.name = name
        self.unit = unit
        self.sourceCodes = sourceCodes
    }
}

/// A country taking part in an edition, with the groups it belongs to (region, income, …).
public struct Participant: Hashable, Sendable {
    /// ISO 3166-1 alpha-3 code.
    public var code: String
    /// Grouping name → group, e.g. `region` → `Europe`.
    public var groups: [String: String]
    /// Where the country is listed.
    public var provenance: Provenance?

    public init(code: String, groups: [String: String] = [:], provenance: Provenance? = nil) {
        self.code = code
        self.groups = groups
        self.provenance = provenance
    }
}
