// `agile runs`: the scoring runs the store has recorded, one line each.

import AgileCore
import AgileReport
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
            vintages it read and the version of agile that recorded it; --format csv or json \
            gives the same rows.

            Examples:
              agile runs
              agile score --run 3
              agile report --run 3 --out Reports-run3
            """)

    @OptionGroup var format: FormatOption
    @OptionGroup var options: CommonOptions

    func run() throws {
        let listing = try RunListing(store: options.db, registry: options.framework, countries: options.countries)
        if listing.rows.isEmpty && format.format == .table {
            return print("No runs recorded in \(Printable.name(options.db)); `agile score` records one.")
        }
        format.print(TabularOutput(table: listing.table))
    }
}
