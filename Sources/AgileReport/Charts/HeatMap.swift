// A correlation heat map: a matrix of values from −1 to 1 on a diverging colour scale.

/// A matrix of correlations drawn as coloured cells, rows labelled on the left and columns on
/// top, each cell with its value written in it and a `<title>` (tooltip) naming its row, column
/// and value. The colour scale diverges from red (−1) through near-white (0) to blue (+1)
/// (ColorBrewer's RdBu, readable with the common colour-vision deficiencies); text on dark cells
/// is white. A missing value is a grey cell with "–". A legend bar under the matrix shows the
/// scale with ticks at −1, −0.5, 0, 0.5 and 1.
///
/// Cells are 64 × 22 from x = 270; the image is at least 640 wide.
///
/// ```swift
/// let chart = HeatMap(
///     title: "Correlations with the pillars and the index",
///     rows: ["D1 AI Research", "D2 AI Infrastructure"], columns: ["P1", "Index"],
///     values: [[0.91, 0.72], [0.85, -0.10]], idPrefix: "correlations")
/// let svg = chart.svg()
/// ```
public struct HeatMap: Sendable {
    public var title: String
    /// The row labels and the (short) column labels.
    public var rows: [String]
    public var columns: [String]
    /// `values[row][column]`, from −1 to 1; NaN when missing.
    public var values: [[Double]]
    /// What the values are, for the legend and the text alternative (e.g. "Pearson's r").
    public var measure: String
    public var idPrefix: String
    /// The text alternative; `nil` writes one from the data.
    public var description: String?

    public init(title: String, rows: [String], columns: [String], values: [[Double]], measure: String = "Pearson's r",
                idPrefix: String = "heatmap", description: String? = nil) {
        self.title = title
        self.rows = rows
        self.columns = columns
        self.values = values
        self.measure = measure
        self.idPrefix = idPrefix
        self.description = description
    }

    static let plotLeft = 270.0
    static let cellWidth = 64.0
    static let cellHeight = 22.0
    static let plotTop = 64.0

    /// The colour stops of the scale, from −1 to 1 (RdBu, 7 classes).
    static let stops: [(value: Double, rgb: (Int, Int, Int))] = [
        (-1, (178, 24, 43)), (-2.0 / 3, (239, 138, 98)), (-1.0 / 3, (253, 219, 199)), (0, (247, 247, 247)),
        (1.0 / 3, (209, 229, 240)), (2.0 / 3, (103, 169, 207)), (1, (33, 102, 172)),
    ]

    /// The colour of a value (clamped to −1…1) as `#rrggbb`, linear between the stops.
    static func colour(_ value: Double) -> String {
        guard value.isFinite else { return "#d9d9d9" }
        let v = min(max(value, -1), 1)
        var upper = 1
        while upper < stops.count - 1 && stops[upper].value < v { upper += 1 }
        let (a, b) = (stops[upper - 1], stops[upper])
        let t = (v - a.value) / (b.value - a.value)
        func mix(_ p: Int, _ q: Int) -> Int { Int((Double(p) + (Double(q) - Double(p)) * t).rounded()) }
        return hex(mix(a.rgb.0, b.rgb.0), mix(a.rgb.1, b.rgb.1), mix(a.rgb.2, b.rgb.2))
    }

    static func hex(_ r: Int, _ g: Int, _ b: Int) -> String {
        let digits = Array("0123456789abcdef")
        return "#" + [r, g, b].map { String(digits[$0 / 16]) + String(digits[$0 % 16]) }.joined()
    }

    /// Whether text on a cell of this value should be white (the cell is dark).
    static func needsLightText(_ value: Double) -> Bool { value.isFinite && abs(value) > 0.6 }

    static func value(_ value: Double) -> String { value.isFinite ? SVGDocument.fixed(value, decimals: 2) : "–" }

    /// The text alternative written from the data.
    public var generatedDescription: String {
        var text = "Heat map of \(measure) between \(rows.count) rows and \(columns.count) columns (\(columns.joined(separator: ", "))): "
        text += rows.indices.map { row in
            rows[row] + " " + columns.indices.map { Self.value(cell(row, $0)) }.joined(separator: ", ")
        }.joined(separator: "; ")
        return text + "."
    }

    private func cell(_ row: Int, _ column: Int) -> Double {
        guard values.indices.contains(row), values[row].indices.contains(column) else { return .nan }
        return values[row][column]
    }

    /// The chart as an `<svg>` element.
    public func svg() -> String {
        let left = HeatMap.plotLeft, top = HeatMap.plotTop
        let cellWidth = HeatMap.cellWidth, cellHeight = HeatMap.cellHeight
        let bottom = top + Double(rows.count) * cellHeight
        let width = max(640, left + Double(columns.count) * cellWidth + 16)
        var doc = SVGDocument(width: width, height: bottom + 76, idPrefix: idPrefix, title: title,
                              description: description ?? generatedDescription)
        ChartParts.title(title, in: &doc)
        let size = ChartStyle.labelSize
        for (column, name) in columns.enumerated() {
            let text = ChartStyle.truncate(name, width: cellWidth - 4, size: size, bold: true)
            doc.text(text, x: left + (Double(column) + 0.5) * cellWidth, y: top - 8,
                     ["text-anchor": "middle", "font-size": size, "font-weight": "bold"])
        }
        for (row, name) in rows.enumerated() {
            let rowTop = top + Double(row) * cellHeight
            doc.text(ChartStyle.truncate(name, width: left - 26, size: size), x: left - 10, y: rowTop + cellHeight / 2 + 4,
                     ["text-anchor": "end", "font-size": size])
            for column in columns.indices {
                let value = cell(row, column)
                let x = left + Double(column) * cellWidth
                doc.open("g")
                doc.element("title", text: "\(name) × \(columns[column]): \(measure) \(HeatMap.value(value))")
                doc.element("rect", [
                    "class": "cell", "x": x, "y": rowTop, "width": cellWidth, "height": cellHeight,
                    "fill": HeatMap.colour(value), "stroke": "#ffffff", "stroke-width": 1,
                ])
                doc.text(HeatMap.value(value), x: x + cellWidth / 2, y: rowTop + cellHeight / 2 + 4, [
                    "text-anchor": "middle", "font-size": ChartStyle.tickSize,
                    "fill": HeatMap.needsLightText(value) ? "#ffffff" : ChartStyle.ink,
                ])
                doc.close()
            }
        }
        // The legend: the scale as 40 steps, ticks every 0.5.
        let legendLeft = left, legendWidth = min(320.0, width - left - 16), legendTop = bottom + 22
        doc.text(measure, x: legendLeft - 10, y: legendTop + 10, ["text-anchor": "end", "font-size": size])
        let steps = 40
        for step in 0..<steps {
            let value = -1 + 2 * (Double(step) + 0.5) / Double(steps)
            doc.element("rect", [
                "x": legendLeft + legendWidth * Double(step) / Double(steps), "y": legendTop,
                "width": legendWidth / Double(steps) + 0.3, "height": 12, "fill": HeatMap.colour(value),
            ])
        }
        doc.element("rect", ["x": legendLeft, "y": legendTop, "width": legendWidth, "height": 12, "fill": "none",
                             "stroke": ChartStyle.axis, "stroke-width": 0.75])
        doc.open("g", ["font-size": ChartStyle.tickSize, "fill": ChartStyle.muted, "text-anchor": "middle"])
        for tick in [-1.0, -0.5, 0, 0.5, 1] {
            let x = legendLeft + legendWidth * (tick + 1) / 2
            doc.element("line", ["x1": x, "y1": legendTop + 12, "x2": x, "y2": legendTop + 17, "stroke": ChartStyle.axis, "stroke-width": 1])
            doc.text(tick == 0 ? "0" : SVGDocument.number(tick), x: x, y: legendTop + 29)
        }
        doc.close()
        return doc.render()
    }
}
