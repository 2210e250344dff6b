// The charts of the report pages, made from a run with the toolkit's SVG charts.

import AgileCore

/// One chart of a page: the file stem of its SVG (for the Markdown), the SVG and its text
/// alternative.
struct ChartSVG: Sendable {
    var name: String
    var svg: String
    var alternative: String
}

/// Builds the charts of the country pages and of the ranking page.
struct ReportCharts {
    let input: ReportInput

    /// Template key → chart, for one country: `pillars` (a radar from three pillars, bars
    /// under three; the radar also as `radar`), `dimensions`, `scatter` (when the registry
    /// declares a match), `ranking`, and the evidence heat maps when the pages show evidence.
    func country(row: Int) -> [String: ChartSVG] {
        let scores = input.scores
        let code = scores.units[row]
        let name = input.name(code)
        let stem = ReportInput.pageName(code, assessed: input.assessment?.unit == code)
        var charts: [String: ChartSVG] = [:]

        let pillars = input.framework.aggregates(atLevel: input.topLevel).filter { input.column($0.id) != nil }
        let pillarColumns = pillars.map { input.column($0.id)! }
        let pillarScores = ChartSeries(name: name, values: pillarColumns.map { scores.aggregated[row, $0] })
        if pillars.count >= 3 {
            let radar = RadarChart(
                title: "\(name): pillar scores against the median",
                axes: pillars.map { "\($0.id) \($0.name)" }, series: pillarScores,
                reference: ChartSeries(name: "Median of \(input.peerRankedCount) countries", values: pillarColumns.map { input.median($0) }),
                idPrefix: "\(stem)-radar")
            charts["radar"] = ChartSVG(name: "\(stem)-radar", chart: radar, note: input.chartNote)
            charts["pillars"] = charts["radar"]
        } else {
            // A radar needs three axes to enclose an area; one or two pillars are bars.
            let bars = BarChart(
                title: "\(name): pillar scores (tick: median)",
                categories: pillars.map { "\($0.id) \($0.name)" }, series: pillarScores,
                reference: ChartSeries(name: "Median", values: pillarColumns.map { input.median($0) }),
                idPrefix: "\(stem)-pillars")
            charts["pillars"] = ChartSVG(name: "\(stem)-pillars", chart: bars, note: input.chartNote)
        }

        let dimensions = input.framework.aggregates(atLevel: 2).filter { input.column($0.id) != nil }
        let dimensionColumns = dimensions.map { input.column($0.id)! }
        let bars = BarChart(
            title: "\(name): dimension scores (tick: median)",
            categories: dimensions.map { "\($0.id) \($0.name)" },
            series: ChartSeries(name: name, values: dimensionColumns.map { scores.aggregated[row, $0] }),
            reference: ChartSeries(name: "Median", values: dimensionColumns.map { input.median($0) }),
            idPrefix: "\(stem)-dimensions")
        charts["dimensions"] = ChartSVG(name: "\(stem)-dimensions", chart: bars, note: input.chartNote)

        if let scatter = scatter(focus: code, idPrefix: "\(stem)-scatter") {
            charts["scatter"] = ChartSVG(name: "\(stem)-scatter", chart: scatter, note: input.chartNote)
        }
        let ranking = ranking(focus: code, idPrefix: "\(stem)-ranking")
        charts["ranking"] = ChartSVG(name: "\(stem)-ranking", chart: ranking, note: input.chartNote)
        if input.showsEvidence { charts.merge(EvidenceSection(input: input, code: code).charts()) { first, _ in first } }
        if let change = editionChange(code: code, name: name, stem: stem) { charts["change"] = change }
        return charts
    }

    /// The index and the pillars of a country by edition: this edition's scores as bars, the
    /// previous edition's (as published) as ticks, which read apart in greyscale; `nil` without a
    /// previous edition or for a newcomer.
    func editionChange(code: String, name: String, stem: String) -> ChartSVG? {
        guard let change = input.change else { return nil }
        let rows = change.rows.filter { $0.country == code }
        guard let index = rows.first(where: \.isIndex), !index.isNewcomer else { return nil }
        let (y1, y2) = (change.editions.earlier, change.editions.later)
        let indexName = input.root?.name ?? "Index"
        let bars = BarChart(
            title: "\(name): \(y2) scores (bars) against \(y1) as published (tick)",
            categories: rows.map { $0.isIndex ? indexName : "\($0.node) \(input.framework.aggregate($0.node)?.name ?? "")" },
            series: ChartSeries(name: "\(name) \(y2)", values: rows.map(\.later)),
            reference: ChartSeries(name: "\(y1) as published", values: rows.map(\.earlier)),
            idPrefix: "\(stem)-editions")
        return ChartSVG(name: "\(stem)-editions", chart: bars, note: input.chartNote)
    }

    /// The charts of the ranking page: `ranking` and `scatter`.
    func overview() -> [String: ChartSVG] {
        var charts: [String: ChartSVG] = [:]
        let ranking = ranking(focus: nil, idPrefix: "ranking")
        charts["ranking"] = ChartSVG(name: "ranking", chart: ranking, note: input.chartNote)
        if let scatter = scatter(focus: nil, idPrefix: "scatter") {
            charts["scatter"] = ChartSVG(name: "scatter", chart: scatter, note: input.chartNote)
        }
        return charts
    }

    private func ranking(focus: String?, idPrefix: String) -> RankingChart {
        let scores = input.scores
        let entries = input.unitsByRank.map { row in
            RankingChart.Entry(code: scores.units[row], name: input.name(scores.units[row]), value: scores.aggregated[row, input.indexColumn])
        }
        let indexName = input.root?.name ?? "Index"
        return RankingChart(
            title: focus.map { "\(input.name($0)) in the \(indexName) ranking" } ?? "\(indexName) \(input.framework.edition): ranking",
            entries: entries, focus: focus, axisTitle: "\(indexName) score (0–100)", idPrefix: idPrefix)
    }

    private func scatter(focus: String?, idPrefix: String) -> ScatterChart? {
        guard let rule = input.framework.method.match, let matches = input.scores.match, !matches.isEmpty else { return nil }
        let points = matches.map { ScatterChart.Point(code: $0.unit, name: input.name($0.unit), x: $0.development, y: $0.governance) }
        // The run's split: the medians of its own countries, not of an assessed one.
        let peers = points.filter { $0.code != input.assessment?.unit }
        let (xSplit, ySplit, splitName): (Double, Double, String) = switch rule.split {
        case .median: (ReportCharts.split(peers.map(\.x)), ReportCharts.split(peers.map(\.y)), "median")
        case .threshold(let value): (value, value, "threshold")
        }
        let wording = MatchWording(rule: rule)
        return ScatterChart(
            title: focus.map { "\(input.name($0)): \(wording.chartTitle)" } ?? wording.chartTitle,
            points: points, focus: focus, xSplit: xSplit, ySplit: ySplit, splitName: splitName,
            xAxisTitle: wording.xAxisTitle, yAxisTitle: wording.yAxisTitle, quadrantNames: wording.chartQuadrantNames, idPrefix: idPrefix)
    }

    /// The median of an axis, or the middle of the scale when no value is known.
    static func split(_ values: [Double]) -> Double {
        let median = ReportInput.median(of: values)
        return median.isFinite ? median : 50
    }
}
