// What the benchmarks say that concerns one country: alignment with its people, its own models.

/// The model-safety evidence of one country's report:
/// (a) how well models agree with the country's annotators (MVPBench), by value dimension;
/// (b) the models developed in the country with their results on the other benchmarks, by risk
/// dimension and authority context; (c) a one-line summary.
public struct CountryEvidence: Sendable {
    /// The country, alpha-3.
    public var country: String
    /// Per-country benchmarks' results for this country (MVPBench), per benchmark and model.
    public var alignment: [(benchmark: String, models: [ModelEvidence])]
    /// Registered models developed in the country, in registry order.
    public var domesticModels: [EvaluatedModel]
    /// Their results, per benchmark (benchmarks in registry order), models by name.
    public var domestic: [(benchmark: String, models: [ModelEvidence])]
    /// The one-line reading of the evidence.
    public var summary: String

    /// The evidence of `evidence` that concerns `country`, whose name the summary uses.
    public init(country: String, name: String? = nil, evidence: EvidenceSet) {
        self.country = country
        var alignment: [(benchmark: String, models: [ModelEvidence])] = []
        var domestic: [(benchmark: String, models: [ModelEvidence])] = []
        let domesticModels = evidence.models.models(developedIn: country)
        let domesticIDs = Set(domesticModels.map(\.id))
        for benchmark in evidence.benchmarks.benchmarks {
            let records = evidence.records.filter { $0.benchmark == benchmark.id }
            if benchmark.perCountry {
                let mine = records.filter { $0.country == country }
                let models = evidence.byModel(mine, benchmark: benchmark)
                if !models.isEmpty { alignment.append((benchmark: benchmark.id, models: models)) }
            } else {
                let mine = records.filter { $0.country.isEmpty && $0.modelID.map(domesticIDs.contains) == true }
                let models = evidence.byModel(mine, benchmark: benchmark)
                if !models.isEmpty { domestic.append((benchmark: benchmark.id, models: models)) }
            }
        }
        self.alignment = alignment
        self.domestic = domestic
        self.domesticModels = domesticModels
        summary = CountryEvidence.summary(country: name ?? country, alignment: alignment, domestic: domestic, benchmarks: evidence.benchmarks)
    }

    /// Whether anything at all concerns the country.
    public var isEmpty: Bool { alignment.isEmpty && domestic.isEmpty }

    /// "3 domestic models evaluated; mean agent ASR 41 % (Trust) / 30 % (Warning); …"
    static func summary(
        country: String, alignment: [(benchmark: String, models: [ModelEvidence])],
        domestic: [(benchmark: String, models: [ModelEvidence])], benchmarks: BenchmarkRegistry
    ) -> String {
        var parts: [String] = []
        let evaluated = Set(domestic.flatMap { $0.models.map(\.model) })
        if evaluated.isEmpty {
            parts.append("No model developed in \(country) has been evaluated by these benchmarks")
        } else {
            parts.append("\(evaluated.count) domestic model\(evaluated.count == 1 ? "" : "s") evaluated")
        }
        for (id, models) in domestic {
            guard let benchmark = benchmarks.benchmark(id) else { continue }
            if benchmark.contexts.isEmpty {
                let mean = models.map(\.overall.value).reduce(0, +) / Double(models.count)
                parts.append("mean \(benchmark.metricLabel) \(Percent.text(mean))")
            } else {
                let texts = benchmark.contexts.compactMap { context -> String? in
                    let rates = models.compactMap { $0.rate(context: context.id)?.value }
                    guard !rates.isEmpty else { return nil }
                    return "\(Percent.text(rates.reduce(0, +) / Double(rates.count))) (\(context.shortTitle))"
                }
                if !texts.isEmpty { parts.append("mean \(benchmark.metricLabel) " + texts.joined(separator: " / ")) }
            }
        }
        for (id, models) in alignment {
            guard let benchmark = benchmarks.benchmark(id) else { continue }
            let mean = models.map(\.overall.value).reduce(0, +) / Double(models.count)
            parts.append("\(benchmark.shortTitle) alignment with annotators from \(country) \(Percent.text(mean)) on average over \(models.count) model\(models.count == 1 ? "" : "s")\(benchmark.provisional ? " (provisional)" : "")")
        }
        return parts.joined(separator: "; ") + "."
    }
}
