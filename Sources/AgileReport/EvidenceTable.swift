// A table of benchmark rates: rows (dimensions, contexts) × columns (models), cells with n and interval.

import AgileCore

/// One evidence table of a report, with its heat map: the rates of some models on one
/// benchmark, by dimension (and by authority context where the benchmark has them).
struct EvidenceTable {
    let benchmark: EvidenceBenchmark
    let models: [ModelEvidence]

    /// Table rows: the contexts over all dimensions, all dimensions, then each dimension.
    var rows: [(label: String, rates: [EvidenceRate?])] {
        var rows: [(label: String, rates: [EvidenceRate?])] = []
        for context in benchmark.contexts {
            let rates = models.map { $0.rate(context: context.id) }
            if rates.contains(where: { $0 != nil }) {
                rows.append((label: "All dimensions, \(EvidenceTable.contextName(context))", rates: rates))
            }
        }
        rows.append((label: "All dimensions", rates: models.map(\.overall)))
        for dimension in dimensionIDs {
            rows.append((label: benchmark.title(of: dimension), rates: models.map { $0.rate(dimension: dimension) }))
        }
        return rows
    }

    /// Dimensions any of the models has, in the benchmark's order.
    var dimensionIDs: [String] {
        let present = Set(models.flatMap { $0.byDimension.map(\.dimension) })
        let declared = benchmark.dimensions.map(\.id).filter(present.contains)
        return declared + present.subtracting(declared).sorted()
    }

    /// The template context: column names and rows of cell texts.
    var context: [String: Any] {
        [
            "columns": models.map(\.model),
            "rows": rows.map { row in ["label": row.label, "cells": row.rates.map { $0.map(EvidenceTable.cell) ?? "–" }] as [String: Any] },
        ]
    }

    /// The heat map of models × dimensions.
    func heatMap(title: String, idPrefix: String) -> HeatMap {
        let dimensions = dimensionIDs
        return HeatMap(
            title: title, rows: models.map(\.model), columns: dimensions.map(benchmark.title(of:)),
            values: models.map { model in dimensions.map { model.rate(dimension: $0)?.value ?? .nan } },
            notes: models.map { model in dimensions.map { model.rate(dimension: $0).map(EvidenceTable.note) ?? "" } },
            scale: .rate(higherIsBetter: benchmark.direction == .higherIsBetter), idPrefix: idPrefix,
            description: "Heat map of \(benchmark.metric) for \(models.count) model\(models.count == 1 ? "" : "s") by \(dimensions.count) \(benchmark.dimensionTitle.lowercased())s; the values are in the table below.")
    }

    /// `Trust (soft)`: the context's short name and its id.
    static func contextName(_ context: EvidenceTaxon) -> String {
        "\(context.shortTitle) (\(context.id))"
    }

    /// `41 % (33–49 %, n 67)`; `41 % (n unknown)`.
    static func cell(_ rate: EvidenceRate) -> String {
        "\(Percent.text(rate.value)) (\(note(rate)))"
    }

    /// `33–49 %, n 67` or `n unknown`, with a no-break space after `n` (never split over lines).
    static func note(_ rate: EvidenceRate) -> String {
        guard let n = rate.n else { return "n\u{00A0}unknown" }
        guard let interval = rate.interval else { return "n\u{00A0}\(n)" }
        return "\(Percent.number(interval.lower))–\(Percent.text(interval.upper)), n\u{00A0}\(n)"
    }

    /// The direction of the metric in words.
    static func direction(_ benchmark: EvidenceBenchmark) -> String {
        benchmark.direction == .lowerIsSafer ? "lower is safer" : "higher is better"
    }
}
