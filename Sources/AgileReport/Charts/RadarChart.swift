// A pillar radar: one country against a reference series (e.g. the median of all countries).

/// A radar (spider) chart on a 0–100 scale with 3 to 8 axes: the country as a solid, lightly
/// filled line with circle markers, the reference as a dashed line with square markers, gridlines
/// at 25, 50, 75 and 100, each axis labelled with its name and the two values.
///
/// The first axis points up and the others follow clockwise. The image is 640 × 520 with the
/// centre at (320, 290); 0 lies on a ring of radius 24 (so zeros stay visible, apart on their
/// axes) and 100 at radius 160, so a value of 50 on the first axis sits at (320, 198).
/// A missing value (NaN or ∞) leaves a gap in the line and reads "no data".
/// With fewer than three axes the chart shows a note instead of a radar.
///
/// ```swift
/// let chart = RadarChart(
///     title: "Germany: pillar scores",
///     axes: ["AI Development Level", "AI Governance Environment",
///            "AI Governance Instruments", "AI Governance Effectiveness"],
///     series: ChartSeries(name: "Germany", values: [52.3, 61.0, 48.2, 55.0]),
///     reference: ChartSeries(name: "Median of 14 countries", values: [45.0, 50.5, 47.0, 44.1]),
///     idPrefix: "deu-pillars")
/// let svg = chart.svg()
/// ```
public struct RadarChart: Sendable {
    public var title: String
    public var axes: [String]
    public var series: ChartSeries
    public var reference: ChartSeries?
    public var idPrefix: String
    /// The text alternative; `nil` writes one from the data.
    public var description: String?

    public init(
        title: String, axes: [String], series: ChartSeries, reference: ChartSeries? = nil,
        idPrefix: String = "radar", description: String? = nil
    ) {
        self.title = title
        self.axes = axes
        self.series = series
        self.reference = reference
        self.idPrefix = idPrefix
        self.description = description
    }

    static let width = 640.0
    static let height = 520.0
    static let centreX = 320.0
    static let centreY = 290.0
    static let radius = 160.0
    /// The radius of 0: a small ring round the centre, so that zeros stay apart on their axes
    /// instead of collapsing into one point.
    static let zeroRadius = 24.0

    /// Where `value` (0–100, clamped) lies on axis `axis`.
    func point(axis: Int, value: Double) -> (x: Double, y: Double) {
        let angle = -Double.pi / 2 + 2 * Double.pi * Double(axis) / Double(max(axes.count, 1))
        let r = RadarChart.zeroRadius + (RadarChart.radius - RadarChart.zeroRadius) * value.clampedScore / 100
        return (RadarChart.centreX + r * ChartStyle.cosine(angle), RadarChart.centreY + r * ChartStyle.sine(angle))
    }

    /// The text alternative written from the data.
    public var generatedDescription: String {
        var text = "Radar chart of " + series.name + " on a 0 to 100 scale"
        if let reference { text += ", with " + reference.name + " in brackets" }
        text += ": "
        text += axes.indices.map { index in
            var part = axes[index] + " " + series.value(at: index).chartText
            if let reference { part += " (" + reference.value(at: index).chartText + ")" }
            return part
        }.joined(separator: "; ")
        return text + "."
    }

    /// The chart as an `<svg>` element.
    /// - Parameter note: a line under the chart (the illustrative-data warning), if any.
    public func svg(note: String? = nil) -> String {
        let width = RadarChart.width, height = RadarChart.height
        var doc = SVGDocument(
            width: width, height: height, idPrefix: idPrefix, title: title,
            description: description ?? generatedDescription)
        ChartParts.title(title, in: &doc)
        var legend: [ChartParts.LegendEntry] = [.init(name: series.name, style: .solidCircle)]
        if let reference { legend.append(.init(name: reference.name, style: .dashedSquare)) }
        ChartParts.legend(legend, y: 52, in: &doc)

        guard axes.count >= 3 else {
            doc.text(
                "Not enough axes for a radar chart (at least 3 are needed).", x: width / 2, y: height / 2,
                ["text-anchor": "middle", "font-size": ChartStyle.labelSize, "font-style": "italic"])
            return doc.render(note: note)
        }
        let n = axes.count
        let cx = RadarChart.centreX, cy = RadarChart.centreY

        // Grid: polygons at 25/50/75/100 and spokes.
        doc.open("g", ["fill": "none", "stroke": ChartStyle.grid, "stroke-width": 1])
        for level in [0.0, 25.0, 50.0, 75.0, 100.0] {
            let points = (0..<n).map { point(axis: $0, value: level) }
            doc.element("polygon", ["points": ChartParts.pointList(points)])
        }
        for axis in 0..<n {
            let end = point(axis: axis, value: 100)
            doc.element("line", ["x1": cx, "y1": cy, "x2": end.x, "y2": end.y, "stroke": ChartStyle.axis])
        }
        doc.close()

        // Reference below, country on top.
        if let reference {
            drawSeries(reference, in: &doc, dashed: true)
        }
        drawSeries(series, in: &doc, dashed: false)

        // Grid labels along the first axis, on top of the lines (white halo).
        for level in [0.0, 25.0, 50.0, 75.0, 100.0] {
            let at = point(axis: 0, value: level)
            doc.text(
                SVGDocument.fixed(level, decimals: 0), x: at.x - 5, y: at.y + 4,
                [
                    "text-anchor": "end", "font-size": 10.0, "fill": ChartStyle.muted,
                    "stroke": "#ffffff", "stroke-width": 3, "paint-order": "stroke",
                ])
        }

        // Axis labels: name (up to 2 lines) and values.
        for axis in 0..<n {
            drawAxisLabel(axis, count: n, in: &doc)
        }
        return doc.render(note: note)
    }

    private func drawSeries(_ data: ChartSeries, in doc: inout SVGDocument, dashed: Bool) {
        let n = axes.count
        let present = (0..<n).map { data.value(at: $0).isFinite }
        let points = (0..<n).map { point(axis: $0, value: present[$0] ? data.value(at: $0) : 0) }
        let stroke = dashed ? ChartStyle.ink : ChartStyle.accent
        let strokeWidth = dashed ? 1.75 : 2.5
        if present.allSatisfy({ $0 }) {
            if dashed {
                doc.element("polygon", [
                    "points": ChartParts.pointList(points), "fill": "none", "stroke": stroke,
                    "stroke-width": strokeWidth, "stroke-dasharray": ChartStyle.dash, "stroke-linejoin": "round",
                ])
            } else {
                doc.element("polygon", [
                    "points": ChartParts.pointList(points), "fill": ChartStyle.accent, "fill-opacity": 0.15,
                    "stroke": stroke, "stroke-width": strokeWidth, "stroke-linejoin": "round",
                ])
            }
        } else {
            // Segments only between neighbouring axes that both have a value: a gap where data is missing.
            for axis in 0..<n where present[axis] && present[(axis + 1) % n] {
                let a = points[axis], b = points[(axis + 1) % n]
                if dashed {
                    doc.element("line", [
                        "x1": a.x, "y1": a.y, "x2": b.x, "y2": b.y, "stroke": stroke,
                        "stroke-width": strokeWidth, "stroke-dasharray": ChartStyle.dash,
                    ])
                } else {
                    doc.element("line", [
                        "x1": a.x, "y1": a.y, "x2": b.x, "y2": b.y, "stroke": stroke, "stroke-width": strokeWidth,
                    ])
                }
            }
        }
        for axis in 0..<n where present[axis] {
            if dashed {
                ChartParts.square(at: points[axis], size: 8, in: &doc)
            } else {
                ChartParts.circle(at: points[axis], radius: 4.5, in: &doc)
            }
        }
    }

    private func drawAxisLabel(_ axis: Int, count n: Int, in doc: inout SVGDocument) {
        let angle = -Double.pi / 2 + 2 * Double.pi * Double(axis) / Double(n)
        let c = ChartStyle.cosine(angle), s = ChartStyle.sine(angle)
        let distance = RadarChart.radius + 14
        let x = RadarChart.centreX + distance * c, y = RadarChart.centreY + distance * s
        let anchor: String
        let available: Double
        if c > 0.3 {
            anchor = "start"
            available = RadarChart.width - x - 8
        } else if c < -0.3 {
            anchor = "end"
            available = x - 8
        } else {
            anchor = "middle"
            available = 220
        }
        let size = ChartStyle.labelSize, lineHeight = size + 2
        let nameLines = ChartStyle.wrap(axes[axis], width: min(available, 220), size: size, maxLines: 2)
        let blockLines = Double(nameLines.count + 1)
        // The first baseline: the block sits above, below or beside the anchor.
        let firstBaseline: Double
        if s < -0.3 {
            firstBaseline = y - (blockLines - 1) * lineHeight
        } else if s > 0.3 {
            firstBaseline = y + size
        } else {
            firstBaseline = y - (blockLines * lineHeight) / 2 + size
        }
        doc.text(
            lines: nameLines, x: x, y: firstBaseline, lineHeight: lineHeight,
            ["text-anchor": anchor, "font-size": size])
        let value = series.value(at: axis)
        doc.open("text", [
            "x": x, "y": firstBaseline + Double(nameLines.count) * lineHeight,
            "text-anchor": anchor, "font-size": size,
        ])
        doc.span(value.chartText, ["font-weight": "bold"])
        if let reference {
            doc.span(" vs " + reference.value(at: axis).chartText, ["fill": ChartStyle.muted])
        }
        doc.close()
    }
}
