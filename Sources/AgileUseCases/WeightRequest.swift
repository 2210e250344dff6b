// The weights asked for on the command line (`--weights`, `--weight`), resolved against a registry.

import AgileCore
import AgileIO

/// The weights of a run or an audit as asked for: a weight set's name, `declared`, `equal` or
/// a weights file (``WeightsFile``), with some nodes' weights given one by one on top
/// (`--weight P2=2 --weight D05=0.5`).
///
/// ```swift
/// let request = WeightRequest(weights: "development-double", overrides: [try WeightOverride(parsing: "D05=0.5")])
/// let choice = try request.resolved(for: framework, registry: "Indicators/agile-2024.xml")
/// choice.name   // "development-double D05=0.5": what the run records, and replays
/// ```
///
/// `--weights` is read as a file when it ends in `.json` or `.csv`; else as `declared`,
/// `equal` or a weight set of the registry; else as a file when one exists at that path. The
/// file's weights apply first, then the overrides in the order given (a node given twice takes
/// its last weight). The resolved choice lists each replaced node once, top down (pillars, then
/// dimensions, then indicators), with its weight in full precision, so a run records the
/// weights it used whatever file they came from, and replays without it.
public struct WeightRequest: Hashable, Sendable {
    /// What `--weights` names.
    public enum Base: Hashable, Sendable {
        /// A choice already made (a library caller's, or a replayed run's).
        case choice(WeightChoice)
        /// A name or a path as typed: a weight set's id, `declared`, `equal` or a weights file.
        case named(String)
    }

    public var base: Base
    /// The weights given one by one (`--weight`), in order.
    public var overrides: [WeightOverride]

    /// The weights of `choice`, nothing added.
    public init(_ choice: WeightChoice = .declared) {
        base = .choice(choice)
        overrides = []
    }

    /// `--weights weights` (`nil`: the declared weights) and `--weight` `overrides`.
    public init(weights: String?, overrides: [WeightOverride] = []) {
        base = weights.map(Base.named) ?? .choice(.declared)
        self.overrides = overrides
    }

    /// The weights asked for, checked against `framework` (whose registry is at `registry`).
    /// - Throws: ``WeightError`` for a name that is no weight set and no file, an override of
    ///   no node, or weights that leave an aggregate with no child weighing more than 0;
    ///   ``InputError`` for a weights file that cannot be read or names what the registry does
    ///   not declare.
    public func resolved(for framework: Framework, registry: String) throws -> WeightChoice {
        var choice: WeightChoice
        var added: [WeightOverride] = []
        switch base {
        case .choice(let made):
            choice = made
        case .named(let name):
            let lowered = name.lowercased()
            if lowered.hasSuffix(".json") || lowered.hasSuffix(".csv") {
                choice = .declared
                added = try WeightsFile(path: name).overrides(for: framework, registry: registry)
            } else if name == "declared" || name == "equal" || framework.weightSets.contains(where: { $0.id == name }) {
                choice = WeightChoice(name: name)
            } else if WeightsFile.exists(name) {
                choice = .declared
                added = try WeightsFile(path: name).overrides(for: framework, registry: registry)
            } else {
                throw WeightError.unknownWeights(name: name, weightSets: framework.weightSets.map(\.id))
            }
        }
        let weighted = framework.weightedNodes
        let root = framework.aggregates.first { $0.parent == nil }?.id
        for override in overrides where !weighted.contains(override.node) {
            throw WeightError.unknownNode(override: override, isRoot: override.node == root, expected: framework.weightedNodeDescription)
        }
        added += overrides
        if !added.isEmpty {
            var last: [String: Double] = [:]
            for override in choice.overrides + added { last[override.node] = override.weight }
            let ordered = weighted.compactMap { node in last[node].map { WeightOverride(node: node, weight: $0) } }
            choice = .overridden(choice.base, ordered)
        }
        if let weightless = framework.weightlessAggregates(try framework.weights(choice)).first {
            throw WeightError.weightless(aggregate: weightless.aggregate, children: weightless.children)
        }
        return choice
    }
}

/// Weights asked for on the command line that cannot be used: a usage error (exit 64).
public enum WeightError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `--weights NAME`: no weight set of the registry, no file.
    case unknownWeights(name: String, weightSets: [String])
    /// `--weight ID=W` for an id that is no weighted node (`isRoot`: the index itself).
    case unknownNode(override: WeightOverride, isRoot: Bool, expected: String)
    /// Weights that leave every child of an aggregate at 0.
    case weightless(aggregate: String, children: [String])
    /// `agile audit optimise --target NAME`: not equal, declared, a weight set or a weights file.
    case unknownTarget(name: String, weightSets: [String])

    public var description: String {
        switch self {
        case let .unknownWeights(name, sets):
            let declared = sets.isEmpty ? "the registry declares no weight sets" : "the registry's weight sets: \(sets.joined(separator: ", "))"
            return "--weights \(Printable.name(name)): no weight set of that name and no such file; expected declared, equal, a weight set (\(declared)) or a weights file (.json or .csv)"
        case let .unknownNode(override, isRoot, expected):
            let problem = isRoot ? "'\(override.node)' is the index, whose weight does not count" : "the registry declares no node '\(Printable.name(override.node))'"
            return "--weight \(Printable.name(override.description)): \(problem); expected \(expected)"
        case let .unknownTarget(name, sets):
            let declared = sets.isEmpty ? "the registry declares no weight sets" : "the registry's weight sets: \(sets.joined(separator: ", "))"
            return "--target \(Printable.name(name)): no weight set of that name and no weights file there; expected equal, declared, a weight set (\(declared)) or a weights file (.json or .csv) whose shares are the targets"
        case let .weightless(aggregate, children):
            return "the weights leave every child of '\(aggregate)' (\(children.joined(separator: ", "))) at 0, so '\(aggregate)' would have no score; give one of them a weight above 0"
        }
    }
}
