// What moved a country between two editions: the change of its score and rank, decomposed into
// the data, the framework and the field of countries.

/// The change of every country's scores and ranks from one edition to the next, split into what
/// the world did (new data), what the method did (the revised framework) and what the larger
/// field of countries did (min-max bounds and ranks).
///
/// Write S(data, framework, countries) for a country's score. Four scorings are run, each with
/// its framework's own method and declared weights:
///
/// | scoring | data | framework | countries |
/// |---|---|---|---|
/// | ``later`` (A) | the later edition's | later | later |
/// | ``earlier`` (B) | the earlier edition's, as published | earlier | earlier |
/// | ``earlierDataLaterField`` (C) | the earlier edition's, as published | later | later |
/// | ``earlierDataEarlierField`` (D) | the earlier edition's, as published | later | earlier |
///
/// total = A − B; data effect = A − C; framework effect = D − B; field effect = C − D. The three
/// add up to the total (to rounding: a few ulps). "The earlier edition's data" is one set of
/// observations (what the store held on the earlier publication date) read inside the earlier
/// edition's window for all three of B, C and D; for the later framework's new and revised
/// indicators that is whatever was held then, often nothing: those values are missing, the later
/// method's missing-data rule applies (screening, imputation, aggregation over the children
/// present), and ``missingInEarlierData`` names them.
///
/// Scores are compared at the index and at the level below it (the pillars), matched by id: a
/// pillar of the later edition with no counterpart in the earlier one has no earlier score, so no
/// total and no framework effect (its data and field effects, all under the later framework, are
/// there); a pillar only the earlier edition has is not compared. The indices match whatever
/// their ids.
///
/// Ranks are decomposed the same way, as places gained (earlier rank − later rank: + is up), each
/// scoring's scores ranked among the countries common to both editions (ties take the lowest
/// rank), so that a newcomer placed above a country does not count as that country falling.
/// ``Row/laterRankOfAll`` is the later edition's own rank, among all its countries.
///
/// A newcomer (a country of the later edition only) has no earlier score: no total, framework or
/// field effect, only its data effect; a country only the earlier edition has keeps its earlier
/// score and nothing else.
///
/// ```swift
/// let change = try EditionChange(earlier: agile2024, later: agile2025,
///                                earlierData: asPublished2024, laterData: asPublished2025)
/// let usa = change.rows.first { $0.country == "USA" && $0.isIndex }!
/// usa.total == usa.dataEffect! + usa.frameworkEffect! + usa.fieldEffect!   // to 1e-12
/// ```
public struct EditionChange: Sendable {
    /// A: the later edition's data, framework and countries.
    public let later: Scores
    /// B: the earlier edition as published: its data, framework and countries.
    public let earlier: Scores
    /// C: the earlier edition's data under the later framework, for the later countries.
    public let earlierDataLaterField: Scores
    /// D: the earlier edition's data under the later framework, for the earlier countries.
    public let earlierDataEarlierField: Scores
    /// The edition years, earlier then later.
    public let editions: (earlier: Int, later: Int)
    /// The countries of both editions, in the later edition's order: the field ranks are taken in.
    public let commonCountries: [String]
    /// The later edition's countries the earlier one lacks, in its order.
    public let newcomers: [String]
    /// The nodes compared: the later framework's index, then the nodes of the level below it.
    public let nodes: [String]
    /// Nodes of the later framework's level below the index that the earlier framework lacks.
    public let nodesWithoutCounterpart: [String]
    /// Per indicator of the later framework, the later countries without a value in the earlier
    /// edition's data (scoring C), in the framework's order; indicators with a value for every
    /// country are left out.
    public let missingInEarlierData: [MissingValues]
    /// Per country and node (the index first, then its pillars), ordered by the later edition's
    /// index rank (then code), countries only the earlier edition has last.
    public let rows: [Row]

    /// The later framework's indicators that have no value for some countries in the earlier
    /// edition's data.
    public struct MissingValues: Hashable, Sendable {
        public var indicator: String
        public var countries: [String]

        public init(indicator: String, countries: [String]) {
            self.indicator = indicator
            self.countries = countries
        }
    }

    /// Runs the four scorings and decomposes the change.
    /// - Parameters:
    ///   - earlier: the earlier edition's framework (its window, method, weights, countries).
    ///   - later: the later edition's framework.
    ///   - earlierData: the values as the earlier edition was published (of both frameworks'
    ///     indicators and denominators, for both editions' countries); those inside the earlier
    ///     window are used.
    ///   - laterData: the later edition's values; those inside the later window are used.
    /// - Throws: ``ScoringError`` when a framework cannot be scored (a scoring leaves no country).
    public init(earlier: Framework, later: Framework, earlierData: [Observation], laterData: [Observation]) throws(ScoringError) {
        editions = (earlier.edition, later.edition)
        self.later = try EditionChange.score(later, EditionSelection(framework: later, observations: laterData), laterData)
        // The earlier data, selected once for B, C and D: both frameworks' codes, both editions'
        // countries (every country with data when either lists none), the earlier window.
        var both = later
        both.years = earlier.years
        let laterCodes = Set(later.indicators.map(\.id)), laterDenominators = Set(later.denominators.map(\.id))
        both.indicators += earlier.indicators.filter { !laterCodes.contains($0.id) }
        both.denominators += earlier.denominators.filter { !laterDenominators.contains($0.id) }
        let laterCountries = Set(later.participants.map(\.code))
        both.participants = later.participants.isEmpty || earlier.participants.isEmpty
            ? [] : later.participants + earlier.participants.filter { !laterCountries.contains($0.code) }
        let selection = EditionSelection(framework: both, observations: earlierData)
        /// The countries of `framework`: its participants, or those with one of its values.
        func countries(_ framework: Framework) -> [String] {
            guard framework.participants.isEmpty else { return framework.participants.map(\.code) }
            let codes = framework.dataCodes
            return selection.countries.filter { country in selection.selected[country]?.keys.contains { codes.contains($0) } ?? false }
        }
        self.earlier = try EditionChange.score(earlier, selection.restricted(to: countries(earlier)), earlierData)
        // The later framework on the earlier data: the earlier window, the later or earlier countries.
        var onEarlierData = later
        onEarlierData.years = earlier.years
        earlierDataLaterField = try EditionChange.score(onEarlierData, selection.restricted(to: self.later.raw.rows), earlierData)
        let groups = Dictionary((later.participants + earlier.participants).map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        onEarlierData.participants = self.earlier.raw.rows.map { groups[$0] ?? Participant(code: $0) }
        earlierDataEarlierField = try EditionChange.score(onEarlierData, selection.restricted(to: self.earlier.raw.rows), earlierData)

        let laterRows = self.later.raw.rows, earlierRows = Set(self.earlier.raw.rows)
        commonCountries = laterRows.filter { earlierRows.contains($0) }
        newcomers = laterRows.filter { !earlierRows.contains($0) }
        let pillars = later.aggregates(atLevel: later.depth - 1).map(\.id)
        nodes = [self.later.aggregated.columns.last!] + pillars
        let earlierPillars = Set(earlier.aggregates(atLevel: earlier.depth - 1).map(\.id))
        nodesWithoutCounterpart = pillars.filter { !earlierPillars.contains($0) }
        missingInEarlierData = EditionChange.missing(earlierDataLaterField.raw)
        rows = EditionChange.rows(
            nodes: nodes, earlierRoot: self.earlier.aggregated.columns.last!,
            scorings: [self.later, self.earlier, earlierDataLaterField, earlierDataEarlierField], common: commonCountries)
    }

    /// Scores `framework` on `selection` (its countries are the run's units); `observations`
    /// give the values before the window (latest-earlier imputation).
    static func score(_ framework: Framework, _ selection: EditionSelection, _ observations: [Observation]) throws(ScoringError) -> Scores {
        try ScoringPipeline(framework: framework).run(ScoringInput(framework: framework, selection: selection, earlier: observations))
    }

    /// The raw table's missing cells, indicator by indicator.
    static func missing(_ raw: ScoreTable) -> [MissingValues] {
        raw.columns.indices.compactMap { column in
            let countries = raw.rows.indices.filter { raw[$0, column].isNaN }.map { raw.rows[$0] }
            return countries.isEmpty ? nil : MissingValues(indicator: raw.columns[column], countries: countries)
        }
    }
}
