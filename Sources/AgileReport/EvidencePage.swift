// The evidence page: what the three benchmarks say about every model, across countries.

import AgileCore

/// The values of `evidence.md.mustache`: caveats, which model has which benchmark, a heat map
/// and table per benchmark, the two VESTA authority contexts side by side, and MVPBench's
/// alignment by country.
struct EvidencePage {
    let input: ReportInput

    /// Template keys of the page's charts.
    static func chartKey(_ benchmark: String) -> String { "evidence-\(benchmark)" }
    static let contextsKey = "evidence-contexts"
    static let alignmentKey = "evidence-alignment"

    /// The heat maps of the page, by template key.
    func charts() -> [String: ChartSVG] {
        guard let evidence = input.evidence else { return [:] }
        var charts: [String: ChartSVG] = [:]
        func add(_ key: String, _ map: HeatMap) {
            charts[key] = ChartSVG(name: key, chart: map, note: input.chartNote)
        }
        for benchmark in evidence.benchmarks.benchmarks where !benchmark.perCountry {
            let models = evidence.modelEvidence(benchmark: benchmark.id)
            guard !models.isEmpty else { continue }
            let table = EvidenceTable(benchmark: benchmark, models: models)
            add(EvidencePage.chartKey(benchmark.id), table.heatMap(
                title: "\(benchmark.shortTitle): \(benchmark.metric.uppercased()) by model and \(benchmark.dimensionTitle.lowercased()) (\(EvidenceTable.direction(benchmark)))",
                idPrefix: EvidencePage.chartKey(benchmark.id)))
            if !benchmark.contexts.isEmpty {
                add(EvidencePage.contextsKey, HeatMap(
                    title: "\(benchmark.shortTitle): \(benchmark.metric.uppercased()) by model in each authority context",
                    rows: models.map(\.model), columns: benchmark.contexts.map(EvidenceTable.contextName),
                    values: models.map { model in benchmark.contexts.map { model.rate(context: $0.id)?.value ?? .nan } },
                    notes: models.map { model in benchmark.contexts.map { model.rate(context: $0.id).map(EvidenceTable.note) ?? "" } },
                    scale: .rate(higherIsBetter: false), idPrefix: EvidencePage.contextsKey))
            }
        }
        if let (benchmark, countries, models, values, notes) = alignment() {
            add(EvidencePage.alignmentKey, HeatMap(
                title: "\(benchmark.shortTitle): alignment with the annotators of each country (\(EvidenceTable.direction(benchmark)))",
                rows: countries.map(input.name), columns: models, values: values, notes: notes,
                scale: .rate(higherIsBetter: true), idPrefix: EvidencePage.alignmentKey))
        }
        return charts
    }

    /// The first per-country benchmark's overall alignment: countries × models.
    private func alignment() -> (EvidenceBenchmark, [String], [String], [[Double]], [[String]])? {
        guard let evidence = input.evidence,
              let benchmark = evidence.benchmarks.benchmarks.first(where: { benchmark in
                  benchmark.perCountry && evidence.records.contains { $0.benchmark == benchmark.id }
              }) else { return nil }
        let records = evidence.records.filter { $0.benchmark == benchmark.id }
        let countries = Set(records.map(\.country)).sorted { input.name($0) < input.name($1) }
        let models = Set(records.map(\.modelName)).sorted()
        var values: [[Double]] = [], notes: [[String]] = []
        for country in countries {
            var row: [Double] = [], rowNotes: [String] = []
            for model in models {
                let cell = records.filter { $0.country == country && $0.modelName == model && $0.dimension != "overall" }
                let rate = cell.isEmpty ? nil : EvidenceRate(pooling: cell)
                row.append(rate?.value ?? .nan)
                rowNotes.append(rate.map(EvidenceTable.note) ?? "")
            }
            values.append(row)
            notes.append(rowNotes)
        }
        return (benchmark, countries, models, values, notes)
    }

    /// The template context; `charts` maps chart keys to what the template shows.
    func context(links: PageLinks, charts: [String: String]) -> [String: Any] {
        var context: [String: Any] = [
            "indexName": input.root?.name ?? "Index", "edition": String(input.framework.edition), "links": links.dictionary,
            "illustrative": input.illustrative, "charts": charts,
        ]
        guard let evidence = input.evidence, !evidence.isEmpty else {
            context["empty"] = true
            return context
        }
        context["caveats"] = evidence.benchmarks.caveats
        context["benchmarks"] = evidence.benchmarks.benchmarks.map { benchmark -> [String: Any] in
            var entry: [String: Any] = [
                "title": benchmark.title, "paper": benchmark.paper, "version": benchmark.version,
                "metric": benchmark.metricTitle, "direction": EvidenceTable.direction(benchmark),
                "scope": benchmark.scope ?? "", "judge": benchmark.judge ?? "not stated",
            ]
            if let chart = charts[EvidencePage.chartKey(benchmark.id)] { entry["chart"] = chart }
            if let status = benchmark.status { entry["status"] = status }
            entry["hasResults"] = evidence.records.contains { $0.benchmark == benchmark.id }
            if !benchmark.perCountry {
                let models = evidence.modelEvidence(benchmark: benchmark.id)
                    .sorted { a, b in a.overall.value == b.overall.value ? a.model < b.model : benchmark.isSafer(a.overall.value, than: b.overall.value) }
                entry["models"] = models.map { model -> [String: String] in
                    [
                        "name": model.model, "developer": model.registered?.developer ?? "unmapped",
                        "country": model.registered.map { input.name($0.country) } ?? "–", "rate": EvidenceTable.cell(model.overall),
                    ]
                }
                entry["hasModels"] = !models.isEmpty
                if !benchmark.contexts.isEmpty, !models.isEmpty {
                    entry["hasContextRows"] = true
                    entry["contextChart"] = charts[EvidencePage.contextsKey] ?? ""
                    entry["contextColumns"] = benchmark.contexts.map(EvidenceTable.contextName)
                    entry["contextRows"] = models.map { model -> [String: Any] in
                        let rates = benchmark.contexts.map { model.rate(context: $0.id) }
                        var cells = rates.map { $0.map(EvidenceTable.cell) ?? "–" }
                        if rates.count == 2, let first = rates[0], let second = rates[1] {
                            cells.append(ReportFormat.fixed((second.value - first.value) * 100, decimals: 0) + " pp")
                        } else {
                            cells.append("–")
                        }
                        return ["name": model.model, "cells": cells]
                    }
                    entry["contextDifference"] = benchmark.contexts.count == 2
                        ? "\(EvidenceTable.contextName(benchmark.contexts[1])) minus \(EvidenceTable.contextName(benchmark.contexts[0]))" : "difference"
                }
            } else {
                if let chart = charts[EvidencePage.alignmentKey] { entry["alignmentChart"] = chart }
            }
            return entry
        }
        let ids = evidence.benchmarks.benchmarks.map(\.id)
        context["coverageColumns"] = evidence.benchmarks.benchmarks.map(\.shortTitle)
        context["coverage"] = evidence.coverage.map { entry -> [String: Any] in
            let model = evidence.models.model(named: entry.model)
            return [
                "name": entry.model, "developer": model?.developer ?? "unmapped", "country": model.map { input.name($0.country) } ?? "–",
                "openWeights": model?.openWeights.rawValue ?? "–",
                "cells": ids.map { entry.benchmarks.contains($0) ? "yes" : "–" },
            ]
        }
        let unmapped = evidence.unmappedModels
        context["unmapped"] = unmapped.joined(separator: ", ")
        context["hasUnmapped"] = !unmapped.isEmpty
        return context
    }
}
