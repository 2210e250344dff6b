// The audit page: how robust the ranking is to the choices behind it — rank intervals, Sobol
// indices, declared against effective weights, correlations, leave-one-out, statistical
// coherence (CoherenceSection), and a reading.

import AgileCore

/// The values and charts of `audit.md.mustache`, from an ``AuditResults`` computed beforehand.
struct AuditPage {
    let input: ReportInput
    let audit: AuditResults

    /// Template key → chart: `intervals`, `sobol`, `weightsPillars`, `weightsDimensions`, `correlations`.
    func charts() -> [String: ChartSVG] {
        var charts: [String: ChartSVG] = [:]
        let intervals = RankIntervalChart(
            title: "Rank intervals over \(ReportFormat.raw(Double(audit.replications))) replications",
            entries: orderedStatistics.map { s in
                RankIntervalChart.Entry(code: s.unit, name: input.name(s.unit), nominal: s.nominal, median: s.median,
                                        low: s.percentile5, high: s.percentile95)
            },
            axisTitle: "\(indexName) rank (1 = first)", idPrefix: "audit-intervals")
        charts["intervals"] = ChartSVG(name: "audit-intervals", chart: intervals, note: input.chartNote)
        if !audit.sensitivity.isEmpty {
            let sobol = SobolChart(
                title: "Sobol indices of the mean absolute rank shift",
                inputs: sobolReading.rows.map { row in
                    SobolChart.Input(name: inputName(row.input), firstOrder: row.firstOrder, firstOrderBounds: row.firstOrderBounds,
                                     total: row.total, totalBounds: row.totalBounds)
                },
                idPrefix: "audit-sobol")
            charts["sobol"] = ChartSVG(name: "audit-sobol", chart: sobol, note: input.chartNote)
        }
        for (key, level) in [("weightsPillars", input.topLevel), ("weightsDimensions", 2)] where key == "weightsPillars" || input.topLevel != 2 {
            let nodes = audit.shares.filter { $0.level == level }
            guard !nodes.isEmpty else { continue }
            let name = "audit-weights-\(levelName(level, plural: true).lowercased())"
            let chart = WeightShareChart(
                title: "\(levelName(level, plural: true)): declared and effective shares of the index",
                rows: nodes.map { node in
                    WeightShareChart.Row(label: label(node.node), declared: node.declared, implied: node.implied,
                                         correlation: node.correlationShare, flags: node.divergences.map(AuditPage.shortFlagName))
                },
                idPrefix: name)
            charts[key] = ChartSVG(name: name, chart: chart, note: input.chartNote)
        }
        let table = audit.correlations
        if !table.rows.isEmpty && !table.columns.isEmpty {
            let heat = HeatMap(
                title: "Correlations with the \(levelName(input.topLevel, plural: true).lowercased()) and the index",
                rows: table.rows.map(label), columns: table.columns.map { $0 == rootCode ? "Index" : $0 },
                values: table.matrix, scale: .correlation, idPrefix: "audit-correlations")
            charts["correlations"] = ChartSVG(name: "audit-correlations", chart: heat, note: input.chartNote)
        }
        if let coherence { charts.merge(coherence.charts()) { first, _ in first } }
        return charts
    }

    func context(links: PageLinks, charts: [String: String]) -> [String: Any] {
        let linkExtension = links.index.hasSuffix(".html") ? "html" : "md"
        let names = countryNames
        let statistics: [[String: String]] = orderedStatistics.map { s in
            [
                "nominal": ReportFormat.rank(s.nominal), "name": input.name(s.unit), "code": names.name(s.unit) == nil ? "" : s.unit,
                "link": "\(ReportInput.pageName(s.unit)).\(linkExtension)", "median": AuditPage.rank(s.median),
                "mean": ReportFormat.fixed(s.mean, decimals: 2), "low": AuditPage.rank(s.percentile5),
                "high": AuditPage.rank(s.percentile95), "shift": ReportFormat.fixed(s.meanAbsoluteShift, decimals: 2),
            ]
        }
        let sobolReading = sobolReading
        let sobol: [[String: String]] = sobolReading.rows.map { row in
            [
                "input": inputName(row.input), "first": ReportFormat.fixed(row.firstOrder, decimals: 3),
                "firstBounds": "\(ReportFormat.fixed(row.firstOrderBounds.lowerBound, decimals: 3))–\(ReportFormat.fixed(row.firstOrderBounds.upperBound, decimals: 3))",
                "total": ReportFormat.fixed(row.total, decimals: 3),
                "totalBounds": "\(ReportFormat.fixed(row.totalBounds.lowerBound, decimals: 3))–\(ReportFormat.fixed(row.totalBounds.upperBound, decimals: 3))",
                "flags": row.flags.isEmpty ? "–" : row.flags.joined(separator: "; "),
            ]
        }
        let levels = input.topLevel == 2 ? [2] : [input.topLevel, 2]
        let weights: [[String: String]] = levels.flatMap { level in
            audit.shares.filter { $0.level == level }.map { node in
                [
                    "level": levelName(level, plural: false), "node": label(node.node),
                    "declared": ReportFormat.percent(node.declared), "implied": ReportFormat.percent(node.implied),
                    "r": ReportFormat.fixed(node.correlation, decimals: 2), "share": ReportFormat.percent(node.correlationShare),
                    "flags": node.divergences.isEmpty ? "–" : node.divergences.map(AuditPage.flagName).joined(separator: ", "),
                ]
            }
        }
        let flaggedIndicators = audit.shares.filter { $0.level == 1 && !$0.divergences.isEmpty }
            .map { "\(label($0.node)): \($0.divergences.map(AuditPage.flagName).joined(separator: ", "))" }
        let removals: [[String: String]] = audit.removals.flatMap { level in
            // The removals that move the ranks most first; the framework's order among equals.
            level.enumerated().sorted { a, b in
                let (x, y) = (a.element.meanAbsoluteRankChange, b.element.meanAbsoluteRankChange)
                return (x.isNaN ? -1 : x, b.offset) > (y.isNaN ? -1 : y, a.offset)
            }.map(\.element).map { removal in
                [
                    "level": levelName(removal.level, plural: false), "node": label(removal.node),
                    "change": ReportFormat.fixed(removal.meanAbsoluteRankChange, decimals: 2),
                    "mover": removal.largestMover.map(names.label) ?? "–", "places": AuditPage.places(removal.largestMove),
                ]
            }
        }
        let inputCount = audit.sensitivityDesign.inputs.count
        let sensitivityRuns = audit.sensitivityCount * (inputCount + 2)
        var sobolNote = "The output is the mean absolute rank shift of a replication (the mean over countries of |rank − nominal rank|). A Saltelli sample of N = \(ReportFormat.raw(Double(audit.sensitivityCount))) points gives N(d + 2) = \(ReportFormat.raw(Double(sensitivityRuns))) runs for d = \(inputCount) uncertain input\(inputCount == 1 ? "" : "s"), seed \(audit.seed); the bounds are the 5th and 95th percentiles of \(ReportFormat.raw(Double(audit.bootstrap))) bootstrap resamples. The first-order index Si is the share of the output's variance an input explains alone, the total index STi with all its interactions."
        if audit.sensitivityDesign != audit.design {
            sobolNote = "To compare sources of uncertainty, this analysis varies more than the rank intervals above. " + sentences(audit.sensitivityDesign).joined(separator: " ") + " " + sobolNote
        }
        if inputCount == 1 {
            sobolNote += " With a single uncertain input, that input explains all of the variance by construction (Si = STi = 1 up to sampling error); vary more inputs to compare them."
        }
        let caution = CorrelationCaution(countries: input.scores.units.count)
        return [
            "indexName": indexName, "edition": String(input.framework.edition), "illustrative": input.illustrative,
            "count": String(input.rankedCount), "weights": input.weightsText,
            "design": designSentences, "replications": ReportFormat.raw(Double(audit.replications)), "seed": String(audit.seed),
            "reading": audit.reading.naming(names).sentences,
            "statistics": statistics,
            "sobol": ["any": !sobol.isEmpty, "rows": sobol, "note": sobolNote, "reading": sobolReading.sentences] as [String: Any],
            "weightsTable": weights,
            "flaggedIndicators": ["any": !flaggedIndicators.isEmpty, "list": flaggedIndicators] as [String: Any],
            "removals": removals,
            "correlationCaution": ["any": caution != nil, "text": caution?.text ?? "", "countries": String(input.scores.units.count)] as [String: Any],
            "divergenceFactor": ReportFormat.raw(WeightDivergence.factor), "weakBound": ReportFormat.raw(WeightDivergence.weakCorrelationBound),
            "charts": charts, "links": links.dictionary,
            "coherence": coherence.map { $0.context(charts: charts) } ?? false,
        ]
    }

    /// The statistical-coherence section, when the audit has one.
    private var coherence: CoherenceSection? {
        audit.coherence.map { CoherenceSection(input: input, coherence: $0, shares: audit.shares) }
    }

    private var indexName: String { input.root?.name ?? "Index" }

    private var rootCode: String { input.root?.id ?? "" }

    /// The catalog's names of the run's countries, written beside their codes.
    private var countryNames: CountryNames { CountryNames(catalog: input.countries, codes: input.scores.units) }

    /// The Sobol indices clipped to [0, 1] and flagged.
    private var sobolReading: SobolReading {
        SobolReading(audit.sensitivity, count: audit.sensitivityCount, bootstrap: audit.bootstrap)
    }

    /// The statistics in nominal order (unranked last, ties by code), as the reading takes them.
    private var orderedStatistics: [RankStatistics] {
        audit.statistics.sorted { a, b in
            if a.nominal.isNaN != b.nominal.isNaN { return b.nominal.isNaN }
            return a.nominal == b.nominal || a.nominal.isNaN ? a.unit < b.unit : a.nominal < b.nominal
        }
    }

    /// The design of the uncertainty analysis in sentences.
    private var designSentences: [String] { sentences(audit.design) }

    /// A design in sentences: what varies and how.
    private func sentences(_ design: UncertaintyDesign) -> [String] {
        var lines: [String] = []
        if let winmax = design.winmax {
            lines.append("The winsorisation limit: a whole number from \(winmax.lowerBound) to \(winmax.upperBound), each equally likely.")
        }
        if !design.normalisations.isEmpty {
            lines.append("The normalisation: one of \(design.normalisations.map(\.description).joined(separator: ", ")), each equally likely.")
        }
        if let weights = design.weights, !weights.levels.isEmpty {
            let levels = LevelWords(input.framework).weights(weights.levels)
            let the = "The " + levels
            if let concentration = weights.dirichlet {
                lines.append("\(the): the weights of each parent's children drawn together from a Dirichlet distribution around their declared shares (concentration \(ReportFormat.raw(concentration))).")
            } else {
                lines.append("\(the): each multiplied by its own factor drawn uniformly from \(ReportFormat.raw(1 - weights.factor)) to \(ReportFormat.raw(1 + weights.factor)) (±\(ReportFormat.raw(weights.factor * 100)) %).")
            }
        }
        if !design.aggregations.isEmpty {
            lines.append("The aggregation: one of \(design.aggregations.map(\.description).joined(separator: ", ")), each equally likely.")
        }
        if lines.isEmpty { lines.append("Nothing varies: every replication is the nominal run.") }
        return lines
    }

    private func label(_ code: String) -> String { Self.label(code, in: input.framework) }

    /// `P1 AI Development Level` for an aggregate, `I3 Name` for an indicator, the code
    /// otherwise; the name alone when it already has the code as a word (`AGILE Index`, not
    /// `AGILE AGILE Index`).
    static func label(_ code: String, in framework: Framework) -> String {
        guard let name = framework.aggregate(code)?.name ?? framework.indicator(code)?.name else { return code }
        let words = name.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        return words.contains { $0 == code } ? name : "\(code) \(name)"
    }

    private func levelName(_ level: Int, plural: Bool) -> String { Self.levelName(level, plural: plural, in: input.framework) }

    /// A level's name from the framework (`Pillar`, or `Pillars`; `Index`, or `Indices`).
    static func levelName(_ level: Int, plural: Bool, in framework: Framework) -> String {
        let names = framework.levelNames
        let name = level >= 1 && level <= names.count ? names[level - 1] : "Level \(level)"
        return plural ? LevelWords.plural(of: name) : name
    }

    /// An uncertain input by its name in COINr (`Weights`) as the page names it.
    private func inputName(_ name: String) -> String {
        switch name {
        case UncertainInput.winmax.coinrName: "Winsorisation limit"
        default: name
        }
    }

    /// A divergence flag in words.
    static func flagName(_ divergence: WeightDivergence) -> String {
        switch divergence {
        case .impliedShare: "implied share"
        case .correlationShare: "correlation share"
        case .weakCorrelation: "weak r"
        case .negativeCorrelation: "negative r"
        }
    }

    /// A divergence flag in a chart's few words.
    static func shortFlagName(_ divergence: WeightDivergence) -> String {
        switch divergence {
        case .impliedShare: "implied"
        case .correlationShare: "r² share"
        case .weakCorrelation: "weak r"
        case .negativeCorrelation: "negative r"
        }
    }

    /// A rank percentile: whole without decimals, otherwise one decimal.
    static func rank(_ value: Double) -> String {
        value.isFinite && value == value.rounded() ? ReportFormat.fixed(value, decimals: 0) : ReportFormat.fixed(value, decimals: 1)
    }

    /// Places gained: `+2`, `−1`, `0`.
    static func places(_ value: Double) -> String {
        value > 0 ? "+\(Int(value))" : value < 0 ? "−\(Int(-value))" : "0"
    }
}
