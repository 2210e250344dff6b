// `--as-published`, `--as-of DATE` and `--revised`: which vintages of the stored values a command reads.

import AgileCore
import ArgumentParser

/// The vintages of the values `score`, `report`, `data` and the audits read. By default the
/// latest values (revised): an analyst's new data counts the day it is ingested; an edition's
/// published site is built `--as-published`.
struct VintageOption: ParsableArguments {
    @Flag(help: "Values as the edition was published: the latest of each value with a vintage on or before the registry's publication date.")
    var asPublished = false

    @Option(help: ArgumentHelp("Values as they stood on this date: the latest of each value with a vintage on or before it.", valueName: "YYYY-MM-DD"),
            transform: VintageOption.date)
    var asOf: CalendarDate?

    @Flag(help: "Revised values: the latest of each value, whatever its vintage, the default.")
    var revised = false

    func validate() throws {
        if [asPublished, asOf != nil, revised].filter({ $0 }).count > 1 {
            throw ValidationError("give one of --as-published, --as-of and --revised")
        }
    }

    /// Whether any vintage option was given.
    var given: Bool { asPublished || asOf != nil || revised }

    /// The vintages asked for.
    var request: VintageRequest {
        if asPublished { return .asPublished }
        if revised { return .revised }
        return asOf.map(VintageRequest.asOf) ?? .revised
    }

    /// Reads `--as-of`'s date; a bad one fails with what was expected, which ArgumentParser
    /// prints after "The value '…' is invalid for '--as-of <YYYY-MM-DD>'".
    static func date(_ text: String) throws -> CalendarDate {
        guard let date = CalendarDate(text) else { throw MethodArgumentError(reason: CalendarDate.expected) }
        return date
    }
}
