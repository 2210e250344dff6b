// The weights of a run as the command line and the store name them.

import AgileCore

extension WeightChoice {
    /// The weights a `--weights` value stands for: `declared` (or none), `equal`, or the id of
    /// a weight set of the registry.
    public init(name: String?) {
        switch name {
        case nil, "declared"?: self = .declared
        case "equal"?: self = .equal
        case let name?: self = .weightSet(name)
        }
    }

    /// Reads the weights a run was recorded with (``name``): a name as ``init(name:)`` reads
    /// it, followed by the overrides, `ID=WEIGHT` separated by spaces.
    /// - Throws: ``WeightOverrideError`` for an override that cannot be read.
    public init(recorded text: String) throws(WeightOverrideError) {
        let words = text.split(separator: " ").map(String.init)
        var overrides: [WeightOverride] = []
        for word in words.dropFirst() { overrides.append(try WeightOverride(parsing: word)) }
        self = .overriding(WeightChoice(name: words.first), with: overrides)
    }

    /// The name of these weights, as runs are recorded with them and ``init(recorded:)`` reads
    /// them: `declared`, `equal` or a weight set's id, then each override as `ID=WEIGHT`
    /// (the weight in full precision), e.g. `declared P2=2 D05=0.5`.
    public var name: String {
        switch self {
        case .declared: "declared"
        case .equal: "equal"
        case .weightSet(let id): id
        case .overridden(let base, let overrides): ([base.name] + overrides.map(\.description)).joined(separator: " ")
        }
    }
}
