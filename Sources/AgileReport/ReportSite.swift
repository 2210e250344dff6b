// The whole report site of a run: country pages, ranking, methodology, evidence, audit, as Markdown and HTML.

import AgileCore
import Dispatch
import Mustache

/// The files of a report site, in memory: relative path → content. Writing them to disk
/// (atomically, inside one folder) is the caller's job.
///
/// ```swift
/// let site = ReportSite(input: input, templates: templates)
/// for file in site.files(formats: [.markdown, .html]) { … }
/// ```
public struct ReportSite: Sendable {
    /// An output format of the site.
    public enum Format: String, Sendable, CaseIterable {
        case markdown = "md"
        case html
    }

    /// A file of the site.
    public struct File: Hashable, Sendable {
        /// The content of a file that is not text.
        public enum Binary: Hashable, Sendable {
            /// A workbook, which the site's writer renders (`.xlsx`, with AgileIO's `WorkbookFile`).
            case workbook(Workbook)
            /// Bytes as they are (a file kept from an earlier site).
            case bytes([UInt8])
        }

        /// Path inside the site folder, e.g. `USA.html` or `charts/USA-radar.svg`.
        public var path: String
        /// The text of the file; empty when ``binary`` holds its content.
        public var content: String
        /// The content of a binary file (`nil`: the file is ``content``, as UTF-8).
        public var binary: Binary?

        public init(path: String, content: String) {
            self.path = path
            self.content = content
        }

        /// A binary file.
        public init(path: String, binary: Binary) {
            self.path = path
            self.content = ""
            self.binary = binary
        }
    }

    public let input: ReportInput
    public let templates: ReportTemplates

    public init(input: ReportInput, templates: ReportTemplates) {
        self.input = input
        self.templates = templates
    }

    /// Every file of the site for `formats`, optionally only some countries' pages (the
    /// ranking, methodology and indicator pages are always made, the evidence page when the registry shows
    /// evidence, the audit page when the input has an audit). Calls `progress` (from any thread) with
    /// the number of countries done and the total, after each country.
    public func files(formats: Set<Format>, countries: [String]? = nil, progress: @Sendable (Int, Int) -> Void = { _, _ in }) -> [File] {
        let rows = input.scores.units.indices.filter { countries?.contains(input.scores.units[$0]) ?? true }
        let charts = ReportCharts(input: input)
        // The charts several pages share, made at once.
        let shared = ConcurrentSlots<[String: ChartSVG]>(count: 3)
        DispatchQueue.concurrentPerform(iterations: 3) { job in
            switch job {
            case 0: shared[0] = charts.overview()
            case 1: shared[1] = input.showsEvidence ? EvidencePage(input: input).charts() : [:]
            default: shared[2] = input.audit.map { AuditPage(input: input, audit: $0).charts() } ?? [:]
            }
        }
        let overview = shared[0] ?? [:], evidenceCharts = shared[1] ?? [:], auditCharts = shared[2] ?? [:]
        let orderedFormats = Format.allCases.filter { formats.contains($0) }
        var files: [File] = []
        let hasAudit = input.audit != nil
        // The pages of the site as a whole, each a job of its own.
        var siteJobs: [@Sendable () -> [File]] = []
        for format in orderedFormats {
            let links = PageLinks(extension: format.rawValue, audit: hasAudit, evidence: input.showsEvidence)
            siteJobs.append {
                [page("index", format: format, title: "\(indexName) \(input.framework.edition): ranking",
                      template: templates.index, charts: overview,
                      context: { RankingPage(input: input).context(links: links, linkExtension: format.rawValue, charts: $0) })]
            }
            siteJobs.append {
                [page("methodology", format: format, title: "\(indexName) \(input.framework.edition): methodology",
                      template: templates.methodology, charts: [:],
                      context: { _ in MethodologyPage(input: input).context(links: links) })]
            }
            if input.showsEvidence {
                siteJobs.append {
                    [page("evidence", format: format, title: "\(indexName) \(input.framework.edition): model-safety evidence",
                          template: templates.evidence, charts: evidenceCharts,
                          context: { EvidencePage(input: input).context(links: links, charts: $0) })]
                }
            }
            if let audit = input.audit {
                siteJobs.append {
                    [page("audit", format: format, title: "\(indexName) \(input.framework.edition): audit",
                          template: templates.audit, charts: auditCharts,
                          context: { AuditPage(input: input, audit: audit).context(links: links, charts: $0) })]
                }
            }
            if let change = input.change {
                siteJobs.append {
                    let changes = EditionChangesPage(input: input, change: change, lineage: input.lineage)
                    let escape: (String) -> String = format == .markdown ? { Escaping.markdown($0) } : { Escaping.markdownForHTML($0) }
                    return [finished("changes", format: format, title: "\(indexName) \(input.framework.edition): what changed",
                                     markdown: changes.markdown(escape: escape), charts: [:])]
                }
            }
        }
        if formats.contains(.html) { siteJobs.append { explorerPage().map { [$0] } ?? [] } }
        siteJobs.append { SiteDownloads(input: input).files }
        // Site pages and country pages are independent: made on all cores, each into its own
        // slot, so the result is the same whatever the scheduling.
        let jobs = siteJobs
        let siteFiles = ConcurrentSlots<[File]>(count: jobs.count)
        let countryFiles = ConcurrentSlots<[File]>(count: rows.count)
        let countryCharts = ConcurrentSlots<[String: ChartSVG]>(count: rows.count)
        let counter = ProgressCounter()
        DispatchQueue.concurrentPerform(iterations: jobs.count + rows.count) { job in
            guard job >= jobs.count else {
                siteFiles[job] = jobs[job]()
                return
            }
            let slot = job - jobs.count
            let row = rows[slot]
            let code = input.scores.units[row]
            let name = ReportInput.pageName(code)
            let pageCharts = charts.country(row: row)
            countryFiles[slot] = countryPages(
                name, formats: orderedFormats, title: "\(input.name(code)): \(indexName) \(input.framework.edition)", charts: pageCharts, row: row)
            countryCharts[slot] = pageCharts
            progress(counter.increment(), rows.count)
        }
        for job in jobs.indices { files += siteFiles[job] ?? [] }
        for slot in rows.indices { files += countryFiles[slot] ?? [] }
        files += indicatorFiles(formats: orderedFormats, linked: Set(rows.map { input.scores.units[$0] }))
        if formats.contains(.markdown) {
            var svgs: [String: String] = [:]
            for chart in overview.values { svgs[chart.name] = chart.svg }
            for chart in evidenceCharts.values { svgs[chart.name] = chart.svg }
            for chart in auditCharts.values { svgs[chart.name] = chart.svg }
            for slot in rows.indices {
                for chart in (countryCharts[slot] ?? [:]).values { svgs[chart.name] = chart.svg }
            }
            for (name, svg) in svgs.sorted(by: { $0.key < $1.key }) {
                files.append(File(path: "charts/\(name).svg", content: svg + "\n"))
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    var indexName: String { input.root?.name ?? "Index" }

    /// One page: the Markdown, or the HTML made from it. Every page's context also holds
    /// `official`, the index the registry says illustrative values stand in for (when it names one),
    /// and when the run's values have vintages `vintages` (`values as of 2024-12-31`) and
    /// `vintagesSentence` (what that means, for the methodology).
    func page(
        _ name: String, format: Format, title: String, template: [Format: MustacheTemplate], charts: [String: ChartSVG],
        of pageInput: ReportInput? = nil, context pageContext: ([String: String]) -> [String: Any]
    ) -> File {
        let input = pageInput ?? self.input
        switch format {
        case .markdown:
            let markup = charts.mapValues { ReportSite.chartImage($0) }
            return finished(
                name, format: format, title: title, markdown: template[.markdown]!.render(siteContext(pageContext(markup), of: input)), charts: charts)
        case .html:
            let markers = charts.mapValues { ReportSite.chartMarker($0) }
            return finished(
                name, format: format, title: title, markdown: template[.html]!.render(siteContext(pageContext(markers), of: input)), charts: charts)
        }
    }

    /// A page's own context with what every page's context holds: `official`, `downloads`,
    /// and `vintages` and `vintagesSentence` when the values have vintages.
    func siteContext(_ pageContext: [String: Any], of input: ReportInput) -> [String: Any] {
        var values = pageContext
        if let official = input.framework.publication.official { values["official"] = official }
        values["downloads"] = SiteDownloads(input: input).links
        if let vintages = input.vintages {
            values["vintages"] = vintages.label
            values["vintagesSentence"] = vintages.sentence
        }
        return values
    }

    /// A chart in a `.md` page: an image of its SVG file with its text alternative.
    static func chartImage(_ chart: ChartSVG) -> String {
        "![\(Escaping.markdown(chart.alternative))](charts/\(chart.name).svg)"
    }

    /// A chart in Markdown bound for HTML: a marker on a line of its own, which the HTML page
    /// replaces with the SVG (``HTMLPage/placingCharts(_:in:)``).
    static func chartMarker(_ chart: ChartSVG) -> String {
        "[[chart:\(chart.name)]]"
    }

    /// A page from its Markdown: the `.md` file with the footer, or the HTML page in its shell.
    /// `linksToMarkdown`: the Markdown links the site's `.md` pages, which the HTML page points
    /// at their `.html` twins.
    func finished(_ name: String, format: Format, title: String, markdown: String, charts: [String: ChartSVG], linksToMarkdown: Bool = false) -> File {
        switch format {
        case .markdown:
            let footer = MarkdownFooter(
                indexName: indexName, edition: input.framework.edition, credit: input.framework.publication.credit, snapshot: input.snapshot,
                tool: input.tool, date: input.date, vintages: input.vintages?.label, illustrative: input.illustrative,
                editionsLink: input.landingPage.map(MarkdownFooter.markdownPage))
            return File(path: "\(name).md", content: markdown + footer.text)
        case .html:
            var page = HTMLPage(
                markdown: markdown, charts: Dictionary(charts.values.map { ($0.name, $0.svg) }, uniquingKeysWith: { first, _ in first }),
                title: title, shell: HTMLPage.ShellValues(input: input))
            page.linksToMarkdown = linksToMarkdown
            return File(path: "\(name).html", content: page.render(with: templates))
        }
    }
}
