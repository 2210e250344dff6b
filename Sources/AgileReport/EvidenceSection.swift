// The model-safety evidence section of a country report: summary, caveats, tables, heat maps.

import AgileCore

/// The values of the evidence section of one country's page.
struct EvidenceSection {
    let input: ReportInput
    let code: String

    /// Template key of a benchmark's heat map on the country page.
    static func chartKey(_ benchmark: String) -> String { "evidence-\(benchmark)" }

    /// The blocks' tables with their benchmarks, per-country benchmarks last.
    func tables() -> [(benchmark: EvidenceBenchmark, table: EvidenceTable, perCountry: Bool)] {
        guard let evidence = input.evidence else { return [] }
        let country = evidence.country(code, name: input.name(code))
        var tables: [(benchmark: EvidenceBenchmark, table: EvidenceTable, perCountry: Bool)] = []
        for (id, models) in country.domestic + country.alignment {
            guard let benchmark = evidence.benchmarks.benchmark(id) else { continue }
            tables.append((benchmark: benchmark, table: EvidenceTable(benchmark: benchmark, models: models), perCountry: benchmark.perCountry))
        }
        return tables
    }

    /// The heat maps, by template key.
    func charts() -> [String: ChartSVG] {
        let name = input.nameInSentence(code)
        let stem = ReportInput.pageName(code, assessed: input.assessment?.unit == code)
        var charts: [String: ChartSVG] = [:]
        for (benchmark, table, perCountry) in tables() {
            let short = benchmark.shortTitle
            let title = perCountry
                ? "\(short): alignment with annotators from \(name) by \(benchmark.dimensionTitle.lowercased()) (\(EvidenceTable.direction(benchmark)))"
                : "\(short): \(benchmark.metric.uppercased()) of models developed in \(name) (\(EvidenceTable.direction(benchmark)))"
            let map = table.heatMap(title: title, idPrefix: "\(stem)-evidence-\(benchmark.id)")
            charts[EvidenceSection.chartKey(benchmark.id)] = ChartSVG(name: "\(stem)-evidence-\(benchmark.id)", chart: map, note: input.chartNote)
        }
        return charts
    }

    /// The template context of the section; `charts` maps chart keys to what the template shows.
    func context(charts: [String: String]) -> [String: Any] {
        guard let evidence = input.evidence, !evidence.isEmpty else {
            return [
                "summary": "No model-safety evidence is loaded in the store: ingest MVPBench, SciRisk-Bench or VESTA results to fill this section.",
                "caveats": [String](), "blocks": [[String: Any]](), "domesticModels": [[String: Any]](),
                "hasCaveats": false, "hasDomesticModels": false,
            ]
        }
        let country = evidence.country(code, name: input.nameInSentence(code))
        let name = input.nameInSentence(code)
        var blocks: [[String: Any]] = []
        var caveats = evidence.benchmarks.caveats
        for (benchmark, table, perCountry) in tables() {
            var block = table.context
            let short = benchmark.shortTitle
            block["heading"] = perCountry
                ? "\(short): alignment of models with annotators from \(name)"
                : "\(short): models developed in \(name)"
            block["metric"] = "\(benchmark.metricTitle) (\(EvidenceTable.direction(benchmark)))."
            if let chart = charts[EvidenceSection.chartKey(benchmark.id)] { block["chart"] = chart }
            if let status = benchmark.status {
                block["status"] = status
                caveats.append("\(short): \(status)")
            }
            blocks.append(block)
        }
        let developed = country.domesticModels
        let coverage = Dictionary(evidence.coverage.map { ($0.model, $0.benchmarks) }, uniquingKeysWith: { first, _ in first })
        // The summary counts the models with results on a benchmark of domestic models; the table
        // lists every registered model: say why the two differ.
        let evaluated = Set(country.domestic.flatMap { $0.models.map(\.model) })
        let safety = evidence.benchmarks.benchmarks.filter { !$0.perCountry }
        var modelsNote: String?
        if developed.count != evaluated.count {
            let count = developed.count, shown = evaluated.count
            modelsNote = "The table lists all \(count) registered model\(count == 1 ? "" : "s") developed in \(name); "
                + "\(shown) of them \(shown == 1 ? "has" : "have") results on \(EvidenceSection.list(safety)), the count above; "
                + "the \(count - shown == 1 ? "other has" : "others have") none loaded there."
        }
        var context: [String: Any] = [
            "summary": country.summary,
            "caveats": caveats,
            "hasCaveats": !caveats.isEmpty,
            "hasDomesticModels": !developed.isEmpty, "inName": name,
            "blocks": blocks,
            "domesticModels": developed.map { model in
                [
                    "name": model.id, "developer": model.developer, "openWeights": model.openWeights.rawValue,
                    "benchmarks": EvidenceSection.list(evidence.benchmarks.benchmarks.filter { coverage[model.id]?.contains($0.id) == true }),
                ] as [String: Any]
            },
        ]
        if let modelsNote { context["modelsNote"] = modelsNote }
        return context
    }

    /// `MVPBench, VESTA`, or `none`.
    static func list(_ benchmarks: [EvidenceBenchmark]) -> String {
        benchmarks.isEmpty ? "none" : benchmarks.map(\.shortTitle).joined(separator: ", ")
    }
}
