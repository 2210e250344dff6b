// The values `agile data` reads for an edition, a row per country and indicator, as a ResultTable.

import AgileCore

/// The table `agile data --format csv|json` prints: the value selected for each country and
/// indicator of the edition, as stored (raw, before any transform), with the names beside the
/// codes and the file and line it came from; a missing cell has no value (and no year or
/// source when nothing is stored).
public enum DataTables {
    /// The cells of `countries` (alpha-3 codes, in that order) × the framework's indicators.
    public static func values(framework: Framework, selection: EditionSelection, countries: [String], catalog: CountryCatalog) -> ResultTable {
        var rows: [[ResultTable.Cell]] = []
        for country in countries {
            let name = catalog[alpha3: country]?.name ?? ""
            for indicator in framework.indicators {
                let observation = selection[country: country, indicator: indicator.id]
                let value: ResultTable.Cell = observation?.value.map { .number($0) } ?? .missing
                rows.append([
                    .text(country), .text(name), .text(indicator.id), .text(indicator.name),
                    observation.map { .number(Double($0.year)) } ?? .missing, value, .text(indicator.unit),
                    observation.map { .text($0.source) } ?? .missing,
                    observation.map { .text($0.provenance.file) } ?? .missing,
                    observation.map { .number(Double($0.provenance.line)) } ?? .missing,
                ])
            }
        }
        return ResultTable(
            columns: [
                .text("country", title: "Country"), .text("country_name", title: ""), .text("indicator", title: "Indicator"),
                .text("indicator_name", title: "Name"), .integer("year", title: "Year"), .stored("value", title: "Value"), .text("unit", title: "Unit"),
                .text("source", title: "Source"), .text("file", title: "File"), .integer("line", title: "Line"),
            ],
            rows: rows)
    }
}
