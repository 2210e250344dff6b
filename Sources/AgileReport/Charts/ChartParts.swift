// Pieces the charts share: the visible title, legends, markers, axes.

enum ChartParts {
    /// The visible title at the top left: set smaller (down to the label size) when it is too
    /// long for the image at the title size, cut only past that, with the full text in `<title>`.
    static func title(_ title: String, in doc: inout SVGDocument) {
        let room = doc.width - 32
        var size = ChartStyle.titleSize
        while size > ChartStyle.labelSize, ChartStyle.textWidth(title, size: size, bold: true) > room { size -= 0.5 }
        let text = ChartStyle.truncate(title, width: room, size: size, bold: true)
        doc.text(text, x: 16, y: 26, ["font-size": size, "font-weight": "bold"], fullText: title)
    }

    /// How a legend entry is drawn.
    enum LegendStyle {
        /// A solid accent line with a circle marker (the main series).
        case solidCircle
        /// A dashed dark line with a square marker (the reference series).
        case dashedSquare
        /// A bar in the light accent colour.
        case bar
        /// A dashed vertical tick (a reference value on a bar).
        case dashedTick
        /// A hatched bar with a triangle marker (the focus country in a ranking).
        case hatchedBar(patternID: String)
        /// A plain grey bar (other countries in a ranking).
        case neutralBar
        /// A diamond (the focus country in a scatter).
        case diamond
        /// A small circle (other countries in a scatter).
        case dot
        /// A dashed line (split lines).
        case dashedLine
        /// A circle marker alone (a nominal value).
        case circle
        /// A solid vertical tick (a median).
        case solidTick
        /// A square marker alone (a declared value).
        case square
        /// A triangle marker alone.
        case marker
        /// A bar in a given fill.
        case filledBar(fill: String)
        /// A horizontal whisker with end caps (an interval).
        case whisker
        /// An open ring (a point on a split line).
        case ring
    }

    struct LegendEntry {
        var name: String
        var style: LegendStyle
    }

    /// A row of legend entries from the left edge; names are cut so that the row fits.
    static func legend(_ entries: [LegendEntry], y: Double, in doc: inout SVGDocument) {
        guard !entries.isEmpty else { return }
        let size = ChartStyle.labelSize
        let swatch = 30.0, gap = 8.0, spacing = 22.0
        let room = (doc.width - 32 - Double(entries.count) * (swatch + gap + spacing)) / Double(entries.count)
        var x = 16.0
        for entry in entries {
            let mid = y - 4
            switch entry.style {
            case .solidCircle:
                doc.element("line", ["x1": x, "y1": mid, "x2": x + swatch, "y2": mid, "stroke": ChartStyle.accent, "stroke-width": 2.5])
                circle(at: (x + swatch / 2, mid), radius: 4.5, in: &doc)
            case .dashedSquare:
                doc.element("line", [
                    "x1": x, "y1": mid, "x2": x + swatch, "y2": mid, "stroke": ChartStyle.ink,
                    "stroke-width": 1.75, "stroke-dasharray": ChartStyle.dash,
                ])
                square(at: (x + swatch / 2, mid), size: 8, in: &doc)
            case .bar:
                doc.element("rect", [
                    "x": x, "y": mid - 6, "width": swatch, "height": 12, "fill": ChartStyle.accentLight,
                    "stroke": ChartStyle.ink, "stroke-width": 0.75,
                ])
            case .dashedTick:
                doc.element("line", [
                    "x1": x + swatch / 2, "y1": mid - 9, "x2": x + swatch / 2, "y2": mid + 9, "stroke": ChartStyle.ink,
                    "stroke-width": 2, "stroke-dasharray": "3 2",
                ])
            case .hatchedBar(let patternID):
                doc.element("rect", [
                    "x": x + 10, "y": mid - 6, "width": swatch - 10, "height": 12, "fill": "url(#\(patternID))",
                    "stroke": ChartStyle.ink, "stroke-width": 1,
                ])
                triangle(at: (x + 4, mid), size: 9, in: &doc)
            case .neutralBar:
                doc.element("rect", ["x": x, "y": mid - 6, "width": swatch, "height": 12, "fill": ChartStyle.neutralBar])
            case .diamond:
                diamond(at: (x + swatch / 2, mid), size: 7, in: &doc)
            case .dot:
                dot(at: (x + swatch / 2, mid), in: &doc)
            case .dashedLine:
                doc.element("line", [
                    "x1": x, "y1": mid, "x2": x + swatch, "y2": mid, "stroke": ChartStyle.ink,
                    "stroke-width": 1.25, "stroke-dasharray": ChartStyle.dash,
                ])
            case .circle:
                circle(at: (x + swatch / 2, mid), radius: 4.5, in: &doc)
            case .solidTick:
                tick(at: (x + swatch / 2, mid), height: 14, in: &doc)
            case .square:
                square(at: (x + swatch / 2, mid), size: 8, in: &doc)
            case .marker:
                upTriangle(at: (x + swatch / 2, mid), size: 10, in: &doc)
            case .filledBar(let fill):
                doc.element("rect", [
                    "x": x, "y": mid - 6, "width": swatch, "height": 12, "fill": fill,
                    "stroke": ChartStyle.ink, "stroke-width": 0.75,
                ])
            case .whisker:
                whisker(from: x + 3, to: x + swatch - 3, y: mid, in: &doc)
            case .ring:
                ring(at: (x + swatch / 2, mid), radius: 6, in: &doc)
            }
            x += swatch + gap
            let name = ChartStyle.truncate(entry.name, width: room, size: size)
            doc.text(name, x: x, y: y, ["font-size": size], fullText: entry.name)
            x += ChartStyle.textWidth(name, size: size) + spacing
        }
    }

    /// `x1,y1 x2,y2 …` for a polygon or polyline.
    static func pointList(_ points: [(x: Double, y: Double)]) -> String {
        points.map { SVGDocument.number($0.x) + "," + SVGDocument.number($0.y) }.joined(separator: " ")
    }

    /// The main-series marker: a circle in the accent colour with a dark outline.
    static func circle(at p: (x: Double, y: Double), radius: Double, in doc: inout SVGDocument) {
        doc.element("circle", [
            "cx": p.x, "cy": p.y, "r": radius, "fill": ChartStyle.accent, "stroke": "#ffffff", "stroke-width": 1,
        ])
    }

    /// The reference marker: a white square with a dark outline.
    static func square(at p: (x: Double, y: Double), size: Double, in doc: inout SVGDocument) {
        doc.element("rect", [
            "x": p.x - size / 2, "y": p.y - size / 2, "width": size, "height": size,
            "fill": "#ffffff", "stroke": ChartStyle.ink, "stroke-width": 1.5,
        ])
    }

    /// A triangle pointing right, centred on `p`: the focus marker of a ranking.
    static func triangle(at p: (x: Double, y: Double), size: Double, in doc: inout SVGDocument) {
        let h = size / 2
        doc.element("polygon", [
            "points": pointList([(p.x - h, p.y - h), (p.x + h, p.y), (p.x - h, p.y + h)]), "fill": ChartStyle.ink,
        ])
    }

    /// A diamond centred on `p` (half-diagonal `size`): the focus marker of a scatter.
    static func diamond(at p: (x: Double, y: Double), size: Double, in doc: inout SVGDocument) {
        doc.element("polygon", [
            "points": pointList([(p.x, p.y - size), (p.x + size, p.y), (p.x, p.y + size), (p.x - size, p.y)]),
            "fill": ChartStyle.accent, "stroke": ChartStyle.ink, "stroke-width": 1.5,
        ])
    }

    /// A solid dark vertical tick centred on `p`: a median.
    static func tick(at p: (x: Double, y: Double), height: Double, in doc: inout SVGDocument) {
        doc.element("line", [
            "x1": p.x, "y1": p.y - height / 2, "x2": p.x, "y2": p.y + height / 2, "stroke": ChartStyle.ink, "stroke-width": 2.5,
        ])
    }

    /// A dark triangle pointing up, centred on `p`.
    static func upTriangle(at p: (x: Double, y: Double), size: Double, in doc: inout SVGDocument) {
        let h = size / 2
        doc.element("polygon", [
            "points": pointList([(p.x, p.y - h), (p.x + h, p.y + h), (p.x - h, p.y + h)]), "fill": ChartStyle.ink,
            "stroke": "#ffffff", "stroke-width": 0.75,
        ])
    }

    /// A horizontal line from `from` to `to` with short vertical end caps: an interval.
    /// A white halo under the dark lines keeps it readable on any fill.
    static func whisker(from: Double, to: Double, y: Double, in doc: inout SVGDocument) {
        for (stroke, width) in [("#ffffff", 3.5), (ChartStyle.ink, 1.5)] {
            doc.open("g", ["stroke": stroke, "stroke-width": width])
            doc.element("line", ["x1": from, "y1": y, "x2": to, "y2": y])
            doc.element("line", ["x1": from, "y1": y - 5, "x2": from, "y2": y + 5])
            doc.element("line", ["x1": to, "y1": y - 5, "x2": to, "y2": y + 5])
            doc.close()
        }
    }

    /// Vertical gridlines, tick marks and labels of a linear axis under a plot.
    /// - Parameters:
    ///   - ticks: the values to mark, with their labels.
    ///   - position: the x of a value.
    static func axis(
        ticks: [(value: Double, label: String)], position: (Double) -> Double, left: Double, width: Double,
        top: Double, bottom: Double, title: String?, in doc: inout SVGDocument
    ) {
        doc.open("g", ["font-size": ChartStyle.tickSize, "fill": ChartStyle.muted, "text-anchor": "middle"])
        for tick in ticks {
            let x = position(tick.value)
            doc.element("line", ["x1": x, "y1": top, "x2": x, "y2": bottom, "stroke": ChartStyle.grid, "stroke-width": 1])
            doc.element("line", ["x1": x, "y1": bottom, "x2": x, "y2": bottom + 5, "stroke": ChartStyle.axis, "stroke-width": 1])
            doc.text(tick.label, x: x, y: bottom + 17)
        }
        doc.close()
        doc.element("line", ["x1": left, "y1": bottom, "x2": left + width, "y2": bottom, "stroke": ChartStyle.axis, "stroke-width": 1])
        if let title {
            let text = ChartStyle.truncate(title, width: doc.width - 32, size: ChartStyle.labelSize)
            doc.text(text, x: left + width / 2, y: bottom + 36, ["font-size": ChartStyle.labelSize, "text-anchor": "middle"], fullText: title)
        }
    }

    /// Round tick values from `low` to `high`: a step of 1, 2 or 5 times a power of ten giving
    /// at most `count` intervals.
    static func ticks(low: Double, high: Double, count: Int) -> [Double] {
        guard high > low, count > 0 else { return [low] }
        let raw = (high - low) / Double(count)
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        var values: [Double] = []
        var k = (low / step).rounded(.up)
        while k * step <= high + step * 1e-9 {
            values.append(k * step)
            k += 1
        }
        return values
    }

    /// An open dark ring around `p`: a point whose place is not firm (on a split line).
    static func ring(at p: (x: Double, y: Double), radius: Double, in doc: inout SVGDocument) {
        doc.element("circle", ["cx": p.x, "cy": p.y, "r": radius, "fill": "none", "stroke": ChartStyle.ink, "stroke-width": 1.25])
    }

    /// A small dark circle: an ordinary point of a scatter.
    static func dot(at p: (x: Double, y: Double), in doc: inout SVGDocument) {
        doc.element("circle", ["cx": p.x, "cy": p.y, "r": 3.5, "fill": ChartStyle.muted, "stroke": "#ffffff", "stroke-width": 0.75])
    }

    /// A horizontal 0–100 axis under (or above) a plot: ticks every 25 with light gridlines
    /// through the plot, tick labels, and the axis title centred below.
    static func scoreAxis(
        left: Double, width: Double, top: Double, bottom: Double, title: String?, labelsAbove: Bool = false,
        in doc: inout SVGDocument
    ) {
        doc.open("g", ["font-size": ChartStyle.tickSize, "fill": ChartStyle.muted, "text-anchor": "middle"])
        for tick in stride(from: 0.0, through: 100.0, by: 25.0) {
            let x = left + width * tick / 100
            doc.element("line", ["x1": x, "y1": top, "x2": x, "y2": bottom, "stroke": ChartStyle.grid, "stroke-width": 1])
            doc.element("line", ["x1": x, "y1": bottom, "x2": x, "y2": bottom + 5, "stroke": ChartStyle.axis, "stroke-width": 1])
            doc.text(SVGDocument.fixed(tick, decimals: 0), x: x, y: bottom + 17)
            if labelsAbove {
                doc.text(SVGDocument.fixed(tick, decimals: 0), x: x, y: top - 6)
            }
        }
        doc.close()
        doc.element("line", ["x1": left, "y1": bottom, "x2": left + width, "y2": bottom, "stroke": ChartStyle.axis, "stroke-width": 1])
        if let title {
            let text = ChartStyle.truncate(title, width: doc.width - 32, size: ChartStyle.labelSize)
            doc.text(text, x: left + width / 2, y: bottom + 36, ["font-size": ChartStyle.labelSize, "text-anchor": "middle"], fullText: title)
        }
    }
}
