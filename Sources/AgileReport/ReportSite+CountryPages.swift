// A country's page in both formats from one rendering of its template: the `.md` file and the
// HTML page are made from the same Markdown, so they cannot drift apart, and the template (the
// costliest part of a site of many countries) is rendered once per country, not once per format.

extension ReportSite {
    /// The page of the country in `row` of `pageInput` (the site's input by default) in each of
    /// `formats`. With both formats the template is rendered once, as Markdown bound for HTML
    /// (links to the `.md` pages, charts as markers, a `|` from data as ``Escaping/dataPipe``),
    /// and each file is made from that Markdown: the `.md` file with `\|` for the data pipes
    /// and each chart's image link for its marker; the HTML page with its links to `.md` pages
    /// pointed at their `.html` twins. Both are byte for byte what rendering the template for
    /// each format gives, but that the template's `links` hold no `explorer` in either (as on a
    /// `.md` page), and that a private-use U+E000 in the data shows as `\|` in the `.md` file.
    func countryPages(
        _ name: String, formats: [Format], title: String, charts: [String: ChartSVG], of pageInput: ReportInput? = nil, row: Int
    ) -> [File] {
        let input = pageInput ?? self.input
        let hasAudit = self.input.audit != nil
        guard formats.count > 1 else {
            return formats.map { format in
                let links = PageLinks(extension: format.rawValue, audit: hasAudit, evidence: input.showsEvidence)
                return page(name, format: format, title: title, template: templates.country, charts: charts, of: pageInput,
                            context: { CountryPage(input: input, row: row).context(links: links, charts: $0) })
            }
        }
        let links = PageLinks(extension: Format.markdown.rawValue, audit: hasAudit, evidence: input.showsEvidence)
        let context = CountryPage(input: input, row: row).context(links: links, charts: charts.mapValues { ReportSite.chartMarker($0) })
        let shared = templates.country[.html]!.render(siteContext(context, of: input))
        return formats.map { format in
            switch format {
            case .markdown:
                return finished(name, format: format, title: title, markdown: ReportSite.markdownFile(from: shared, charts: charts), charts: charts)
            case .html:
                return finished(name, format: format, title: title, markdown: shared, charts: charts, linksToMarkdown: true)
            }
        }
    }

    /// The `.md` file's Markdown from Markdown bound for HTML: each data pipe as `\|`, as
    /// ``Escaping/markdown(_:)`` writes it, and each chart's marker replaced by its image link.
    static func markdownFile(from shared: String, charts: [String: ChartSVG]) -> String {
        let images = Dictionary(charts.values.map { (chartMarker($0), chartImage($0)) }, uniquingKeysWith: { first, _ in first })
        let open = "[[chart:", close = "]]"
        var out = ""
        out.reserveCapacity(shared.utf8.count + 256)
        var rest = Substring(shared)
        while let start = rest.firstRange(ofBytes: open) {
            guard let end = rest[start.upperBound...].firstRange(ofBytes: close) else { break }
            out += rest[..<start.lowerBound]
            let marker = String(rest[start.lowerBound..<end.upperBound])
            out += images[marker] ?? marker
            rest = rest[end.upperBound...]
        }
        out += rest
        return out.replacingBytes(String(Escaping.dataPipe), with: "\\|")
    }
}
