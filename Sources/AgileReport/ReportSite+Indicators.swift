// The indicator pages of a site: one per indicator (`indicator-I14.md|html`, beside the country
// pages), with its dot plot (`charts/indicator-I14-dots.svg` for the Markdown).

import AgileCore
import Dispatch

extension ReportSite {
    /// The page of every indicator in `formats`, and for Markdown the SVG of each dot plot. The
    /// values are gathered once, indicator by indicator (``IndicatorColumn/all(_:)``), and the
    /// pages made on all cores, each into its own slot. Countries in `linked` are linked to
    /// their pages; the others (pages not made) are listed without a link.
    func indicatorFiles(formats: [Format], linked: Set<String>) -> [File] {
        let columns = IndicatorColumn.all(input)
        let indicators = input.framework.indicators
        let slots = ConcurrentSlots<[File]>(count: columns.count)
        DispatchQueue.concurrentPerform(iterations: columns.count) { index in
            let page = IndicatorPage(
                input: input, column: columns[index], previous: index > 0 ? indicators[index - 1] : nil,
                next: index + 1 < indicators.count ? indicators[index + 1] : nil, linked: linked)
            let chart = page.chart()
            let name = IndicatorPage.pageName(page.indicator.id)
            var files: [File] = []
            if formats.contains(.markdown) { files.append(File(path: "charts/\(chart.name).svg", content: chart.svg + "\n")) }
            // Both formats from one Markdown text, as the country pages (``countryPages``).
            let shared = formats.count > 1
                ? page.markdown(escape: { Escaping.markdownForHTML($0) }, ext: Format.markdown.rawValue, chart: ReportSite.chartMarker(chart)) : nil
            for format in formats {
                let markdown: String
                switch (format, shared) {
                case (.markdown, let shared?):
                    markdown = ReportSite.markdownFile(from: shared, charts: ["dots": chart])
                case (.markdown, nil):
                    markdown = page.markdown(escape: { Escaping.markdown($0) }, ext: format.rawValue, chart: ReportSite.chartImage(chart))
                case (.html, let shared?):
                    markdown = shared
                case (.html, nil):
                    markdown = page.markdown(escape: { Escaping.markdownForHTML($0) }, ext: format.rawValue, chart: ReportSite.chartMarker(chart))
                }
                files.append(finished(name, format: format, title: page.title, markdown: markdown, charts: ["dots": chart], linksToMarkdown: shared != nil))
            }
            slots[index] = files
        }
        return columns.indices.flatMap { slots[$0] ?? [] }
    }
}
