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

    public init(format: String, records: [EvidenceRecord], warnings: [String] = [], illustrative: Bool = false) {
        self.format = format
        self.records = records
        self.warnings = warnings
        self.illustrative = illustrative
    }

    /// Marks each record with its registered model id, and warns once per unknown model name.
    public mutating func mapModels(_ models: ModelRegistry) {
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
            warnings.append("\(place): model \"\(InputError.printable(name))\" is not in the model registry; its evidence is kept and reported as unmapped (add it to Indicators/models.csv to attribute it to a country)")
        }
    }
}
