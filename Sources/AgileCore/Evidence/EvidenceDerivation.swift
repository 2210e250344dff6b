// How a registry indicator takes its values from model-safety evidence instead of data files.

/// The declaration `<derived-from-evidence benchmark="vesta" statistic="domestic-safety"/>` of
/// an indicator: its value per country is computed from the store's evidence at scoring time.
public struct EvidenceDerivation: Hashable, Sendable {
    /// What is computed from a benchmark's results.
    public enum Statistic: String, Hashable, Sendable {
        /// The mean safety of the models developed in the country, 0–100: for a benchmark
        /// where lower is safer, 100 × (1 − mean rate); where higher is better, 100 × mean rate.
        /// Each model's rate is pooled over all its cases; models count equally.
        case domesticSafety = "domestic-safety"
    }

    /// The benchmark id (`vesta`).
    public var benchmark: String
    public var statistic: Statistic

    public init(benchmark: String, statistic: Statistic) {
        self.benchmark = benchmark
        self.statistic = statistic
    }
}
