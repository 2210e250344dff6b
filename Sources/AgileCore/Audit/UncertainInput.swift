// One uncertain input of an analysis: what the sensitivity indices are reported for.

/// An input an uncertainty design varies. Each takes its own block of uniform draws, so a
/// Saltelli design can swap one input between two samples.
public enum UncertainInput: String, CaseIterable, Hashable, Sendable {
    /// The imputation method.
    case imputation
    /// The winsorisation limit.
    case winmax
    /// The normalisation method.
    case normalisation
    /// The weights (one draw per perturbed node).
    case weights
    /// The aggregation method.
    case aggregation

    /// COINr's name of the input in `sensitivity_indices.csv`.
    public var coinrName: String {
        switch self {
        case .imputation: "Imputation"
        case .winmax: "Winmax"
        case .normalisation: "Normalisation"
        case .weights: "Weights"
        case .aggregation: "Aggregation"
        }
    }
}
