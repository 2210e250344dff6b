// The page of one indicator (`indicator-I14.md|html`): its definition, unit, source, status and
// coverage, the distribution of its scores as a dot plot, and every country's value, year,
// score, rank and flags, each country linked to its page.

import AgileCore

/// The Markdown of one indicator's page, from its ``IndicatorColumn``.
struct IndicatorPage {
    let input: ReportInput
    let column: IndicatorColumn
    /// The indicators before and after it in the framework's order (for the page's navigation).
    let previous: Indicator?
    let next: Indicator?
    /// The countries (by code) whose page the site has: the others are listed, not linked.
    let linked: Set<String>

    var indicator: Indicator { column.indicator }

    /// The file name of an indicator's page, without extension: `indicator-` and its id, every
    /// character other than an ASCII letter, digit, `-` or `.` written `_` and its UTF-8 bytes in
    /// hex (so different ids never share a page, and no id can name a path).
    ///
    /// ```swift
    /// IndicatorPage.pageName("I14")     // "indicator-I14"
    /// IndicatorPage.pageName("LPI_1/x") // "indicator-LPI_5F1_2Fx"
    /// ```
    static func pageName(_ id: String) -> String {
        var name = "indicator-"
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", ".": name.unicodeScalars.append(scalar)
            default:
                for byte in String(scalar).utf8 {
                    let hex = String(byte, radix: 16, uppercase: true)
                    name += "_" + (hex.count == 1 ? "0" + hex : hex)
                }
            }
        }
        return name
    }

    /// The file stem of the page's chart.
    var chartName: String { IndicatorPage.pageName(indicator.id) + "-dots" }

    /// The page's title, as the HTML `<title>` reads.
    var title: String {
        "\(indicator.id) \(indicator.name): \(input.root?.name ?? "Index") \(input.framework.edition)"
    }

    /// The distribution of the scores: a dot per country with a score.
    func chart() -> ChartSVG {
        let units = input.scores.units
        let dots = units.indices.map { unit in
            let mark: DotPlotChart.Mark = column.origins[unit] == .imputed ? .imputed : column.treatments[unit] != nil ? .treated : .observed
            return DotPlotChart.Dot(code: units[unit], name: input.name(units[unit]), value: column.scores[unit], mark: mark, detail: detail(unit))
        }
        let scores = column.scores.filter(\.isFinite)
        let zeroToHundred: Bool = {
            if case let .minMax(low, high) = input.framework.method.normalisation { return low == 0 && high == 100 }
            return false
        }()
        let plot = DotPlotChart(
            title: "\(indicator.id) \(indicator.name): scores of \(scores.count) " + (scores.count == 1 ? "country" : "countries"),
            dots: dots, median: column.median,
            axisTitle: zeroToHundred ? "Normalised score (0–100, higher is better)" : "Normalised score (higher is better)",
            idPrefix: chartName)
        return ChartSVG(name: chartName, chart: plot, note: input.chartNote)
    }

    /// A dot's tooltip: `Germany: 61 % (2023), score 74.2, rank 3 of 40, imputed`.
    private func detail(_ unit: Int) -> String {
        var text = input.name(input.scores.units[unit]) + ": " + input.rawText(indicator, column.values[unit])
        if let year = column.years[unit] { text += " (\(year))" }
        text += ", score \(ReportFormat.score(column.scores[unit])), rank \(rank(unit))"
        let flags = column.flags(unit).filter { $0 != "missing" }
        return flags.isEmpty ? text : text + ", " + flags.joined(separator: ", ")
    }

    /// `3 of 40`, or `–` without a rank.
    private func rank(_ unit: Int) -> String {
        let rank = column.ranks[unit]
        return rank.isFinite ? "\(ReportFormat.rank(rank)) of \(column.rankedCount)" : "–"
    }

    /// The page's Markdown: registry and data text escaped by `escape`, links with `ext`, the
    /// chart as `chart` (an image link in Markdown, a marker the HTML page replaces).
    func markdown(escape: (String) -> String, ext: String, chart: String) -> String {
        let framework = input.framework
        let indexName = input.root?.name ?? "Index"
        var lines = ["# \(escape(indicator.id)) \(escape(indicator.name)) — \(escape(indexName)) \(framework.edition)", ""]
        if input.illustrative {
            let official = framework.publication.official.map { ", not the official \(escape($0)) data" } ?? ""
            lines += ["> **Illustrative data.** The values behind this page are invented samples\(official). Do not cite these numbers.", ""]
        }
        lines += [escape(indicator.definition.isEmpty ? indicator.name + "." : indicator.definition), ""]
        lines += facts(escape: escape).map { "- " + $0 }
        lines += ["", "## Distribution", "", chart, ""]
        if input.zeroMeaning != nil {
            let count = column.rankedCount == 1 ? "the 1 country" : "the \(column.rankedCount) countries"
            lines += ["A score of 0 means the lowest of \(count) with a score, not none, and 100 the highest.", ""]
        }
        lines += ["## Countries", ""]
        lines += table(escape: escape, ext: ext)
        lines += [
            "",
            "In rank order (countries without a score last). Score: the normalised value, higher is better. Flags: *missing* (no value in \(framework.years.lowerBound)–\(framework.years.upperBound)), *imputed*, *winsorised*, *log* (log-transformed as an outlier).",
            "",
        ]
        var navigation: [String] = []
        if let previous { navigation.append("Previous: [\(escape(previous.id)) \(escape(previous.name))](\(IndicatorPage.pageName(previous.id)).\(ext))") }
        if let next { navigation.append("Next: [\(escape(next.id)) \(escape(next.name))](\(IndicatorPage.pageName(next.id)).\(ext))") }
        navigation.append("Back to the [ranking](index.\(ext)) and the [methodology](methodology.\(ext))")
        lines.append(navigation.joined(separator: " · ") + ".")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The indicator's facts: where it sits, unit, polarity, source, status, coverage, treatment.
    func facts(escape: (String) -> String) -> [String] {
        let framework = input.framework
        var ancestors: [Aggregate] = []
        var parent = framework.aggregate(indicator.parent)
        while let node = parent, node.parent != nil {
            ancestors.insert(node, at: 0)
            parent = node.parent.flatMap(framework.aggregate)
        }
        var facts: [String] = []
        if !ancestors.isEmpty {
            let path = ancestors.map { "\(escape($0.id)) \(escape($0.name))" }.joined(separator: " › ")
            facts.append("**Place in the framework:** \(path) (weight \(Scale.format(indicator.weight)) within its dimension)")
        }
        var unit = indicator.unit.isEmpty ? indicator.expectation : "\(escape(indicator.unit)) (\(indicator.expectation))"
        if indicator.type == .ordinal, !indicator.scale.levels.isEmpty {
            unit += "; levels " + indicator.scale.levels.map { "\($0.value) \(escape($0.label))" }.joined(separator: ", ")
        }
        facts.append("**Unit:** " + unit)
        let polarity = indicator.polarity == .positive ? "higher is better" : "lower is better (the score is reversed)"
        let transform = indicator.transform == .none ? "" : ", \(indicator.transform.rawValue) applied before normalising"
        facts.append("**Polarity:** \(polarity)\(transform)")
        facts.append("**Source:** " + (indicator.source.isEmpty ? "not named" : escape(indicator.source)))
        let status: String = switch indicator.status {
        case .confirmed: "confirmed (from the published list of the index)"
        case .reconstructed: "reconstructed (not from the published list: it stands in for an official indicator)"
        case .experimental: "experimental (added by the toolkit, not part of the index)"
        }
        facts.append("**Status:** " + status)
        let total = column.values.count
        let observed = column.observedCount
        let share = total == 0 ? 0 : Double(observed) / Double(total)
        facts.append("**Coverage:** \(observed) of \(total) countries observed (\(ReportFormat.percent(share))), \(column.imputedCount) imputed, \(column.missingCount) without a value")
        let winsorised = column.treatments.filter { $0 == "winsorised" }.count, logged = column.treatments.filter { $0 == "log" }.count
        var treatment: [String] = []
        if winsorised > 0 { treatment.append("\(MethodologyPage.treatedCount(winsorised)) winsorised") }
        if logged > 0 { treatment.append("\(MethodologyPage.treatedCount(logged)) log-transformed") }
        facts.append("**Outlier treatment:** " + (treatment.isEmpty ? "none" : treatment.joined(separator: ", ")))
        facts.append("**Scores:** median \(ReportFormat.score(column.median)) over the \(column.rankedCount) " + (column.rankedCount == 1 ? "country" : "countries") + " with a score")
        return facts
    }

    /// Every country in rank order (unranked last, then by name), linked to its page when the
    /// site has one. A Source column only when the countries' sources differ.
    func table(escape: (String) -> String, ext: String) -> [String] {
        let units = input.scores.units
        let names = units.map(input.name)
        let order = units.indices.sorted { a, b in
            let (ra, rb) = (column.ranks[a], column.ranks[b])
            if ra.isFinite != rb.isFinite { return ra.isFinite }
            if ra.isFinite, ra != rb { return ra < rb }
            return names[a] != names[b] ? names[a] < names[b] : units[a] < units[b]
        }
        let sources = column.sources.indices.map { unit in
            column.sources[unit].map { IndicatorValueText.source($0, observed: true, illustrative: input.illustrative) }
        }
        let sourceColumn = Set(sources.compactMap { $0 }).count > 1
        var lines = sourceColumn
            ? ["| Rank | Country | Value | Year | Source | Score | Flags |", "|---:|---|---:|---:|---|---:|---|"]
            : ["| Rank | Country | Value | Year | Score | Flags |", "|---:|---|---:|---:|---:|---|"]
        for unit in order {
            let code = units[unit]
            let name = escape(names[unit])
            let country = linked.contains(code) ? "[\(name)](\(ReportInput.pageName(code)).\(ext))" : name
            var cells = [
                rank(unit), country, escape(input.rawText(indicator, column.values[unit])),
                column.years[unit].map(String.init) ?? "–",
            ]
            if sourceColumn { cells.append(sources[unit].map(escape) ?? "–") }
            cells += [ReportFormat.score(column.scores[unit]), column.flags(unit).joined(separator: ", ")]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }
}

extension PageLinks {
    /// The page of an indicator, in the format being written: `indicator-I14.html`.
    func indicator(_ id: String) -> String {
        IndicatorPage.pageName(id) + "." + pageExtension
    }
}
