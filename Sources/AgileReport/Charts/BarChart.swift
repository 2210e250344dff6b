// Horizontal bars of a country's scores, each with the reference value as a dashed tick.

/// Horizontal bars on a 0–100 scale, one per category (e.g. the dimensions of a pillar), each
/// with a dashed vertical tick at the reference value (e.g. the median of all countries) and
/// the value written at the bar's end; category names on the left, ticks every 25 below.
///
/// The plot starts at x = 240 and is 340 wide, so a value of 25 draws a bar 85 long. Rows are
/// 30 high from y = 68. A missing value (NaN or ∞) draws no bar and reads "no data"; a missing
/// reference draws no tick. Values outside 0–100 are drawn clamped and written as they are.
///
/// ```swift
/// let chart = BarChart(
///     title: "Germany: AI Development Level by dimension",
///     categories: ["AI Research", "AI Innovation", "AI Infrastructure", "AI Industry"],
///     series: ChartSeries(name: "Germany", values: [61.2, 48.0, .nan, 39.5]),
///     reference: ChartSeries(name: "Median of 14 countries", values: [45.0, 40.2, 38.9, 41.0]),
///     idPrefix: "deu-p1")
/// let svg = chart.svg()
/// ```
public struct BarChart: Sendable {
    public var title: String
    public var categories: [String]
    public var series: ChartSeries
    public var reference: ChartSeries?
    /// The title of the x axis.
    public var axisTitle: String
    public var idPrefix: String
    /// The text alternative; `nil` writes one from the data.
    public var description: String?

    public init(
        title: String, categories: [String], series: ChartSeries, reference: ChartSeries? = nil,
        axisTitle: String = "Score (0–100)", idPrefix: String = "bars", description: String? = nil
    ) {
        self.title = title
        self.categories = categories
        self.series = series
        self.reference = reference
        self.axisTitle = axisTitle
        self.idPrefix = idPrefix
        self.description = description
    }

    static let width = 640.0
    static let plotLeft = 240.0
    static let plotWidth = 340.0
    static let plotTop = 68.0
    static let rowHeight = 30.0
    static let barHeight = 16.0

    /// The text alternative written from the data.
    public var generatedDescription: String {
        var text = "Bar chart of " + series.name + " on a 0 to 100 scale"
        if let reference { text += ", with " + reference.name + " in brackets" }
        text += ": "
        text += categories.indices.map { index in
            var part = categories[index] + " " + series.value(at: index).chartText
            if let reference { part += " (" + reference.value(at: index).chartText + ")" }
            return part
        }.joined(separator: "; ")
        return text + "."
    }

    /// The chart as an `<svg>` element.
    /// - Parameter note: a line under the chart (the illustrative-data warning), if any.
    public func svg(note: String? = nil) -> String {
        let left = BarChart.plotLeft, plotWidth = BarChart.plotWidth, top = BarChart.plotTop
        let rowHeight = BarChart.rowHeight, barHeight = BarChart.barHeight
        let bottom = top + Double(max(categories.count, 1)) * rowHeight + 6
        let height = bottom + 48
        var doc = SVGDocument(
            width: BarChart.width, height: height, idPrefix: idPrefix, title: title,
            description: description ?? generatedDescription)
        ChartParts.title(title, in: &doc)
        var legend: [ChartParts.LegendEntry] = [.init(name: series.name, style: .bar)]
        if let reference { legend.append(.init(name: reference.name, style: .dashedTick)) }
        ChartParts.legend(legend, y: 52, in: &doc)
        ChartParts.scoreAxis(left: left, width: plotWidth, top: top, bottom: bottom, title: axisTitle, in: &doc)

        if categories.isEmpty {
            doc.text("No data", x: left + plotWidth / 2, y: top + rowHeight / 2 + 4, [
                "text-anchor": "middle", "font-size": ChartStyle.labelSize, "font-style": "italic",
            ])
        }
        let size = ChartStyle.labelSize
        for (row, category) in categories.enumerated() {
            let rowTop = top + Double(row) * rowHeight
            let centre = rowTop + rowHeight / 2
            let barTop = centre - barHeight / 2

            let lines = ChartStyle.wrap(category, width: left - 26, size: size, maxLines: 2)
            let firstBaseline = centre + 4 - Double(lines.count - 1) * (size + 1) / 2
            doc.text(
                lines: lines, x: left - 10, y: firstBaseline, lineHeight: size + 1,
                ["text-anchor": "end", "font-size": size])

            let value = series.value(at: row)
            let end = value.isFinite ? left + plotWidth * value.clampedScore / 100 : left
            if value.isFinite {
                doc.element("rect", [
                    "x": left, "y": barTop, "width": end - left, "height": barHeight,
                    "fill": ChartStyle.accentLight, "stroke": ChartStyle.ink, "stroke-width": 0.75,
                ])
            }
            // The value (or "no data") right of the bar's end; past the reference tick if that
            // would cross the text.
            let text = value.isFinite ? value.chartText : "no data"
            var textX = end + 6
            if let reference {
                let referenceValue = reference.value(at: row)
                if referenceValue.isFinite {
                    let x = left + plotWidth * referenceValue.clampedScore / 100
                    doc.element("line", [
                        "x1": x, "y1": barTop - 5, "x2": x, "y2": barTop + barHeight + 5,
                        "stroke": ChartStyle.ink, "stroke-width": 2, "stroke-dasharray": "3 2",
                    ])
                    let textWidth = ChartStyle.textWidth(text, size: size, bold: true)
                    if x >= end - 2 && x <= textX + textWidth + 3 { textX = x + 6 }
                }
            }
            if value.isFinite {
                doc.text(text, x: textX, y: centre + 4, ["font-size": size, "font-weight": "bold"])
            } else {
                doc.text(text, x: textX, y: centre + 4, ["font-size": size, "font-style": "italic"])
            }
        }
        return doc.render(note: note)
    }
}
