// The evidence read from one file, ready for the store: records, warnings, format.

import AgileCore

/// What an evidence reader gives the store.
public struct EvidenceFile: Sendable {
    /// How the file was written: `evidence-csv`, `vesta-scores-csv`, `vesta-scores-json`,
    /// `vesta-results-json`.
    public var format: String
    public var records: [EvidenceRecord]
    /// Things the user should know that do not stop the ingest (unmapped models).
    public var warnings: [String]
    /// Whether the file marks itself as illustrative.
    public var illustrative: Bool
    /// SHA-256 of what was read, when the reader took it (a VESTA results folder: of its
    /// files); otherwise the store hashes the file itself.
    public var sha256: String?

    public init(format: String, records: [EvidenceRecord], warnings: [String] = [], illustrative: Bool = false) {
        self.format = format
        self.records = records
        self.warnings = warnings
        self.illustrative = illustrative
    }

    /// The rows of a VESTA file as evidence records: one per dimension × sub-category × model ×
    /// authority mode, the rate taken from the counters (unsafe / cases, not VESTA's rounded
    /// figure) so that pooled rates are exact, VESTA's own figures kept in ``EvidenceRecord/counts``.
    public init(vesta: VestaEvidence) {
        let records = vesta.rows.map { row in
            EvidenceRecord(
                benchmark: "vesta", model: row.targetModel, dimension: row.dimension, subDimension: row.riskSubtype,
                context: row.authorityMode, metric: "asr",
                value: row.tally.numCases > 0 ? Double(row.tally.unsafe) / Double(row.tally.numCases) : row.tally.attackSuccessRate,
                n: row.tally.numCases, counts: row.tally, provenance: row.provenance ?? Provenance(file: vesta.file, line: 0))
        }
        self.init(format: vesta.format.rawValue, records: records, warnings: vesta.warnings)
    }

    /// Warns about VESTA dimensions, sub-categories and contexts the benchmark registry does not
    /// declare (VESTA writes `unknown_dimension`, `unknown` and the like when an episode lacks
    /// them); the records are kept.
    public mutating func checkTaxonomy(_ benchmarks: BenchmarkRegistry) {
        var seen = Set<String>()
        for record in records {
            guard let benchmark = benchmarks.benchmark(record.benchmark) else { continue }
            var problems: [String] = []
            if record.dimension != "overall", benchmark.dimension(record.dimension) == nil {
                problems.append("dimension \"\(InputError.printable(record.dimension))\"")
            } else if !record.subDimension.isEmpty, benchmark.dimension(record.dimension)?.subs.contains(where: { $0.id == record.subDimension }) == false {
                problems.append("sub-category \"\(InputError.printable(record.subDimension))\" of \(record.dimension)")
            }
            if !record.context.isEmpty, benchmark.context(record.context) == nil {
                problems.append("authority mode \"\(InputError.printable(record.context))\"")
            }
            for problem in problems where seen.insert(problem).inserted {
                warnings.append("\(record.provenance): \(problem) is not declared for benchmark \(benchmark.id) in the benchmark registry; its results are kept")
            }
        }
    }

    /// Marks each record with its registered model id, and warns once per unknown model name.
    /// - Parameter registry: the model registry's file as the warning names it (where to add a model).
    public mutating func mapModels(_ models: ModelRegistry, registry: String = "Indicators/models.csv") {
        var unknown: [String: Provenance] = [:]
        for index in records.indices {
            let record = records[index]
            if let model = models.model(named: record.model) {
                records[index].modelID = model.id
            } else if unknown[record.model] == nil {
                unknown[record.model] = record.provenance
            }
        }
        for (name, place) in unknown.sorted(by: { $0.key < $1.key }) {
            warnings.append("\(place): model \"\(InputError.printable(name))\" is not in the model registry; its evidence is kept and reported as unmapped (add it to \(registry) to attribute it to a country)")
        }
    }
}
