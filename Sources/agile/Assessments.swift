// `agile assessments`: the self-assessments the store has recorded, one line each.

import AgileCore
import AgileReport
import AgileUseCases
import ArgumentParser

struct Assessments: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the recorded self-assessments, to print again with `agile assess --replay`.",
        discussion: """
            Every assessment `agile assess` recorded is listed, oldest first: its id, when it \
            was recorded (UTC, as stored), the run it was placed against and that run's \
            edition, the countries assessed, the files read (with the first digits of their \
            SHA-256), whether it extrapolated, and the version of agile that recorded it; \
            --format csv or json gives the same rows.

            Examples:
              agile assessments
              agile assess --replay 2
            """)

    @OptionGroup var format: FormatOption
    @OptionGroup var options: CommonOptions

    func run() throws {
        let listing = try AssessmentListing(store: options.db, registry: options.framework, countries: options.countries)
        if listing.rows.isEmpty && format.format == .table {
            return print("No self-assessments recorded in \(Printable.name(options.db)); `agile assess` records one.")
        }
        format.print(TabularOutput(table: listing.table))
    }
}
