// Scores of several years (a COINr table with a Time column): CSV with a Time column, JSON by year.

import AgileCore

extension ScoreExport {
    /// The CSV of several years' scores: COINr's layout with a `Time` column first, as COINr's
    /// `get_dset` writes a purse (`Time,uCode,Physical,Physical_rank,…`), rows by year (in the
    /// order given) then by unit code. One year alone is written by
    /// ``csv(_:levels:unitColumn:)`` without the `Time` column.
    public static func csv(years: [(year: Int, scores: Scores)], levels: Set<Int>? = nil) -> String {
        var lines: [Substring] = []
        for (year, scores) in years {
            let table = csv(scores, levels: levels).split(separator: "\n")
            if lines.isEmpty, let header = table.first { lines.append("Time," + header) }
            lines += table.dropFirst().map { "\(year)," + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON document of several years' scores: `{"normalisation": …, "years": […]}`, each
    /// year the document ``json(_:framework:countries:weights:method:illustrative:)`` writes,
    /// with its `time`.
    /// - Parameter normalisation: how the years were normalised (`global` or `per-year`).
    public static func json(
        years: [(year: Int, scores: Scores, framework: Framework)], countries: CountryCatalog?, weights: String, method: String,
        normalisation: PanelNormalisation, illustrative: Bool = false
    ) throws -> String {
        let documents = years.map { year, scores, framework in
            var document = document(scores, framework: framework, countries: countries, weights: weights, method: method, illustrative: illustrative)
            document.time = year
            return document
        }
        return try encoded(Panel(normalisation: normalisation.rawValue, years: documents))
    }

    struct Panel: Encodable {
        var normalisation: String
        var years: [Document]
    }
}
