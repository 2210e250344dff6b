// The landing page of a multi-edition site (`Reports/index.md|html`): every edition with its
// publication date, its size and what changed since the edition before.

import AgileCore

/// One edition as the landing page lists it: read from its registry alone, so the page is the
/// same whichever editions were rebuilt.
public struct EditionEntry: Sendable {
    /// The edition's framework.
    public var framework: Framework
    /// Its lineage against the previous edition (`nil`: the first edition, or no lineage declared).
    public var lineage: EditionLineage?
    /// The previous edition's framework, when there is one.
    public var predecessor: Framework?

    public init(framework: Framework, lineage: EditionLineage?, predecessor: Framework?) {
        self.framework = framework
        self.lineage = lineage
        self.predecessor = predecessor
    }

    /// The countries the edition lists that the previous one did not, in the edition's order.
    public var countriesAdded: [String] {
        guard let predecessor, !predecessor.participants.isEmpty else { return [] }
        let before = Set(predecessor.participants.map(\.code))
        return framework.participants.map(\.code).filter { !before.contains($0) }
    }
}

/// The landing page: the editions, newest first, each linking to its own site (`YEAR/index`)
/// and to its "what changed" page.
public struct EditionsPage {
    public let entries: [EditionEntry]
    public let countries: CountryCatalog
    /// Whether any edition's values are illustrative.
    public let illustrative: Bool

    public init(entries: [EditionEntry], countries: CountryCatalog, illustrative: Bool) {
        self.entries = entries.sorted { $0.framework.edition > $1.framework.edition }
        self.countries = countries
        self.illustrative = illustrative
    }

    private var indexName: String {
        entries.first?.framework.aggregates(atLevel: entries.first?.framework.depth ?? 1).first?.name ?? "Index"
    }

    /// The page's Markdown, links ending in `linkExtension`, the index's name escaped by
    /// `escape` (the rest is the toolkit's words, registry ids, numbers and dates).
    func markdown(linkExtension: String, escape: (String) -> String) -> String {
        var lines = ["# \(escape(indexName)): editions", ""]
        if illustrative {
            lines += ["> **Illustrative data.** The values behind these sites are invented samples. Do not cite these numbers.", ""]
        }
        lines += [
            "Each edition's site as it was published: scored on the values the store held on its publication date.", "",
            "| Edition | Published | Countries | Indicators | What changed |",
            "|---|---|---:|---:|---|",
        ]
        for entry in entries {
            let framework = entry.framework
            let year = framework.edition
            let published = framework.publicationDate.map { $0 + (framework.publicationDateReconstructed ? " (reconstructed)" : "") } ?? "–"
            let countryCount = framework.participants.isEmpty ? "–" : String(framework.participants.count)
            var changed = "first edition"
            if let lineage = entry.lineage {
                changed = "since \(lineage.predecessorEdition): " + LineageSummary.counts(lineage) + " indicators"
                for merger in lineage.mergedAggregates { changed += "; \(merger.merges.joined(separator: " + ")) merged into \(merger.id)" }
                let added = entry.countriesAdded.count
                if added > 0 { changed += "; \(added) \(added == 1 ? "country" : "countries") added" }
                changed += " ([what changed](\(year)/changes.\(linkExtension)))"
            }
            lines.append("| [\(year)](\(year)/index.\(linkExtension)) | \(published) | \(countryCount) | \(framework.indicators.count) | \(changed) |")
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    /// The Markdown and HTML files of the page (`index.md`, `index.html`) for `formats`.
    public func files(formats: Set<ReportSite.Format>, templates: ReportTemplates) -> [ReportSite.File] {
        var files: [ReportSite.File] = []
        let latest = entries.first?.framework
        if formats.contains(.markdown) {
            files.append(ReportSite.File(path: "index.md", content: markdown(linkExtension: "md", escape: { Escaping.markdown($0) })))
        }
        if formats.contains(.html), let latest {
            let page = HTMLPage(
                markdown: markdown(linkExtension: "html", escape: { Escaping.markdownForHTML($0) }), charts: [:], title: "\(indexName): editions",
                shell: HTMLPage.ShellValues(
                    indexName: indexName, edition: latest.edition, indexLink: "\(latest.edition)/index.html",
                    methodologyLink: "\(latest.edition)/methodology.html", evidenceLink: nil, auditLink: nil,
                    credit: latest.publication.credit, run: nil, tool: "agile " + AgileVersion.current, date: nil, vintages: "each edition as published",
                    illustrative: illustrative))
            files.append(ReportSite.File(path: "index.html", content: page.render(with: templates)))
        }
        return files
    }
}
