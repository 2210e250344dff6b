// What one benchmark says about one model: overall, by dimension, by context.

/// The results of one model on one benchmark, pooled from its records.
public struct ModelEvidence: Hashable, Sendable {
    /// The model's name in reports (registry id, or the benchmark's spelling when unmapped).
    public var model: String
    /// The registry entry, when the model is registered.
    public var registered: EvaluatedModel?
    public var benchmark: String
    /// Over all records of the model on the benchmark.
    public var overall: EvidenceRate
    /// By dimension, in the benchmark's declared order (then unknown dimensions by id).
    public var byDimension: [(dimension: String, rate: EvidenceRate)]
    /// By authority context, in declared order.
    public var byContext: [(context: String, rate: EvidenceRate)]
    /// By dimension and context: `cells[dimension][context]`.
    public var cells: [String: [String: EvidenceRate]]

    /// Pools `records` (all of one model and one benchmark; non-empty).
    public init(records: [EvidenceRecord], benchmark: EvidenceBenchmark?, registered: EvaluatedModel?) {
        precondition(!records.isEmpty, "a model's evidence needs at least one record")
        model = records[0].modelName
        self.registered = registered
        self.benchmark = records[0].benchmark
        // A record for "overall" stands for all dimensions; pool the dimension records when
        // there are any, so a file with both does not count its cases twice.
        let detailed = records.filter { $0.dimension != "overall" }
        overall = EvidenceRate(pooling: detailed.isEmpty ? records : detailed)
        let dimensionOrder = (benchmark?.dimensions.map(\.id) ?? [])
        let contextOrder = (benchmark?.contexts.map(\.id) ?? [])
        byDimension = ModelEvidence.grouped(detailed, by: \.dimension, order: dimensionOrder)
            .map { (dimension: $0.key, rate: EvidenceRate(pooling: $0.records)) }
        byContext = ModelEvidence.grouped(records.filter { !$0.context.isEmpty && $0.dimension != "overall" }, by: \.context, order: contextOrder)
            .map { (context: $0.key, rate: EvidenceRate(pooling: $0.records)) }
        var cells: [String: [String: EvidenceRate]] = [:]
        for group in ModelEvidence.grouped(detailed, by: \.dimension, order: dimensionOrder) {
            for context in ModelEvidence.grouped(group.records, by: \.context, order: contextOrder) {
                cells[group.key, default: [:]][context.key] = EvidenceRate(pooling: context.records)
            }
        }
        self.cells = cells
    }

    public static func == (lhs: ModelEvidence, rhs: ModelEvidence) -> Bool {
        lhs.model == rhs.model && lhs.benchmark == rhs.benchmark && lhs.overall == rhs.overall
            && lhs.cells == rhs.cells && lhs.registered == rhs.registered
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(model)
        hasher.combine(benchmark)
        hasher.combine(overall)
    }

    /// The rate of one context over all dimensions, if the model has it.
    public func rate(context: String) -> EvidenceRate? { byContext.first { $0.context == context }?.rate }

    /// The rate of one dimension over all contexts, if the model has it.
    public func rate(dimension: String) -> EvidenceRate? { byDimension.first { $0.dimension == dimension }?.rate }

    /// Records grouped by a key, groups in `order` first, then the rest by key.
    static func grouped(
        _ records: [EvidenceRecord], by key: KeyPath<EvidenceRecord, String>, order: [String]
    ) -> [(key: String, records: [EvidenceRecord])] {
        var groups: [String: [EvidenceRecord]] = [:]
        for record in records { groups[record[keyPath: key], default: []].append(record) }
        let known = order.filter { groups[$0] != nil }
        let rest = groups.keys.filter { !order.contains($0) }.sorted()
        return (known + rest).map { (key: $0, records: groups[$0]!) }
    }
}
