// An AI model that benchmarks evaluate: its names, developer and the developer's country.

/// One row of `Indicators/models.csv`.
///
/// Evidence about a model reaches a country through the model's developer: Claude → Anthropic →
/// USA, DeepSeek → DeepSeek → CHN.
public struct EvaluatedModel: Hashable, Sendable {
    /// Whether the model's weights are published.
    public enum OpenWeights: String, Hashable, Sendable {
        case yes, no, unknown
    }

    /// The registry's name for the model (`Claude-Haiku-4.5`).
    public var id: String
    /// Other spellings benchmarks use (VESTA's config stems, API names).
    public var aliases: [String]
    public var developer: String
    /// The developer's country, ISO 3166-1 alpha-3.
    public var country: String
    public var openWeights: OpenWeights

    public init(id: String, aliases: [String] = [], developer: String, country: String, openWeights: OpenWeights) {
        self.id = id
        self.aliases = aliases
        self.developer = developer
        self.country = country
        self.openWeights = openWeights
    }
}
