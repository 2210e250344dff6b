// How a country moved since the previous edition, as the ranking and country pages say it:
// ▲/▼ places among the countries common to both editions, the biggest movers, newcomers.

import AgileCore

/// The index rows of an ``EditionChange`` by country, with the words and symbols the pages use.
struct EditionMoves {
    let change: EditionChange
    /// The index row of each country (the later edition's and the dropped ones).
    let indexRows: [String: EditionChange.Row]

    init(_ change: EditionChange) {
        self.change = change
        indexRows = Dictionary(change.rows.filter(\.isIndex).map { ($0.country, $0) }, uniquingKeysWith: { first, _ in first })
    }

    var earlierEdition: Int { change.editions.earlier }

    /// Places gained as the ranking shows them: `▲ 3`, `▼ 2`, `0` (no move), `–` (no rank).
    static func places(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let places = Int(value)
        return places > 0 ? "▲ \(places)" : places < 0 ? "▼ \(-places)" : "0"
    }

    /// The ranking's change cell of `country`: `new` for a newcomer, else its places gained.
    func moveCell(_ country: String) -> String {
        guard let row = indexRows[country] else { return "–" }
        return row.isNewcomer ? "new" : EditionMoves.places(row.rankTotal)
    }

    /// The earlier edition's rank of `country` among the common countries (`–` for a newcomer).
    func earlierRankCell(_ country: String) -> String {
        guard let row = indexRows[country], !row.isNewcomer else { return "–" }
        return ReportFormat.rank(row.earlierRank)
    }

    /// What the ▲/▼ columns mean, said once above the ranking.
    var rankingNote: String {
        let common = change.commonCountries.count, newcomers = change.newcomers.count
        var note = "Change and Rank \(earlierEdition) compare ranks among the \(common) countries common to both editions "
            + "(\(earlierEdition) as published): ▲ places gained, ▼ places lost, 0 no move."
        if newcomers > 0 {
            note += " \(newcomers) \(newcomers == 1 ? "country is" : "countries are") new in \(change.editions.later) (marked new): not compared."
        }
        return note
    }

    /// The biggest movers among the common countries: up to `count` up, then up to `count` down,
    /// by places gained (then by code), each as `name ▲ 3 (7th → 4th)` built by `name`.
    func biggestMovers(count: Int = 3, name: (String) -> String) -> (up: [String], down: [String]) {
        let moved = change.commonCountries.compactMap { indexRows[$0] }.filter { $0.rankTotal.isFinite && $0.rankTotal != 0 }
        func line(_ row: EditionChange.Row) -> String {
            "\(name(row.country)) \(EditionMoves.places(row.rankTotal)) (\(ReportFormat.rank(row.earlierRank)) → \(ReportFormat.rank(row.laterRank)))"
        }
        let up = moved.filter { $0.rankTotal > 0 }.sorted { $0.rankTotal == $1.rankTotal ? $0.country < $1.country : $0.rankTotal > $1.rankTotal }
        let down = moved.filter { $0.rankTotal < 0 }.sorted { $0.rankTotal == $1.rankTotal ? $0.country < $1.country : $0.rankTotal < $1.rankTotal }
        return (up.prefix(count).map(line), down.prefix(count).map(line))
    }

    /// A signed change with one decimal: `+2.8`, `−0.4` (U+2212), `0.0` (never `−0.0`), `–` when missing.
    static func signed(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let text = ReportFormat.score(value)
        if text == "0.0" || text == ReportFormat.minus + "0.0" { return "0.0" }
        return value > 0 ? "+" + text : text
    }
}
