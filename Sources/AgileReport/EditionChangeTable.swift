// The table `agile compare --editions` prints: per country and node, the change between two
// editions decomposed, with the lines that say what it was computed from.

import AgileCore

/// The decomposed change between two editions (``EditionChange``) as a ``TabularOutput``.
public enum EditionChangeTable {
    /// Which nodes the table shows.
    public enum Level: String, CaseIterable, Sendable {
        /// The index only.
        case index
        /// The pillars (the level below the index) only.
        case pillar
        /// The index, then the pillars, per country.
        case all
    }

    /// The output of `change`, of `level`, of the `country` given (else every country).
    /// - Parameters:
    ///   - vintages: the labels of the earlier and later editions' vintages (``VintageSelection/label``).
    ///   - illustrativeNote: the caution when illustrative values went in.
    public static func output(
        _ change: EditionChange, level: Level, country: String?, names: CountryNames, vintages: (earlier: VintageSelection, later: VintageSelection),
        windows: (earlier: ClosedRange<Int>, later: ClosedRange<Int>), method: Method, illustrativeNote: String?
    ) -> TabularOutput {
        let (y1, y2) = (change.editions.earlier, change.editions.later)
        let rows = change.rows.filter { row in
            (country == nil || row.country == country)
                && (level == .all || (level == .index) == row.isIndex)
        }
        let missingByCountry = Dictionary(grouping: change.missingInEarlierData.flatMap { missing in missing.countries.map { ($0, missing.indicator) } }, by: \.0)
        let table = ResultTable(
            columns: [
                .text("country", title: "Country"), .text("country_name", title: "", width: 16), .text("node", title: "Node"),
                .number("score_\(y1)", title: "\(y1)", decimals: 2), .number("score_\(y2)", title: "\(y2)", decimals: 2),
                .number("total", title: "Total", decimals: 2, signed: true), .number("data_effect", title: "Data", decimals: 2, signed: true),
                .number("framework_effect", title: "Framework", decimals: 2, signed: true), .number("field_effect", title: "Field", decimals: 2, signed: true),
                .integer("rank_\(y1)", title: "Rank \(y1)"), .integer("rank_\(y2)", title: "Rank \(y2)"),
                .integer("rank_total", title: "Places", signed: true), .integer("rank_data_effect", title: "P.data", signed: true),
                .integer("rank_framework_effect", title: "P.framework", signed: true), .integer("rank_field_effect", title: "P.field", signed: true),
                .integer("rank_\(y2)_of_all", title: "Of all"),
                .stored("score_\(y1)_data_\(y2)_framework", title: "C", inText: false),
                .stored("score_\(y1)_data_\(y2)_framework_\(y1)_countries", title: "D", inText: false),
                .integer("missing_in_\(y1)_data", title: "Missing"),
                .text("note", title: "Note"),
            ],
            rows: rows.map { row in
                var notes: [String] = []
                if row.isNewcomer { notes.append("new in this edition") }
                if row.isDropped { notes.append("not in this edition") }
                if change.nodesWithoutCounterpart.contains(row.node) { notes.append("no \(y1) counterpart") }
                return [
                    .text(row.country), .text(names.name(row.country) ?? ""), .text(row.node),
                    .value(row.earlier), .value(row.later), .value(row.total), .value(row.dataEffect), .value(row.frameworkEffect), .value(row.fieldEffect),
                    .value(row.earlierRank), .value(row.laterRank), .value(row.rankTotal), .value(row.rankDataEffect),
                    .value(row.rankFrameworkEffect), .value(row.rankFieldEffect), .value(row.laterRankOfAll),
                    .value(row.earlierDataLaterField), .value(row.earlierDataEarlierField),
                    row.isDropped ? .missing : .number(Double(missingByCountry[row.country]?.count ?? 0)),
                    notes.isEmpty ? .missing : .text(notes.joined(separator: "; ")),
                ]
            })
        let laterCount = change.later.raw.rows.count, earlierCount = change.earlier.raw.rows.count
        var heading = [
            "Change from edition \(y1) to \(y2): total = data_effect + framework_effect + field_effect, for scores and for ranks (places gained, + = up).",
            "\(y2): \(vintages.later.label), years \(windows.later.lowerBound)–\(windows.later.upperBound), \(laterCount) countries; "
                + "\(y1): \(vintages.earlier.label), years \(windows.earlier.lowerBound)–\(windows.earlier.upperBound), \(earlierCount) countries.",
            "data_effect: the \(y2) values against the \(y1) values, both under the \(y2) framework and countries; "
                + "framework_effect: the \(y2) framework against the \(y1) one, both on the \(y1) values and countries; "
                + "field_effect: the \(y2) countries against the \(y1) ones (min-max bounds, ranks), both on the \(y1) values under the \(y2) framework.",
            "Ranks are among the \(change.commonCountries.count) countries common to both editions; rank_\(y2)_of_all is among all \(laterCount) of \(y2).",
        ]
        if !change.newcomers.isEmpty {
            heading.append("\(change.newcomers.count) \(change.newcomers.count == 1 ? "country is" : "countries are") new in \(y2) (\(change.newcomers.joined(separator: " "))): no \(y1) score, so no total, framework or field effect.")
        }
        for node in change.nodesWithoutCounterpart {
            heading.append("\(node) has no counterpart in \(y1): no \(y1) score, so no total or framework effect.")
        }
        var reading: [String] = []
        if !change.missingInEarlierData.isEmpty {
            reading.append("Missing from the \(y1) values under the \(y2) framework (imputation \(method.imputation.description); aggregates are weighted over the children present):")
            for missing in change.missingInEarlierData {
                let list = missing.countries.count == laterCount ? "every country" : missing.countries.joined(separator: " ")
                reading.append("  \(missing.indicator) (\(missing.countries.count)): \(list)")
            }
        }
        return TabularOutput(heading: heading, cautions: illustrativeNote.map { [$0] } ?? [], table: table, reading: reading)
    }
}
