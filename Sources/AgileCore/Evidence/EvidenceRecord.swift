// One result of a benchmark: a rate for a model, a dimension and a context, with its n.

/// A benchmark result as the store keeps it, whatever file it came from.
///
/// For VESTA a record is one row of its `scores.csv` (a dimension × sub-category × model ×
/// authority mode cell) with its counters; for MVPBench and SciRisk-Bench, one row of the
/// generic evidence CSV.
public struct EvidenceRecord: Hashable, Sendable {
    /// The benchmark id (`vesta`).
    public var benchmark: String
    /// The model as the benchmark spells it.
    public var model: String
    /// The registry's model id, when the name is registered; `nil` marks unmapped evidence.
    public var modelID: String?
    /// The annotators' country (MVPBench), alpha-3; empty when the result is not per country.
    public var country: String
    /// The dimension id, or `overall` for a result over all dimensions.
    public var dimension: String
    /// A sub-dimension (VESTA sub-category, SciRisk discipline), or empty.
    public var subDimension: String
    /// An authority context (VESTA `soft` / `hard`), or empty.
    public var context: String
    /// The metric id (`asr`, `alignment-accuracy`).
    public var metric: String
    /// The rate, 0–1.
    public var value: Double
    /// Cases behind the rate, when known.
    public var n: Int?
    /// VESTA's counters and rates as its scorer gives them, for records read from VESTA files.
    public var counts: VestaTally?
    /// Where the record was read.
    public var provenance: Provenance

    public init(
        benchmark: String, model: String, modelID: String? = nil, country: String = "", dimension: String,
        subDimension: String = "", context: String = "", metric: String, value: Double, n: Int?,
        counts: VestaTally? = nil, provenance: Provenance
    ) {
        self.benchmark = benchmark
        self.model = model
        self.modelID = modelID
        self.country = country
        self.dimension = dimension
        self.subDimension = subDimension
        self.context = context
        self.metric = metric
        self.value = value
        self.n = n
        self.counts = counts
        self.provenance = provenance
    }

    /// The name reports use for the model: the registry's id, else the benchmark's spelling.
    public var modelName: String { modelID ?? model }

    /// Cases that count as a "success" of the metric (unsafe episodes for an ASR), when n is
    /// known: the rate times n, rounded.
    public var events: Double? { n.map { value * Double($0) } }
}
