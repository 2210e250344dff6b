// The recorded runs as the table `agile runs` prints (text, CSV or JSON).

import AgileCore
import AgileReport

extension RunListing {
    /// One row per run, oldest first: id, when recorded, registry (id, edition, the first 12
    /// digits of its SHA-256), method (`as the registry declares` when none was chosen),
    /// weights, vintages, data snapshot (12 digits), whether illustrative, and the version
    /// of agile (`unknown` for runs recorded before versions were).
    public var table: ResultTable {
        ResultTable(
            columns: [
                .integer("run", title: "Run"), .text("recorded", title: "Recorded"), .text("registry", title: "Registry"),
                .integer("edition", title: "Edition"), .text("registry_sha256", title: "SHA-256"), .text("method", title: "Method"),
                .text("weights", title: "Weights"), .text("vintages", title: "Vintages"), .text("snapshot", title: "Data snapshot"),
                .text("illustrative", title: "Illustrative"), .text("version", title: "agile"),
            ],
            rows: rows.map { row in
                [
                    .number(Double(row.id)), .text(row.recordedAt), .text(row.registry), .number(Double(row.edition)),
                    .text(String(row.registrySHA256.prefix(12))), .text(row.method.isEmpty ? "as the registry declares" : row.method),
                    .text(row.weights), .text(row.vintages), .text(String(row.snapshot.prefix(12))), .text(row.illustrative ? "yes" : "no"),
                    .text(row.version ?? "unknown"),
                ]
            })
    }
}
