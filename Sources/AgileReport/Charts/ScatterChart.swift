// Development against governance: one point per country, split into four quadrants.

/// A scatter of development (x, 0–100) against governance (y, 0–100), one point per country
/// labelled with its code. The focus country is a larger diamond with a bold label; dashed split
/// lines (e.g. at the medians) divide the plot into four quadrants named in their corners.
/// Labels are placed beside their points where they overlap nothing already placed and sit
/// nearer their own point than any other, else further out (up to 4 rings) with a leader line
/// (points at the same place share one label, "AAA/BBB"); a label never overlaps another text:
/// one that finds no place clear of them, or in a crowded chart (more than 60 points) clear of
/// every marker too, is left out (the text alternative lists every country). A label's box is
/// the font's whole line box, as a browser measures it. A point within 1 of a split line is
/// ringed (its quadrant is not firm). A quadrant name moves inwards when a point sits in its corner.
///
/// The plot is the square from (80, 80) to (520, 520): x = 80 + 4.4 × development,
/// y = 520 − 4.4 × governance. A country with a missing score is listed under the plot.
/// A value on a split counts as high, as in AgileCore's `MatchQuadrant`.
///
/// ```swift
/// let chart = ScatterChart(
///     title: "Development and governance, 2024",
///     points: [
///         .init(code: "USA", name: "United States", x: 92.0, y: 61.5),
///         .init(code: "DEU", name: "Germany", x: 55.2, y: 66.0),
///         .init(code: "IND", name: "India", x: 40.3, y: 38.9),
///     ],
///     focus: "DEU", xSplit: 55.2, ySplit: 61.5, splitName: "median", idPrefix: "deu-match")
/// let svg = chart.svg()
/// ```
public struct ScatterChart: Sendable {
    /// One country: code (the label), name (for the text alternative) and its two scores.
    public struct Point: Sendable, Hashable {
        public var code: String
        public var name: String
        public var x: Double
        public var y: Double

        public init(code: String, name: String, x: Double, y: Double) {
            self.code = code
            self.name = name
            self.x = x
            self.y = y
        }
    }

    /// The names printed in the four corners.
    public struct QuadrantNames: Sendable, Hashable {
        /// High x, high y (top right).
        public var bothHigh: String
        /// High x, low y (bottom right).
        public var developmentAhead: String
        /// Low x, high y (top left).
        public var governanceAhead: String
        /// Low x, low y (bottom left).
        public var bothLow: String

        public init(
            bothHigh: String = "Both high", developmentAhead: String = "Development ahead",
            governanceAhead: String = "Governance ahead", bothLow: String = "Both low"
        ) {
            self.bothHigh = bothHigh
            self.developmentAhead = developmentAhead
            self.governanceAhead = governanceAhead
            self.bothLow = bothLow
        }
    }

    public var title: String
    public var points: [Point]
    /// The code of the country to emphasise, if any.
    public var focus: String?
    /// Where the quadrants split (NaN: no split line, no quadrants).
    public var xSplit: Double
    public var ySplit: Double
    /// What the splits are, e.g. "median" or "threshold": labels the split lines.
    public var splitName: String
    public var xAxisTitle: String
    public var yAxisTitle: String
    public var quadrantNames: QuadrantNames
    public var idPrefix: String
    /// The text alternative; `nil` writes one from the data.
    public var description: String?

    public init(
        title: String, points: [Point], focus: String? = nil, xSplit: Double, ySplit: Double,
        splitName: String = "median", xAxisTitle: String = "AI development (0–100)",
        yAxisTitle: String = "AI governance (0–100)", quadrantNames: QuadrantNames = QuadrantNames(),
        idPrefix: String = "scatter", description: String? = nil
    ) {
        self.title = title
        self.points = points
        self.focus = focus
        self.xSplit = xSplit
        self.ySplit = ySplit
        self.splitName = splitName
        self.xAxisTitle = xAxisTitle
        self.yAxisTitle = yAxisTitle
        self.quadrantNames = quadrantNames
        self.idPrefix = idPrefix
        self.description = description
    }

    static let width = 600.0
    static let plotLeft = 80.0
    static let plotTop = 80.0
    static let plotSize = 440.0
    static let crowded = 60

    static func position(_ x: Double, _ y: Double) -> (x: Double, y: Double) {
        (plotLeft + plotSize * x.clampedScore / 100, plotTop + plotSize - plotSize * y.clampedScore / 100)
    }

    private var hasSplits: Bool { xSplit.isFinite && ySplit.isFinite }

    /// How close to a split line (in points of the 0–100 scale) a country counts as on the line.
    public static let onTheLine = 1.0

    /// Whether a point lies within ``onTheLine`` of a split: its quadrant is not firm.
    func isOnTheLine(_ point: Point) -> Bool {
        hasSplits && (abs(point.x - xSplit) < ScatterChart.onTheLine || abs(point.y - ySplit) < ScatterChart.onTheLine)
    }

    private func quadrantName(_ point: Point) -> String {
        switch (point.x >= xSplit, point.y >= ySplit) {
        case (true, true): return quadrantNames.bothHigh
        case (true, false): return quadrantNames.developmentAhead
        case (false, true): return quadrantNames.governanceAhead
        case (false, false): return quadrantNames.bothLow
        }
    }

    private var sortedPoints: [Point] {
        points.sorted { ($0.code, $0.name) < ($1.code, $1.name) }
    }

    /// The text alternative written from the data.
    public var generatedDescription: String {
        let shown = sortedPoints.filter { $0.x.isFinite && $0.y.isFinite }
        let missing = sortedPoints.filter { !($0.x.isFinite && $0.y.isFinite) }
        var text = "Scatter chart of \(shown.count) " + (shown.count == 1 ? "country" : "countries") + ": "
        text += xAxisTitle + " across, " + yAxisTitle + " up"
        if hasSplits {
            text += ", split at " + splitName + " " + xSplit.chartText + " and " + splitName + " " + ySplit.chartText
        }
        text += "."
        if let focus, let point = points.first(where: { $0.code == focus }) {
            text += " " + point.name + " (" + point.code + "): " + point.x.chartText + " across, " + point.y.chartText + " up"
            if hasSplits && point.x.isFinite && point.y.isFinite {
                text += ", " + quadrantName(point) + (isOnTheLine(point) ? " (on the line: within 1 point of a split)" : "")
            }
            text += "."
        }
        if hasSplits {
            for name in [quadrantNames.bothHigh, quadrantNames.developmentAhead, quadrantNames.governanceAhead, quadrantNames.bothLow] {
                let codes = shown.filter { quadrantName($0) == name }.map { isOnTheLine($0) ? $0.code + " (on the line)" : $0.code }
                text += " " + name + ": "
                if codes.isEmpty {
                    text += "none."
                } else if codes.count <= 30 {
                    text += codes.joined(separator: ", ") + "."
                } else {
                    text += codes.prefix(30).joined(separator: ", ") + " and \(codes.count - 30) more."
                }
            }
        }
        if !missing.isEmpty {
            text += " No data: " + missing.map(\.code).joined(separator: ", ") + "."
        }
        return text
    }

    /// A rectangle for collision checks.
    struct Box {
        var minX, minY, maxX, maxY: Double

        /// The line box of text `width` wide set at `size` from `x` on baseline `y`, 1 to spare
        /// left and right: DejaVu Sans reaches 0.93 em above the baseline and 0.24 em below.
        static func text(x: Double, baseline y: Double, width: Double, size: Double) -> Box {
            Box(minX: x - 1, minY: y - 0.93 * size, maxX: x + width + 1, maxY: y + 0.24 * size)
        }

        /// The point of the box nearest to `p`.
        func nearestPoint(to p: (x: Double, y: Double)) -> (x: Double, y: Double) {
            (min(max(p.x, minX), maxX), min(max(p.y, minY), maxY))
        }

        /// The distance from the box to `p` (0 inside).
        func distance(to p: (x: Double, y: Double)) -> Double {
            let q = nearestPoint(to: p)
            return ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot()
        }

        func overlap(_ other: Box) -> Double {
            let w = min(maxX, other.maxX) - max(minX, other.minX)
            let h = min(maxY, other.maxY) - max(minY, other.minY)
            return w > 0 && h > 0 ? w * h : 0
        }
    }

    /// The chart as an `<svg>` element.
    /// - Parameter note: a line under the chart (the illustrative-data warning), if any.
    public func svg(note: String? = nil) -> String {
        let left = ScatterChart.plotLeft, top = ScatterChart.plotTop, size = ScatterChart.plotSize
        let right = left + size, bottom = top + size
        let shown = sortedPoints.filter { $0.x.isFinite && $0.y.isFinite }
        let missing = sortedPoints.filter { !($0.x.isFinite && $0.y.isFinite) }
        let height = bottom + (missing.isEmpty ? 56 : 76)
        var doc = SVGDocument(
            width: ScatterChart.width, height: height, idPrefix: idPrefix, title: title,
            description: description ?? generatedDescription)
        ChartParts.title(title, in: &doc)
        var legend: [ChartParts.LegendEntry] = []
        if let focus, let point = shown.first(where: { $0.code == focus }) {
            legend.append(.init(name: point.name, style: .diamond))
            legend.append(.init(name: "Other countries", style: .dot))
        }
        if hasSplits { legend.append(.init(name: "Split at the " + splitName, style: .dashedLine)) }
        if shown.contains(where: isOnTheLine) { legend.append(.init(name: "Within 1 of a split", style: .ring)) }
        ChartParts.legend(legend, y: 52, in: &doc)

        // Grid and axes.
        doc.open("g", ["font-size": ChartStyle.tickSize, "fill": ChartStyle.muted])
        for tick in stride(from: 0.0, through: 100.0, by: 25.0) {
            let x = left + size * tick / 100, y = bottom - size * tick / 100
            doc.element("line", ["x1": x, "y1": top, "x2": x, "y2": bottom, "stroke": ChartStyle.grid, "stroke-width": 1])
            doc.element("line", ["x1": left, "y1": y, "x2": right, "y2": y, "stroke": ChartStyle.grid, "stroke-width": 1])
            doc.element("line", ["x1": x, "y1": bottom, "x2": x, "y2": bottom + 5, "stroke": ChartStyle.axis])
            doc.element("line", ["x1": left - 5, "y1": y, "x2": left, "y2": y, "stroke": ChartStyle.axis])
            let label = SVGDocument.fixed(tick, decimals: 0)
            doc.text(label, x: x, y: bottom + 17, ["text-anchor": "middle"])
            doc.text(label, x: left - 8, y: y + 4, ["text-anchor": "end"])
        }
        doc.close()
        doc.element("rect", [
            "x": left, "y": top, "width": size, "height": size, "fill": "none", "stroke": ChartStyle.axis, "stroke-width": 1,
        ])
        let labelSize = ChartStyle.labelSize
        doc.text(
            ChartStyle.truncate(xAxisTitle, width: size, size: labelSize), x: left + size / 2, y: bottom + 38,
            ["text-anchor": "middle", "font-size": labelSize])
        let yTitleX = 30.0, yTitleY = top + size / 2
        doc.text(
            ChartStyle.truncate(yAxisTitle, width: size, size: labelSize), x: yTitleX, y: yTitleY, [
                "text-anchor": "middle", "font-size": labelSize,
                "transform": "rotate(-90 " + SVGDocument.number(yTitleX) + " " + SVGDocument.number(yTitleY) + ")",
            ])

        // Markers first as obstacles: quadrant names and labels keep clear of them.
        let isFocus = { (point: Point) in focus != nil && point.code == focus }
        let positions = shown.map { ScatterChart.position($0.x, $0.y) }
        var markers: [Box] = []
        for (index, point) in shown.enumerated() {
            let p = positions[index]
            let r = isFocus(point) ? 8.0 : 4.0
            markers.append(Box(minX: p.x - r, minY: p.y - r, maxX: p.x + r, maxY: p.y + r))
        }
        // Texts placed so far (split values, quadrant names, labels): a label must not touch one.
        var texts: [Box] = []

        // Split lines, their values, and the quadrant names in the corners (moved inwards when a
        // point sits in the corner).
        if hasSplits {
            let split = ScatterChart.position(xSplit, ySplit)
            doc.element("line", [
                "x1": split.x, "y1": top, "x2": split.x, "y2": bottom, "stroke": ChartStyle.ink,
                "stroke-width": 1.25, "stroke-dasharray": ChartStyle.dash,
            ])
            doc.element("line", [
                "x1": left, "y1": split.y, "x2": right, "y2": split.y, "stroke": ChartStyle.ink,
                "stroke-width": 1.25, "stroke-dasharray": ChartStyle.dash,
            ])
            let small = 10.0
            let xSplitText = splitName + " " + xSplit.chartText
            let xSplitWidth = ChartStyle.textWidth(xSplitText, size: small)
            doc.text(xSplitText, x: split.x, y: top - 6, [
                "text-anchor": "middle", "font-size": small, "fill": ChartStyle.muted,
            ])
            texts.append(Box(minX: split.x - xSplitWidth / 2, minY: top - 6 - small, maxX: split.x + xSplitWidth / 2, maxY: top - 3))
            let ySplitLines = [splitName, ySplit.chartText]
            doc.text(lines: ySplitLines, x: right + 5, y: split.y - 2, lineHeight: small + 1, [
                "font-size": small, "fill": ChartStyle.muted,
            ])
            let ySplitWidth = ySplitLines.map { ChartStyle.textWidth($0, size: small) }.max() ?? 0
            texts.append(Box(minX: right + 5, minY: split.y - 2 - small, maxX: right + 5 + ySplitWidth, maxY: split.y + small + 2))

            // (name, x at the corner, baseline at the corner, anchor, direction inwards in x and y)
            let corners: [(String, Double, Double, String, Double, Double)] = [
                (quadrantNames.governanceAhead, left + 6, top + 17, "start", 1, 1),
                (quadrantNames.bothHigh, right - 6, top + 17, "end", -1, 1),
                (quadrantNames.bothLow, left + 6, bottom - 8, "start", 1, -1),
                (quadrantNames.developmentAhead, right - 6, bottom - 8, "end", -1, -1),
            ]
            for (name, x0, y0, anchor, dx, dy) in corners {
                let text = ChartStyle.truncate(name, width: size / 2 - 24, size: labelSize, bold: true)
                let w = ChartStyle.textWidth(text, size: labelSize, bold: true)
                func box(_ x: Double, _ y: Double) -> Box {
                    let minX = anchor == "start" ? x : x - w
                    return Box(minX: minX - 2, minY: y - labelSize - 1, maxX: minX + w + 2, maxY: y + 0.24 * labelSize + 1)
                }
                let shifts: [(Double, Double)] = [(0, 0), (14, 0), (0, 16), (14, 16), (0, 32), (28, 0), (28, 32)]
                var best = (x: x0, y: y0, cost: Double.infinity)
                for (sx, sy) in shifts {
                    let x = x0 + dx * sx, y = y0 + dy * sy
                    // A point near the name needs room for its own label too: keep 6 clear.
                    let cost = markers.reduce(0) {
                        $0 + Box(minX: $1.minX - 6, minY: $1.minY - 6, maxX: $1.maxX + 6, maxY: $1.maxY + 6).overlap(box(x, y))
                    }
                    if cost < best.cost { best = (x, y, cost) }
                    if cost == 0 { break }
                }
                texts.append(box(best.x, best.y))
                doc.text(text, x: best.x, y: best.y, [
                    "text-anchor": anchor, "font-size": labelSize, "font-weight": "bold", "font-style": "italic",
                    "fill": ChartStyle.muted, "stroke": "#ffffff", "stroke-width": 3, "paint-order": "stroke",
                ])
            }
        }

        // Points: the others first, the focus on top.
        for (index, point) in shown.enumerated() where !isFocus(point) {
            ChartParts.dot(at: positions[index], in: &doc)
        }
        for (index, point) in shown.enumerated() where isFocus(point) {
            ChartParts.diamond(at: positions[index], size: 7, in: &doc)
        }
        // A point within a point of a split is ringed: its quadrant is not firm.
        for (index, point) in shown.enumerated() where isOnTheLine(point) {
            ChartParts.ring(at: positions[index], radius: isFocus(point) ? 11 : 7, in: &doc)
        }

        // Labels: points drawn at the same place share one label ("AAA/BBB"). The focus first,
        // then by code; each at the first candidate place that overlaps nothing placed before,
        // else at the least bad place clear of every text, else left out.
        var groups: [[Int]] = []
        var groupAt: [String: Int] = [:]
        for index in shown.indices {
            let key = SVGDocument.number(positions[index].x) + "," + SVGDocument.number(positions[index].y)
            if let group = groupAt[key] {
                groups[group].append(index)
            } else {
                groupAt[key] = groups.count
                groups.append([index])
            }
        }
        let order = groups.indices.sorted { a, b in
            let fa = groups[a].contains { isFocus(shown[$0]) }, fb = groups[b].contains { isFocus(shown[$0]) }
            if fa != fb { return fa }
            return a < b
        }
        // Labels may leave the plot into the free strips above it and right of it, and by a few
        // units below it, not into the tick labels left and below.
        let allowed = Box(minX: left + 1, minY: top - 20, maxX: ScatterChart.width - 4, maxY: bottom + 6)
        let crowded = shown.count > ScatterChart.crowded
        var markerGrid = Grid(), textGrid = Grid(), pointGrid = Grid()
        var scratch: [(index: Int, term: Double)] = []
        for (index, box) in markers.enumerated() { markerGrid.insert(index, covering: box) }
        for (index, box) in texts.enumerated() { textGrid.insert(index, covering: box) }
        for (index, p) in positions.enumerated() { pointGrid.insert(index, covering: Box(minX: p.x, minY: p.y, maxX: p.x, maxY: p.y)) }
        for group in order {
            let members = groups[group]
            let focused = members.contains { isFocus(shown[$0]) }
            let fontSize = focused ? 13.0 : 10.5
            let codes = members.map { shown[$0].code }.joined(separator: "/")
            let text = ChartStyle.truncate(codes, width: 120, size: fontSize, bold: focused)
            let w = ChartStyle.textWidth(text, size: fontSize, bold: focused), h = fontSize
            let p = positions[members[0]]
            let gap = focused ? 10.0 : 5.5
            // (x of the text's left edge, baseline, whether a leader line joins it to its point):
            // beside the point first, then further out with a leader line.
            var candidates: [(x: Double, y: Double, leader: Bool)] = []
            for extra in [0.0, 14, 28, 42, 56] {
                let g = gap + extra
                let places: [(Double, Double)] = [
                    (p.x + g, p.y + h * 0.35), (p.x - g - w, p.y + h * 0.35), (p.x - w / 2, p.y - g - 1),
                    (p.x - w / 2, p.y + g + h - 1), (p.x + g - 2, p.y - g + 1), (p.x + g - 2, p.y + g + h - 3),
                    (p.x - g - w + 2, p.y - g + 1), (p.x - g - w + 2, p.y + g + h - 3),
                ]
                candidates += places.map { (x: $0.0, y: $0.1, leader: extra > 0) }
            }
            var best: (x: Double, y: Double, leader: Bool, cost: Double)?
            for candidate in candidates {
                let box = Box.text(x: candidate.x, baseline: candidate.y, width: w, size: h)
                // Covering a text rules a place out; covering a marker costs its area.
                if textGrid.contains(near: box, where: { texts[$0].overlap(box) > 0 }) { continue }
                // Beyond the allowed area costs more than covering a label.
                let outside = ((box.maxX - box.minX) * (box.maxY - box.minY) - box.overlap(allowed)) * 4
                // In a crowded chart a label whose best place costs more than 1 is left out (below):
                // a place with one cost above 1 already is passed over before the sum.
                if crowded && !focused && (outside > 1 || markerGrid.contains(near: box, where: { markers[$0].overlap(box) > 1 })) { continue }
                var cost = markerGrid.sum(near: box, scratch: &scratch) { markers[$0].overlap(box) }
                cost += outside
                // What is still to add only raises the cost: a place already no better than the
                // best is passed over without the search for nearer points.
                let least = candidate.leader ? cost + 1 : cost
                if let best, least >= best.cost { continue }
                if crowded && !focused && least > 1 { continue }
                // A label nearer another point than its own reads as that point's label.
                let own = box.distance(to: p)
                let reach = Box(minX: box.minX - own - 3, minY: box.minY - own - 3, maxX: box.maxX + own + 3, maxY: box.maxY + own + 3)
                let nearer = pointGrid.contains(near: reach) {
                    !members.contains($0) && box.distance(to: positions[$0]) < own + 3
                }
                if nearer { cost += 400 }
                if candidate.leader { cost += 1 }
                if best == nil || cost < best!.cost { best = (candidate.x, candidate.y, candidate.leader, cost) }
                if cost == 0 { break }
            }
            guard let place = best else { continue }
            if place.cost > 1 && crowded && !focused { continue }
            let box = Box.text(x: place.x, baseline: place.y, width: w, size: h)
            textGrid.insert(texts.count, covering: box)
            texts.append(box)
            if place.leader {
                let end = box.nearestPoint(to: p)
                doc.element("line", ["x1": p.x, "y1": p.y, "x2": end.x, "y2": end.y, "stroke": ChartStyle.muted, "stroke-width": 0.75])
            }
            doc.text(text, x: place.x, y: place.y, [
                "font-size": fontSize, "font-weight": focused ? "bold" : "normal",
                "stroke": "#ffffff", "stroke-width": 3, "paint-order": "stroke",
            ])
        }

        if !missing.isEmpty {
            let list = "No data: " + missing.map(\.code).joined(separator: ", ")
            doc.text(ChartStyle.truncate(list, width: ScatterChart.width - 32, size: ChartStyle.tickSize), x: 16, y: bottom + 62, [
                "font-size": ChartStyle.tickSize, "font-style": "italic",
            ])
        }
        return doc.render(note: note)
    }
}
