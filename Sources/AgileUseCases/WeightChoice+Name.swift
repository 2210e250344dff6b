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

    /// The name of these weights, as `init(name:)` reads it and runs are recorded with.
    public var name: String {
        switch self {
        case .declared: "declared"
        case .equal: "equal"
        case .weightSet(let id): id
        }
    }
}
