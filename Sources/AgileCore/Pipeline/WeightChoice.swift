// Which weights a scoring run uses.

/// The weights of a run: relative within each parent, as the framework declares them, all
/// equal, a named weight set that replaces the declared weight of the nodes it names, or one of
/// these with the weights of some nodes replaced (`--weight P2=2`, a weights file).
public enum WeightChoice: Hashable, Sendable {
    /// The weights the framework declares on its indicators and aggregates.
    case declared
    /// Every child weighs the same within its parent.
    case equal
    /// The declared weights, with those of the nodes the named ``WeightSet`` lists replaced.
    case weightSet(String)
    /// The weights of `base`, with the weight of each node of `overrides` replaced (a node
    /// named twice takes its last weight).
    indirect case overridden(WeightChoice, [WeightOverride])

    /// The choice without overrides.
    public var base: WeightChoice {
        if case .overridden(let base, _) = self { return base.base }
        return self
    }

    /// The weights that replace those of `base`, in the order they apply.
    public var overrides: [WeightOverride] {
        if case .overridden(let base, let overrides) = self { return base.overrides + overrides }
        return []
    }

    /// `base` with `overrides` applied after any it has; `base` itself when there are none.
    public static func overriding(_ base: WeightChoice, with overrides: [WeightOverride]) -> WeightChoice {
        overrides.isEmpty ? base : .overridden(base.base, base.overrides + overrides)
    }
}
