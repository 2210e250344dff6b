// Which weights a scoring run uses.

/// The weights of a run: relative within each parent, as the framework declares them, all
/// equal, or a named weight set that replaces the declared weight of the nodes it names.
public enum WeightChoice: Hashable, Sendable {
    /// The weights the framework declares on its indicators and aggregates.
    case declared
    /// Every child weighs the same within its parent.
    case equal
    /// The declared weights, with those of the nodes the named ``WeightSet`` lists replaced.
    case weightSet(String)
}
