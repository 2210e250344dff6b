// All evidence records with the registries that give them meaning: the model-safety picture.

/// The evidence of the store, with the benchmark and model registries, ready for reports.
///
/// ```swift
/// let evidence = EvidenceSet(records: records, benchmarks: benchmarks, models: models)
/// evidence.country("USA").summary // "4 domestic models evaluated; mean agent ASR 52 % (Trust) / 41 % (Warning)"
/// ```
public struct EvidenceSet: Sendable {
    public var records: [EvidenceRecord]
    public var benchmarks: BenchmarkRegistry
    public var models: ModelRegistry

    public init(records: [EvidenceRecord], benchmarks: BenchmarkRegistry, models: ModelRegistry) {
        self.records = records
        self.benchmarks = benchmarks
        self.models = models
    }

    /// Whether there is any evidence at all.
    public var isEmpty: Bool { records.isEmpty }

    /// Names of models with evidence that the model registry does not know, sorted.
    public var unmappedModels: [String] {
        Set(records.filter { $0.modelID == nil }.map(\.model)).sorted()
    }

    /// Per model, what `benchmark` says, models ordered by name.
    public func modelEvidence(benchmark id: String) -> [ModelEvidence] {
        byModel(records.filter { $0.benchmark == id && $0.country.isEmpty }, benchmark: benchmarks.benchmark(id))
    }

    /// `records` (of one benchmark) pooled per model, models ordered by name.
    func byModel(_ records: [EvidenceRecord], benchmark: EvidenceBenchmark?) -> [ModelEvidence] {
        let grouped = Dictionary(grouping: records, by: \.modelName)
        return grouped.keys.sorted().map { name in
            let records = grouped[name]!
            return ModelEvidence(records: records, benchmark: benchmark, registered: records[0].modelID.flatMap(models.model(named:)))
        }
    }

    /// Which benchmarks have evidence for which model: model name → benchmark ids.
    public var coverage: [(model: String, benchmarks: Set<String>)] {
        var result: [String: Set<String>] = [:]
        for record in records { result[record.modelName, default: []].insert(record.benchmark) }
        return result.keys.sorted().map { (model: $0, benchmarks: result[$0]!) }
    }

    /// The evidence section of one country's report; `name` is used in its summary.
    public func country(_ code: String, name: String? = nil) -> CountryEvidence {
        CountryEvidence(country: code, name: name, evidence: self)
    }
}
