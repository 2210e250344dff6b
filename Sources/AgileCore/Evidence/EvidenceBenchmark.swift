// A model-safety benchmark as the benchmark registry declares it: metric, direction, taxonomy.

/// One benchmark of `Indicators/benchmarks.xml`: what it measures, which way is safer, and the
/// dimensions, disciplines, authority contexts and demographic fields its results are broken
/// down by.
///
/// ```swift
/// let vesta = registry.benchmark("vesta")!
/// vesta.direction            // .lowerIsSafer
/// vesta.dimension("goal_norm_misalignment")?.subs.count // 3
/// ```
public struct EvidenceBenchmark: Hashable, Sendable {
    /// Which way of the metric is the better one.
    public enum Direction: String, Hashable, Sendable {
        /// An attack success rate: fewer unsafe responses is safer.
        case lowerIsSafer = "lower-is-safer"
        /// An accuracy or alignment rate: more is better.
        case higherIsBetter = "higher-is-better"
    }

    /// The benchmark's id, as evidence files spell it (`mvpbench`, `scirisk`, `vesta`).
    public var id: String
    public var title: String
    /// The paper, e.g. `arXiv 2606.08531`.
    public var paper: String
    /// The version of the paper or release the registry describes.
    public var version: String
    /// The metric's id, as evidence files spell it (`asr`, `alignment-accuracy`).
    public var metric: String
    /// The metric in words.
    public var metricTitle: String
    /// What one-line summaries call the metric (`agent ASR`); by default the short title and
    /// the metric id (`SciRisk-Bench ASR`).
    public var metricLabel: String
    public var direction: Direction
    /// Who labels the responses (e.g. `LLM judge`), if declared.
    public var judge: String?
    /// A status note that reports must show (e.g. withdrawn for revision), if any.
    public var status: String?
    /// Whether the results are provisional.
    public var provisional: Bool
    /// The benchmark's size and coverage in words.
    public var scope: String?
    /// Whether results are per country (MVPBench: the annotators' country).
    public var perCountry: Bool
    /// What the dimensions are called (`Value dimension`, `Risk dimension`).
    public var dimensionTitle: String
    public var dimensions: [EvidenceTaxon]
    public var disciplines: [EvidenceTaxon]
    /// How many sub-disciplines the paper has, when they are counted but not listed.
    public var subDisciplineCount: Int?
    /// Authority contexts (VESTA's `soft` / `hard`).
    public var contexts: [EvidenceTaxon]
    public var demographics: [EvidenceTaxon]

    public init(
        id: String, title: String, paper: String, version: String, metric: String, metricTitle: String,
        metricLabel: String? = nil, direction: Direction, judge: String? = nil, status: String? = nil, provisional: Bool = false,
        scope: String? = nil, perCountry: Bool = false, dimensionTitle: String = "Dimension",
        dimensions: [EvidenceTaxon], disciplines: [EvidenceTaxon] = [], subDisciplineCount: Int? = nil,
        contexts: [EvidenceTaxon] = [], demographics: [EvidenceTaxon] = []
    ) {
        self.id = id
        self.title = title
        self.paper = paper
        self.version = version
        self.metric = metric
        self.metricTitle = metricTitle
        self.metricLabel = metricLabel ?? "\(EvidenceBenchmark.shortTitle(title)) \(metric.uppercased())"
        self.direction = direction
        self.judge = judge
        self.status = status
        self.provisional = provisional
        self.scope = scope
        self.perCountry = perCountry
        self.dimensionTitle = dimensionTitle
        self.dimensions = dimensions
        self.disciplines = disciplines
        self.subDisciplineCount = subDisciplineCount
        self.contexts = contexts
        self.demographics = demographics
    }

    /// The title up to its dash: `VESTA`, `SciRisk-Bench`.
    public var shortTitle: String { EvidenceBenchmark.shortTitle(title) }

    static func shortTitle(_ title: String) -> String {
        title.firstRange(of: " — ").map { String(title[..<$0.lowerBound]) } ?? title
    }

    /// The dimension with this id.
    public func dimension(_ id: String) -> EvidenceTaxon? { dimensions.first { $0.id == id } }

    /// The context with this id.
    public func context(_ id: String) -> EvidenceTaxon? { contexts.first { $0.id == id } }

    /// The title of a dimension, discipline, sub-dimension or context id; the id itself when the
    /// registry does not know it.
    public func title(of id: String) -> String {
        for taxon in dimensions + disciplines + contexts + demographics {
            if taxon.id == id { return taxon.title }
            if let sub = taxon.subs.first(where: { $0.id == id }) { return sub.title }
        }
        return id
    }

    /// Whether a rate is better than another under this benchmark's direction.
    public func isSafer(_ rate: Double, than other: Double) -> Bool {
        direction == .lowerIsSafer ? rate < other : rate > other
    }
}
