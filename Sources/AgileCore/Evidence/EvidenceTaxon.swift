// One entry of a benchmark's taxonomy: a dimension, discipline, context or demographic field.

/// A named category of a benchmark's taxonomy, with its sub-categories.
public struct EvidenceTaxon: Hashable, Sendable {
    /// The id evidence files use.
    public var id: String
    /// The name reports show.
    public var title: String
    /// How many items (prompts, scenarios) the benchmark has in this category, if declared.
    public var items: Int?
    /// Sub-categories (VESTA's 16 sub-categories under its 5 dimensions).
    public var subs: [EvidenceTaxon]

    /// The title up to its colon: `Trust` for `Trust: the agent may act independently`.
    public var shortTitle: String { title.split(separator: ":").first.map(String.init) ?? title }

    public init(id: String, title: String, items: Int? = nil, subs: [EvidenceTaxon] = []) {
        self.id = id
        self.title = title
        self.items = items
        self.subs = subs
    }
}
