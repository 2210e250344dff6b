// Maps the model names benchmarks use onto the models of Indicators/models.csv.

/// The models of the registry, found by id or alias.
///
/// Names are compared on their letters, digits and dots only, without case: `claude_haiku_4.5`,
/// `Claude Haiku 4.5` and `Claude-Haiku-4.5` are one name, while `GPT-4o` and `GPT-4o-mini` stay
/// apart. A name the registry does not know resolves to `nil`: such evidence is kept and
/// reported as unmapped, never dropped.
///
/// ```swift
/// registry.model(named: "configs/agents/claude-haiku-4-5")  // nil: give the stem, not a path
/// registry.model(named: "claude-haiku-4-5")?.country         // "USA"
/// ```
public struct ModelRegistry: Hashable, Sendable {
    public private(set) var models: [EvaluatedModel]
    private var index: [String: Int] = [:]

    /// A registry of `models`; throws when two models share a name after normalisation.
    public init(models: [EvaluatedModel]) throws(ModelRegistryError) {
        self.models = models
        for (position, model) in models.enumerated() {
            for name in [model.id] + model.aliases {
                let key = ModelRegistry.key(name)
                if let other = index[key], other != position {
                    throw ModelRegistryError(name: name, model: model.id, other: models[other].id)
                }
                index[key] = position
            }
        }
    }

    /// The model a benchmark's name stands for, or `nil` when it is not registered.
    public func model(named name: String) -> EvaluatedModel? {
        index[ModelRegistry.key(name)].map { models[$0] }
    }

    /// The models developed in `country` (alpha-3), in registry order.
    public func models(developedIn country: String) -> [EvaluatedModel] {
        models.filter { $0.country == country }
    }

    /// The comparison key of a name: letters, digits and dots, lowercased.
    public static func key(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "."
        }))
    }
}
