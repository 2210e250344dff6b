// Declared against effective weights: per node its declared, implied and correlation share.

/// Grouped lollipops of how much each node (pillar, dimension) counts in the index: per row,
/// each on its own lane, a white square at the declared share, a blue circle at the implied
/// share (missing children dropped, siblings re-scaled) and a dark triangle at the correlation
/// share (r² normalised over the level), each on a thin line from 0. Flagged divergences are
/// named in a column on the right, and the row's label is bold.
///
/// The plot starts at x = 220 and is 290 wide, on a percentage axis from 0 to the largest
/// share rounded up; the flag column starts at x = 522. Rows are 32 high.
///
/// ```swift
/// let chart = WeightShareChart(
///     title: "Pillars: declared and effective shares of the index",
///     rows: [
///         .init(label: "P1 AI Development Level", declared: 0.25, implied: 0.26, correlation: 0.41, flags: []),
///         .init(label: "P4 AI Governance Effectiveness", declared: 0.25, implied: 0.24, correlation: 0.05, flags: ["r² share", "weak r"]),
///     ],
///     idPrefix: "weights-pillars")
/// let svg = chart.svg()
/// ```
public struct WeightShareChart: Sendable {
    /// One node: its label, its three shares (0–1; NaN when unknown) and the names of its flags.
    public struct Row: Sendable, Hashable {
        public var label: String
        public var declared: Double
        public var implied: Double
        public var correlation: Double
        public var flags: [String]

        public init(label: String, declared: Double, implied: Double, correlation: Double, flags: [String]) {
            self.label = label
            self.declared = declared
            self.implied = implied
            self.correlation = correlation
            self.flags = flags
        }
    }

    public var title: String
    public var rows: [Row]
    public var idPrefix: String
    /// The text alternative; `nil` writes one from the data.
    public var description: String?

    public init(title: String, rows: [Row], idPrefix: String = "weights", description: String? = nil) {
        self.title = title
        self.rows = rows
        self.idPrefix = idPrefix
        self.description = description
    }

    static let width = 640.0
    static let plotLeft = 220.0
    static let plotWidth = 290.0
    static let plotTop = 70.0
    static let rowHeight = 32.0

    /// The text alternative written from the data.
    public var generatedDescription: String {
        var text = "Share of the index per node, declared, implied and by correlation: "
        text += rows.map { row in
            var part = "\(row.label) \(Self.percent(row.declared)), \(Self.percent(row.implied)), \(Self.percent(row.correlation))"
            if !row.flags.isEmpty { part += " (flagged: \(row.flags.joined(separator: ", ")))" }
            return part
        }.joined(separator: "; ")
        return text + "."
    }

    static func percent(_ share: Double) -> String { share.isFinite ? SVGDocument.fixed(share * 100, decimals: 1) + " %" : "–" }

    /// The top of the axis: the largest share in percent, rounded up to a multiple of 5 (at least 5).
    var axisMaximum: Double {
        let largest = rows.flatMap { [$0.declared, $0.implied, $0.correlation] }.filter(\.isFinite).max() ?? 0
        return max(5, (largest * 100 / 5).rounded(.up) * 5)
    }

    /// The chart as an `<svg>` element.
    /// - Parameter note: a line under the chart (the illustrative-data warning), if any.
    public func svg(note: String? = nil) -> String {
        let left = WeightShareChart.plotLeft, plotWidth = WeightShareChart.plotWidth, top = WeightShareChart.plotTop
        let rowHeight = WeightShareChart.rowHeight
        let bottom = top + Double(max(rows.count, 1)) * rowHeight + 4
        var doc = SVGDocument(width: WeightShareChart.width, height: bottom + 48, idPrefix: idPrefix, title: title,
                              description: description ?? generatedDescription)
        ChartParts.title(title, in: &doc)
        ChartParts.legend([
            .init(name: "Declared", style: .square), .init(name: "Implied", style: .circle), .init(name: "Correlation (r²)", style: .marker),
        ], y: 52, in: &doc)
        let maximum = axisMaximum
        func x(_ share: Double) -> Double { left + plotWidth * min(max(share * 100, 0), maximum) / maximum }
        let ticks = ChartParts.ticks(low: 0, high: maximum, count: 5).map { ($0 / 100, SVGDocument.number($0) + " %") }
        ChartParts.axis(ticks: ticks, position: x, left: left, width: plotWidth, top: top, bottom: bottom,
                        title: "Share of the index", in: &doc)
        let flagColumn = left + plotWidth + 12
        doc.text("Flags", x: flagColumn, y: top - 4, ["font-size": ChartStyle.tickSize, "font-weight": "bold"])
        let size = ChartStyle.labelSize
        for (index, row) in rows.enumerated() {
            let centre = top + (Double(index) + 0.5) * rowHeight
            let flagged = !row.flags.isEmpty
            doc.open("g")
            doc.element("title", text: "\(row.label): declared \(Self.percent(row.declared)), implied \(Self.percent(row.implied)), correlation \(Self.percent(row.correlation))"
                        + (flagged ? "; flags: \(row.flags.joined(separator: ", "))" : ""))
            if index % 2 == 1 {
                doc.element("rect", ["x": 12, "y": centre - rowHeight / 2, "width": WeightShareChart.width - 24, "height": rowHeight,
                                     "fill": "#f2f2f2", "fill-opacity": 0.6])
            }
            let lines = ChartStyle.wrap(row.label, width: left - 26, size: size, maxLines: 2, bold: flagged)
            doc.text(lines: lines, x: left - 10, y: centre + 4 - Double(lines.count - 1) * (size + 1) / 2, lineHeight: size + 1,
                     ["text-anchor": "end", "font-size": size, "font-weight": flagged ? "bold" : "normal"])
            // Three lollipops, one lane each: declared above, implied in the middle, correlation below.
            let lanes: [(Double, Double)] = [(row.declared, -8), (row.implied, 0), (row.correlation, 8)]
            for (lane, (share, offset)) in lanes.enumerated() where share.isFinite {
                let y = centre + offset
                doc.element("line", ["x1": x(0), "y1": y, "x2": x(share), "y2": y, "stroke": ChartStyle.axis, "stroke-width": 1])
                switch lane {
                case 0: ChartParts.square(at: (x(share), y), size: 8, in: &doc)
                case 1: ChartParts.circle(at: (x(share), y), radius: 4, in: &doc)
                default: ChartParts.upTriangle(at: (x(share), y), size: 9, in: &doc)
                }
            }
            if flagged {
                let lines = ChartStyle.wrap(row.flags.joined(separator: ", "), width: WeightShareChart.width - flagColumn - 8, size: ChartStyle.tickSize, maxLines: 2)
                doc.text(lines: lines, x: flagColumn, y: centre + 4 - Double(lines.count - 1) * (ChartStyle.tickSize + 1) / 2,
                         lineHeight: ChartStyle.tickSize + 1, ["font-size": ChartStyle.tickSize, "font-style": "italic"])
            }
            doc.close()
        }
        return doc.render(note: note)
    }
}
