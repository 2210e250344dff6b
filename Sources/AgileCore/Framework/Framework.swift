// The whole declared framework: tree, weights, countries, year window, method and lineage.

/// A composite-indicator framework as declared in a registry file.
///
/// The tree is general (any number of levels, as in COINr); the AGILE registry declares four
/// levels: indicators (1), dimensions (2), pillars (3) and the index (4).
///
/// ```swift
/// let framework = try RegistryLoader().load(path: "Indicators/agile-2024.xml")
/// framework.aggregates(atLevel: 3).map(\.id) // ["P1", "P2", "P3", "P4"]
/// ```
public struct Framework: Hashable, Sendable {
    public var id: String
    public var name: String
    public var edition: Int
    /// Observations in these years are eligible for the edition (inclusive): its data window.
    public var years: ClosedRange<Int>
    /// The day the edition was published, `YYYY-MM-DD` (so text order is date order); `nil`
    /// when the registry does not say. Scoring an edition "as published" uses the values known
    /// on this day.
    public var publicationDate: String?
    /// Whether ``publicationDate`` is a reconstruction (the source gives no exact day) rather
    /// than the published day.
    public var publicationDateReconstructed: Bool
    /// The edition this one revises, when the registry names one (see ``EditionLineage``).
    public var predecessor: Predecessor?
    /// Names of the levels, from indicators (index 0 = level 1) up to the root.
    public var levelNames: [String]
    public var indicators: [Indicator]
    public var aggregates: [Aggregate]
    public var denominators: [Denominator]
    public var weightSets: [WeightSet]
    public var participants: [Participant]
    /// Countries the edition does not score, listed for their groups (region, income group): a
    /// self-assessment of one of them is placed in its groups, and its page compares it with
    /// their members. Empty unless the registry lists some.
    public var referenceCountries: [Participant] = []
    public var method: Method
    public var description: String
    /// How the pages present the index (see ``Publication``).
    public var publication: Publication

    public init(
        id: String, name: String, edition: Int, years: ClosedRange<Int>, levelNames: [String],
        indicators: [Indicator], aggregates: [Aggregate], denominators: [Denominator] = [],
        weightSets: [WeightSet] = [], participants: [Participant] = [], method: Method = Method(),
        description: String = "", publication: Publication = Publication(),
        publicationDate: String? = nil, publicationDateReconstructed: Bool = false, predecessor: Predecessor? = nil,
        referenceCountries: [Participant] = []
    ) {
        self.referenceCountries = referenceCountries
        self.publication = publication
        self.publicationDate = publicationDate
        self.publicationDateReconstructed = publicationDateReconstructed
        self.predecessor = predecessor
        self.id = id
        self.name = name
        self.edition = edition
        self.years = years
        self.levelNames = levelNames
        self.indicators = indicators
        self.aggregates = aggregates
        self.denominators = denominators
        self.weightSets = weightSets
        self.participants = participants
        self.method = method
        self.description = description
    }

    /// The edition's data window: the years whose observations are eligible (``years``).
    public var dataWindow: ClosedRange<Int> {
        get { years }
        set { years = newValue }
    }

    /// The number of levels including the indicators.
    public var depth: Int { levelNames.count }

    /// Aggregates of one level, in declaration order.
    public func aggregates(atLevel level: Int) -> [Aggregate] {
        aggregates.filter { $0.level == level }
    }

    /// The indicator with this id.
    public func indicator(_ id: String) -> Indicator? {
        indicators.first { $0.id == id }
    }

    /// The aggregate with this id.
    public func aggregate(_ id: String) -> Aggregate? {
        aggregates.first { $0.id == id }
    }

    /// Indicators grouped under each aggregate at `level`, in declaration order.
    public func indicators(under aggregateID: String) -> [Indicator] {
        indicators.filter { isDescendant($0.parent, of: aggregateID) }
    }

    /// Whether `node` is `ancestor` or lies below it.
    public func isDescendant(_ node: String, of ancestor: String) -> Bool {
        var current: String? = node
        var steps = 0
        while let id = current, steps <= aggregates.count {
            if id == ancestor { return true }
            current = aggregate(id)?.parent
            steps += 1
        }
        return false
    }

    /// The codes a data file may use: indicators and denominators.
    public var dataCodes: Set<String> {
        Set(indicators.map(\.id)).union(denominators.map(\.id))
    }

    /// Maps a provider's code (e.g. World Bank `IT.NET.USER.ZS`) to the framework's code.
    public func code(forSourceCode code: String, system: String) -> String? {
        for indicator in indicators where indicator.sourceCodes.contains(SourceCode(system: system, code: code)) {
            return indicator.id
        }
        for denominator in denominators where denominator.sourceCodes.contains(SourceCode(system: system, code: code)) {
            return denominator.id
        }
        return nil
    }
}
