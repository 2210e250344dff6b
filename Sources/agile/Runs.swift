// `agile runs`: the scoring runs the store has recorded, one line each.

import AgileCore
import AgileUseCases
import ArgumentParser

struct Runs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the recorded scoring runs: what each was scored with, to replay with --run.",
        discussion: """
            Every run `agile score` and `agile report` record is listed, oldest first: its id, \
            when it was recorded (UTC, as stored), the registry (its id and edition, and the \
            first digits of the SHA-256 of the content the store kept: the one a replay uses), \
            the method choices, the weights, the data snapshot (SHA-256 of the values scored, \
            as the report's footer shows it), whether illustrative data went in, and the \
            version of agile that recorded it.

            Examples:
              agile runs
              agile score --run 3
              agile report --run 3 --out Reports-run3
            """)

    @OptionGroup var options: CommonOptions

    func run() throws {
        let listing = try RunListing(store: options.db, registry: options.framework, countries: options.countries)
        guard !listing.rows.isEmpty else {
            return print("No runs recorded in \(Printable.name(options.db)); `agile score` records one.")
        }
        let header = ["Run", "Recorded", "Registry", "Method", "Weights", "Data snapshot", "Illustrative", "agile"]
        let rows = listing.rows.map { row in
            [
                String(row.id), Printable.name(row.recordedAt),
                "\(Printable.name(row.registry))/\(row.edition) \(row.registrySHA256.prefix(12))",
                row.method.isEmpty ? "as the registry declares" : Printable.name(row.method), Printable.name(row.weights),
                String(row.snapshot.prefix(12)), row.illustrative ? "yes" : "no", row.version.map(Printable.name) ?? "unknown",
            ]
        }
        print(AuditUncertainty.aligned(header: header, rows: rows, leftColumns: Set(1..<header.count)))
    }
}
