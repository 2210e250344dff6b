// The "what changed" page of an edition (`changes.md|html`): the framework's changes since the
// previous edition with the registry's reasons, the countries added, and whom the framework
// change moved most (the numbers of `agile compare`).

import AgileCore

/// The Markdown of an edition's "what changed" page, from the run's ``ReportInput/change`` and
/// ``ReportInput/lineage``.
struct EditionChangesPage {
    let input: ReportInput
    let change: EditionChange
    /// The framework's lineage against the previous edition (`nil`: none declared).
    let lineage: EditionLineage?

    /// How many countries the "moved most" table lists.
    static let moversShown = 10

    /// The page's Markdown, registry text escaped by `escape`.
    func markdown(escape: (String) -> String) -> String {
        let (y1, y2) = (change.editions.earlier, change.editions.later)
        let framework = input.framework
        let indexName = input.root?.name ?? "Index"
        func indicator(_ id: String) -> String {
            "\(id) \(escape(framework.indicators.first { $0.id == id }?.name ?? ""))".trimmingSpaces
        }
        var lines = ["# What changed in \(escape(indexName)) \(y2)", ""]
        if input.illustrative {
            lines += ["> **Illustrative data.** The values behind these pages are invented samples. Do not cite these numbers.", ""]
        }
        lines += ["Since the \(y1) edition: the framework, the countries, and what the framework change did to the scores.", ""]
        lines += ["## Framework", ""]
        if let lineage {
            lines.append("Indicators: \(LineageSummary.counts(lineage)).")
            lines.append("")
            for revision in lineage.revised { lines.append("- Revised: \(indicator(revision.id)) (revises \(revision.revises))") }
            for node in lineage.dropped { lines.append("- Dropped: \(node.id) (the registry’s reason: \(escape(node.reason)))") }
            for id in lineage.new { lines.append("- New: \(indicator(id))") }
            for merger in lineage.mergedAggregates {
                lines.append("- Merged: \(merger.merges.joined(separator: " + ")) into \(merger.id) \(escape(framework.aggregate(merger.id)?.name ?? ""))".trimmingSpaces)
            }
            for id in lineage.newAggregates { lines.append("- New aggregate: \(id) \(escape(framework.aggregate(id)?.name ?? ""))".trimmingSpaces) }
            for node in lineage.droppedAggregates { lines.append("- Dropped aggregate: \(node.id) (the registry’s reason: \(escape(node.reason)))") }
        } else {
            lines.append("The registry declares no lineage from the \(y1) edition.")
        }
        lines += ["", "## Countries added", ""]
        let added = change.newcomers
        lines.append(added.isEmpty ? "None." : "\(added.count) \(added.count == 1 ? "country" : "countries"): " + added.map { escape(input.name($0)) }.joined(separator: "; ") + ".")
        lines += ["", "## Whom the framework change moved most", ""]
        lines.append("The \(y1) values (as published) scored under the \(y1) framework and under the \(y2) one, both for the \(y1) countries: "
            + "the framework effect of `agile compare --editions \(y1) \(y2)`. Places are among the \(change.commonCountries.count) countries common to both editions.")
        lines.append("")
        let moved = change.rows.filter { $0.isIndex && !$0.isNewcomer && !$0.isDropped && $0.frameworkEffect.isFinite }
            .sorted { abs($0.frameworkEffect) != abs($1.frameworkEffect) ? abs($0.frameworkEffect) > abs($1.frameworkEffect) : $0.country < $1.country }
            .prefix(EditionChangesPage.moversShown)
        lines += ["| Country | \(y1) | \(y1) values, \(y2) framework | Framework effect | Places |", "|---|---:|---:|---:|---:|"]
        for row in moved {
            lines.append("| \(escape(input.name(row.country))) | \(ReportFormat.score(row.earlier)) | \(ReportFormat.score(row.earlierDataEarlierField)) | "
                + "\(EditionMoves.signed(row.frameworkEffect)) | \(EditionMoves.places(row.rankFrameworkEffect)) |")
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }
}

private extension String {
    /// Without trailing spaces (an id whose name is empty).
    var trimmingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
