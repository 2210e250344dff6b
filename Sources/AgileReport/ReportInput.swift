// What a report is made from: one scoring run and what it was run on.

import AgileCore

/// The framework, the selected data and the scores of one run, with lookups the pages share.
public struct ReportInput: Sendable {
    public var framework: Framework
    public var scores: Scores
    public var selection: EditionSelection
    public var countries: CountryCatalog
    /// Whether any value came from a file marked illustrative: every page says so.
    public var illustrative: Bool
    /// The first digits of the run's data snapshot (SHA-256 of its inputs), shown in the
    /// footer: the same data shows the same snapshot in any store.
    public var snapshot: String?
    /// The version of agile that scored the run, shown beside the snapshot; `nil`: unknown (a
    /// run recorded before versions were).
    public var version: String?
    /// A date to print (from `SOURCE_DATE_EPOCH` or the run), never the clock.
    public var date: String?
    /// The weights of the run, as the reader should read them (e.g. `declared`).
    public var weightsText: String
    /// The weights of the run, which the weights explorer starts from (its "as published" preset).
    public var weightChoice: WeightChoice = .declared
    /// The model-safety evidence shown beside the scores; `nil` when none is loaded.
    public var evidence: EvidenceSet?
    /// The vintages of the values scored, which every page names; `nil` for data without
    /// vintages (COINr tables).
    public var vintages: VintageSelection?
    /// The audit of the run, for the audit page (`nil`: no audit page).
    public var audit: AuditResults? {
        didSet { rankIntervals = ReportInput.intervals(audit) }
    }
    /// Each country's rank statistics in the audit's uncertainty analysis, by code (empty without an audit).
    private(set) var rankIntervals: [String: RankStatistics]
    /// The self-assessed country these scores hold as an added row (``Scores/adding(_:)``),
    /// and the words its page and charts carry; `nil` for a run's own report.
    public var assessment: SelfAssessmentMark?
    /// The countries self-assessed against this run (by code), whose pages (`assessment-KEN`)
    /// the ranking links under "Self-assessments", outside its table.
    public var selfAssessed: [String] = []
    /// The landing page of a site of several editions, as linked from this edition's HTML
    /// pages (`../index.html`); `nil`: the edition's site stands alone.
    public var landingPage: String?
    /// The change since the previous edition (``EditionChange``, as `agile compare` computes it),
    /// shown on the ranking and country pages; `nil`: no previous edition (or not asked for).
    public var change: EditionChange?
    /// The framework's lineage against the previous edition, for the "what changed" page (shown
    /// when ``change`` is there).
    public var lineage: EditionLineage?
    /// The previous edition scored again on its values as revised since its publication (as of
    /// ``revisedVintages``): a country whose scores moved says so beside the change, which
    /// compares the values as published. `nil`: not computed.
    public var earlierRevised: Scores?
    /// The vintages of ``earlierRevised``.
    public var revisedVintages: VintageSelection?
    /// Per column of the aggregated table: the median and the number of countries with a value
    /// (every page shows them; computed once).
    private let medians: [Double]
    private let counts: [Int]
    /// The number of countries other than an assessed one with an index score.
    private let peerCount: Int
    /// The decimals of each indicator's raw values (``RawPrecision``), by indicator id.
    let rawDecimals: [String: Int]
    /// The registry's regions and income groups with their medians and ranks (``PeerGroups``).
    let peerGroups: PeerGroups

    /// - Parameters:
    ///   - method: the method the run used, when the command line changed the registry's (the
    ///     pages describe the run, not the registry's method block).
    ///   - version: the version of agile that scored the run (`nil`: unknown).
    ///   - change: the change since the previous edition, for the ranking's ▲/▼ columns and each
    ///     country's change section.
    public init(
        framework: Framework, method: Method? = nil, scores: Scores, selection: EditionSelection, countries: CountryCatalog,
        illustrative: Bool, snapshot: String? = nil, version: String? = AgileVersion.current, date: String? = nil,
        weights: String = "as declared in the registry",
        evidence: EvidenceSet? = nil, audit: AuditResults? = nil, vintages: VintageSelection? = nil, assessment: SelfAssessmentMark? = nil,
        change: EditionChange? = nil
    ) {
        self.evidence = evidence
        self.change = change
        self.vintages = vintages
        self.weightsText = weights
        self.audit = audit
        self.assessment = assessment
        let columns = scores.aggregated.columns.indices
        // The medians are the peers': an assessed country is not one of them.
        let peers = scores.units.indices.filter { scores.units[$0] != assessment?.unit }
        medians = columns.map { column in ReportInput.median(of: peers.map { scores.aggregated[$0, column] }) }
        peerCount = peers.filter { scores.aggregated[$0, columns.count - 1].isFinite }.count
        counts = columns.map { column in scores.units.indices.filter { scores.aggregated[$0, column].isFinite }.count }
        rawDecimals = RawPrecision.decimals(framework: framework, raw: scores.raw)
        rankIntervals = ReportInput.intervals(audit)
        let shown = framework.aggregates(atLevel: max(2, framework.depth - 1)).compactMap { scores.aggregated.columns.firstIndex(of: $0.id) }
        peerGroups = PeerGroups(framework: framework, scores: scores, columns: shown + [columns.count - 1], excluded: assessment?.unit)
        var framework = framework
        if let method { framework.method = method }
        self.framework = framework
        self.scores = scores
        self.selection = selection
        self.countries = countries
        self.illustrative = illustrative
        self.snapshot = snapshot
        self.version = version
        self.date = date
    }

    /// The rank statistics of `audit` by country code.
    private static func intervals(_ audit: AuditResults?) -> [String: RankStatistics] {
        Dictionary((audit?.statistics ?? []).map { ($0.unit, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The agile that scored the run, as the footer names it: `agile 0.13.0`, or
    /// `agile (version unknown)`.
    var tool: String {
        "agile " + (version ?? "(version unknown)")
    }

    /// The note every chart carries when the data are illustrative (`nil` otherwise): the
    /// images travel without the page (the Markdown links them as files).
    var chartNote: String? {
        let notes = [assessment.map { $0.label + "." }, illustrative ? "Illustrative data: invented sample values, not for citation." : nil]
        return notes.contains { $0 != nil } ? notes.compactMap { $0 }.joined(separator: " ") : nil
    }

    /// What a score of 0 and of 100 mean when indicators are scaled min-max to 0–100 across the
    /// countries (`nil` for other normalisations): said once on each page that shows scores.
    var zeroMeaning: String? {
        guard case let .minMax(low, high) = framework.method.normalisation, low == 0, high == 100,
              !framework.indicators.contains(where: { $0.overrides.goalposts != nil || $0.overrides.normalisation != nil }) else { return nil }
        let count = peerCount
        return "A score of 0 means the lowest of the \(count) countries, not none, and 100 the highest: scores place a country among the \(count)."
    }

    /// A raw value of `indicator` with the indicator's decimals (the same on every page), its
    /// unit after it; a binary value as `yes`/`no`, an ordinal one with its level's label.
    func rawText(_ indicator: Indicator, _ value: Double) -> String {
        IndicatorValueText.text(value, of: indicator, decimals: rawDecimals[indicator.id] ?? 0)
    }

    /// A raw value of `indicator` with the indicator's decimals, without its unit.
    func rawNumber(_ indicator: Indicator, _ value: Double) -> String {
        ReportFormat.raw(value, decimals: rawDecimals[indicator.id] ?? 0)
    }

    /// The column of a node in the aggregated and rank tables.
    func column(_ node: String) -> Int? {
        scores.aggregated.columns.firstIndex(of: node)
    }

    /// The column of the index (the root).
    var indexColumn: Int { scores.aggregated.columns.count - 1 }

    /// Whether the pages show model-safety evidence (the registry's `<publication>` says so):
    /// the evidence page, its menu entry and each country's evidence section.
    var showsEvidence: Bool { framework.publication.showsEvidence }

    /// The root aggregate.
    var root: Aggregate? { framework.aggregates.first { $0.parent == nil } }

    /// The level just under the root (AGILE: the pillars).
    var topLevel: Int { max(2, framework.depth - 1) }

    /// The number of countries with an index score.
    var rankedCount: Int { counts[indexColumn] }

    /// The median of a column over the countries with a value.
    func median(_ column: Int) -> Double { medians[column] }

    /// The median of the finite values, NaN when there is none.
    static func median(of values: [Double]) -> Double {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The number of countries with an index score other than an assessed one: those the
    /// medians are taken over.
    var peerRankedCount: Int { peerCount }

    /// Countries with a value in a column.
    func rankedCount(_ column: Int) -> Int { counts[column] }

    /// The country's name, or its code when unknown.
    func name(_ code: String) -> String {
        countries[alpha3: code]?.name ?? code
    }

    /// The country's name as it reads inside a sentence: with "the" where English takes it
    /// ("the United States", "the Russian Federation"); the registry's "Korea, Republic of"
    /// turned round ("the Republic of Korea").
    func nameInSentence(_ code: String) -> String {
        var name = self.name(code)
        if let comma = name.range(of: ", "), !name[comma.upperBound...].contains(",") {
            name = name[comma.upperBound...] + " " + name[..<comma.lowerBound]
        }
        let words = ["United", "Republic", "Federation", "Kingdom", "Islands", "States", "Emirates", "Netherlands", "Philippines", "Bahamas", "Gambia", "Comoros", "Maldives", "Seychelles", "Holy See"]
        let takesThe = words.contains { name.hasPrefix($0) || name.contains(" " + $0) } && !name.hasPrefix("The ")
        return takesThe ? "the " + name : name
    }

    /// Units in rank order on the index (unranked last, then by code).
    var unitsByRank: [Int] {
        scores.units.indices.sorted { a, b in
            let (ra, rb) = (scores.ranks[a, indexColumn], scores.ranks[b, indexColumn])
            if ra.isNaN != rb.isNaN { return rb.isNaN }
            return ra == rb ? scores.units[a] < scores.units[b] : ra < rb
        }
    }

    /// The file name of a country's report (without extension): its alpha-3 code, checked to
    /// be three ASCII letters so no code can name a path outside the site; a self-assessed
    /// country's page is `assessment-` and the code, so it never takes a member's page.
    static func pageName(_ code: String, assessed: Bool = false) -> String {
        (assessed ? "assessment-" : "") + codeStem(code)
    }

    private static func codeStem(_ code: String) -> String {
        code.utf8.count == 3 && code.utf8.allSatisfy({ (65...90).contains($0) }) ? code : "unit-" + String(code.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.prefix(16))
    }
}

/// What marks the page of a self-assessed country: the country, and the words its page and
/// every chart carry ("Self-assessment against the AGILE Index 2024 — not part of the published
/// ranking").
public struct SelfAssessmentMark: Hashable, Sendable {
    /// The assessed country's code: the row ``Scores/adding(_:)`` added.
    public var unit: String
    /// The words the page and its charts carry.
    public var label: String
    /// The country's values outside the run's range, clipped or extrapolated: the page names them.
    public var rangeFlags: [RangeFlag]

    public init(unit: String, label: String, rangeFlags: [RangeFlag] = []) {
        self.unit = unit
        self.label = label
        self.rangeFlags = rangeFlags
    }

    /// "Outside the run's range: I14 (below, clipped to it)." (`nil` when no value was outside it).
    var rangeSentence: String? {
        guard !rangeFlags.isEmpty else { return nil }
        let items = rangeFlags.map { flag in
            let range = flag.goalposts ? "the goalposts" : "the run's range"
            return "\(flag.indicator) (\(flag.side.rawValue) \(range), \(flag.clipped ? "clipped to it" : "scored beyond the scale"))"
        }
        return "Values outside the run's range: " + items.joined(separator: ", ") + "."
    }
}
