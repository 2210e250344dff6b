// The change section of a country page: its score, rank and pillars against the previous edition,
// decomposed into data, framework and field, or "new in this edition" for a newcomer.

import AgileCore

extension CountryPage {
    /// The `change` context of the country (`nil` without a previous edition): `newcomer` with
    /// its sentence, or `sentence` and `rows` (the index, then the pillars) of the decomposition.
    func changeContext() -> [String: Any]? {
        guard let change = input.change else { return nil }
        let (y1, y2) = (change.editions.earlier, change.editions.later)
        let name = input.nameInSentence(code)
        let rows = change.rows.filter { $0.country == code }
        guard let index = rows.first(where: \.isIndex) else { return nil }
        if index.isNewcomer {
            return ["newcomer": "New in this edition: \(name) was not in the \(y1) edition, so there is no comparison with \(y1).",
                    "earlierEdition": String(y1), "laterEdition": String(y2)]
        }
        let indexName = input.root?.name ?? "Index"
        let common = change.commonCountries.count
        let sentence = "Since \(y1), the \(indexName) score of \(name) went from \(ReportFormat.score(index.earlier)) to \(ReportFormat.score(index.later)) "
            + "(\(EditionMoves.signed(index.total))): \(EditionMoves.signed(index.dataEffect)) from the new data, "
            + "\(EditionMoves.signed(index.frameworkEffect)) from the revised framework and \(EditionMoves.signed(index.fieldEffect)) from the larger field of countries. "
            + (index.rankTotal == 0
                ? "Among the \(common) countries of both editions it kept its rank, \(ReportFormat.rank(index.laterRank))."
                : "Among the \(common) countries of both editions its rank went from \(ReportFormat.rank(index.earlierRank)) to \(ReportFormat.rank(index.laterRank)) "
                    + "(\(EditionMoves.places(index.rankTotal))).")
        let table: [[String: Any]] = rows.map { row in
            let label = row.isIndex ? indexName : "\(row.node) \(input.framework.aggregate(row.node)?.name ?? "")"
            return [
                "node": label, "earlier": ReportFormat.score(row.earlier), "later": ReportFormat.score(row.later),
                "total": EditionMoves.signed(row.total), "data": EditionMoves.signed(row.dataEffect),
                "framework": EditionMoves.signed(row.frameworkEffect), "field": EditionMoves.signed(row.fieldEffect),
                "earlierRank": ReportFormat.rank(row.earlierRank), "laterRank": ReportFormat.rank(row.laterRank),
                "places": EditionMoves.places(row.rankTotal),
            ]
        }
        var context: [String: Any] = [
            "sentence": sentence, "rows": table, "earlierEdition": String(y1), "laterEdition": String(y2),
            "note": "Data: the \(y2) values against the \(y1) values, both under the \(y2) framework; framework: the \(y2) framework against the \(y1) one on the \(y1) values; "
                + "field: the \(y2) countries against the \(y1) ones. The three add up to the change. Ranks are among the \(common) countries common to both editions; "
                + "\(y1) values as published.",
        ]
        if let revision = revisionSentence(rows, earlierEdition: y1, indexName: indexName) { context["revision"] = revision }
        return context
    }

    /// Where the country's earlier scores moved with the values revised after the earlier
    /// edition was published: both scores of each node that moved, in a sentence (`nil`: none moved).
    func revisionSentence(_ rows: [EditionChange.Row], earlierEdition y1: Int, indexName: String) -> String? {
        guard let revised = input.earlierRevised, let vintages = input.revisedVintages,
              let unit = revised.aggregated.rows.firstIndex(of: code) else { return nil }
        let root = revised.aggregated.columns.last!
        let moved: [String] = rows.compactMap { row in
            guard let column = revised.aggregated.columns.firstIndex(of: row.isIndex ? root : row.node) else { return nil }
            let now = revised.aggregated[unit, column]
            guard row.earlier.isFinite, now.isFinite, ReportFormat.score(now) != ReportFormat.score(row.earlier) else { return nil }
            return "\(row.isIndex ? indexName : row.node) \(ReportFormat.score(row.earlier)) as published, \(ReportFormat.score(now)) revised"
        }
        guard !moved.isEmpty else { return nil }
        return "Some \(y1) values of \(input.nameInSentence(code)) were revised after the \(y1) edition was published "
            + "(\(vintages.label)): its \(y1) scores are " + moved.joined(separator: "; ")
            + ". The change above compares the values as published."
    }
}
