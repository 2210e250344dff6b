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
            for format in formats {
                let markdown: String
                switch format {
                case .markdown:
                    let image = "![\(Escaping.markdown(chart.alternative))](charts/\(chart.name).svg)"
                    markdown = page.markdown(escape: { Escaping.markdown($0) }, ext: format.rawValue, chart: image)
                    files.append(File(path: "charts/\(chart.name).svg", content: chart.svg + "\n"))
                case .html:
                    markdown = page.markdown(escape: { Escaping.markdownForHTML($0) }, ext: format.rawValue, chart: "[[chart:\(chart.name)]]")
                }
                files.append(finished(name, format: format, title: page.title, markdown: markdown, charts: ["dots": chart]))
            }
            slots[index] = files
        }
        return columns.indices.flatMap { slots[$0] ?? [] }
    }
}
