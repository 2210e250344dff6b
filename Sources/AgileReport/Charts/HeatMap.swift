// A grid of coloured cells: rows × columns of rates or correlations, with a colour legend.

/// A heat map: one row per row label (a model), one column per column label (a risk
/// dimension), each cell coloured on its ``Scale`` (rates 0–1, or correlations −1…1) and
/// labelled with its value; a missing value (NaN) is a hatched cell reading "–".
///
/// Rows are 26 high below the column header; columns are at least 64 wide and share what is
/// left of 760; column labels too long for their column are turned 40°. Cell text turns white
/// (or black) where the chart's ink would read under 4.5:1 (WCAG AA). Each cell is a `<g>` of a
/// `<title>` tooltip with its row, column, value and note (e.g. `n 67, 95 % CI 33–49 %`), the
/// `<rect>` and the label, marked `data-cell-label` (the browser check reads its contrast
/// against the rect's fill).
///
/// ```swift
/// let map = HeatMap(
///     title: "VESTA: attack success rate by risk dimension (lower is safer)",
///     rows: ["GPT-4o", "Claude-Haiku-4.5"], columns: ["Goal", "Autonomy"],
///     values: [[0.41, 0.52], [0.22, .nan]], scale: .rate(higherIsBetter: false),
///     idPrefix: "usa-vesta")
/// let svg = map.svg()
/// ```
public struct HeatMap: Sendable {
    /// How values map to colours: colour stops from the lowest value to the highest, linear
    /// (in RGB) between them; values outside are clamped.
    public struct Scale: Sendable, Hashable {
        /// One colour stop.
        public struct Stop: Sendable, Hashable {
            public var value: Double
            public var colour: RGB

            public init(_ value: Double, _ colour: RGB) {
                self.value = value
                self.colour = colour
            }
        }

        /// At least two stops, in increasing value.
        public var stops: [Stop]
        /// What the two ends mean, for the legend (e.g. `0 % (safer)`, `−1`).
        public var lowLabel: String
        public var highLabel: String
        /// Whether cells read as percentages of a 0–1 rate (`41 %`) rather than two decimals.
        public var percent: Bool

        public init(stops: [Stop], lowLabel: String, highLabel: String, percent: Bool) {
            precondition(stops.count >= 2, "a colour scale needs two stops")
            self.stops = stops
            self.lowLabel = lowLabel
            self.highLabel = highLabel
            self.percent = percent
        }

        /// Rates 0–1 written as percentages: dark red is the unsafe end (an ASR's high values,
        /// or an accuracy's low values), pale yellow the good end.
        public static func rate(higherIsBetter: Bool) -> Scale {
            let good = RGB(255, 247, 214), bad = RGB(165, 15, 21)
            return higherIsBetter
                ? Scale(stops: [Stop(0, bad), Stop(1, good)], lowLabel: "0 % (worse)", highLabel: "100 % (better)", percent: true)
                : Scale(stops: [Stop(0, good), Stop(1, bad)], lowLabel: "0 % (safer)", highLabel: "100 % (less safe)", percent: true)
        }

        /// Correlations −1…1 on ColorBrewer's diverging RdBu (7 classes): red for −1, near
        /// white for 0, blue for +1; readable with the common colour-vision deficiencies.
        public static let correlation = Scale(
            stops: [
                Stop(-1, RGB(178, 24, 43)), Stop(-2.0 / 3, RGB(239, 138, 98)), Stop(-1.0 / 3, RGB(253, 219, 199)),
                Stop(0, RGB(247, 247, 247)), Stop(1.0 / 3, RGB(209, 229, 240)), Stop(2.0 / 3, RGB(103, 169, 207)),
                Stop(1, RGB(33, 102, 172)),
            ],
            lowLabel: "−1", highLabel: "+1", percent: false)

        /// The colour of a value.
        func colour(_ value: Double) -> RGB {
            let v = Swift.min(Swift.max(value, stops[0].value), stops[stops.count - 1].value)
            var upper = 1
            while upper < stops.count - 1 && stops[upper].value < v { upper += 1 }
            let (a, b) = (stops[upper - 1], stops[upper])
            let t = b.value == a.value ? 0 : (v - a.value) / (b.value - a.value)
            return a.colour.mixed(with: b.colour, t)
        }

        func text(_ value: Double) -> String {
            percent ? SVGDocument.fixed(value * 100, decimals: 0) + " %" : SVGDocument.fixed(value, decimals: 2)
        }
    }

    /// A colour in sRGB.
    public struct RGB: Sendable, Hashable {
        public var red, green, blue: Double

        public init(_ red: Double, _ green: Double, _ blue: Double) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        func mixed(with other: RGB, _ t: Double) -> RGB {
            RGB(red + (other.red - red) * t, green + (other.green - green) * t, blue + (other.blue - blue) * t)
        }

        /// `#rrggbb`.
        var hex: String {
            let digits = Array("0123456789abcdef")
            return "#" + [red, green, blue].map { component in
                let byte = Int(Swift.min(Swift.max(component, 0), 255).rounded())
                return String([digits[byte / 16], digits[byte % 16]])
            }.joined()
        }

        /// The relative luminance of WCAG 2 (0 black … 1 white).
        var luminance: Double {
            func linear(_ c: Double) -> Double {
                let s = Swift.min(Swift.max(c, 0), 255).rounded() / 255
                return s <= 0.04045 ? s / 12.92 : ChartStyle.power((s + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
        }

        /// The WCAG 2 contrast ratio of the two colours (1 … 21).
        func contrast(with other: RGB) -> Double {
            let (a, b) = (luminance, other.luminance)
            return (Swift.max(a, b) + 0.05) / (Swift.min(a, b) + 0.05)
        }
    }

    /// The colour of a cell's label: the chart's ink, else white, when either reads at WCAG AA
    /// (4.5:1) on `fill`; else black or white, whichever contrasts more (one of them always
    /// reaches 4.58:1).
    static func labelColour(on fill: RGB) -> String {
        let ink = RGB(0x22, 0x22, 0x22), white = RGB(255, 255, 255), black = RGB(0, 0, 0)
        if fill.contrast(with: ink) >= 4.5 { return ChartStyle.ink }
        if fill.contrast(with: white) >= 4.5 { return "#ffffff" }
        return fill.contrast(with: black) >= fill.contrast(with: white) ? "#000000" : "#ffffff"
    }

    public var title: String
    public var rows: [String]
    public var columns: [String]
    /// `values[row][column]`; NaN for no data.
    public var values: [[Double]]
    /// `notes[row][column]`, shown in the cell's tooltip and the text alternative (e.g. `n 67`).
    public var notes: [[String]]
    public var scale: Scale
    public var idPrefix: String
    /// The text alternative; `nil` writes one from the data.
    public var description: String?

    public init(
        title: String, rows: [String], columns: [String], values: [[Double]], notes: [[String]] = [],
        scale: Scale, idPrefix: String = "heatmap", description: String? = nil
    ) {
        self.title = title
        self.rows = rows
        self.columns = columns
        self.values = values
        self.notes = notes
        self.scale = scale
        self.idPrefix = idPrefix
        self.description = description
    }

    static let width = 760.0
    static let labelWidth = 170.0
    static let maximumLabelWidth = 400.0
    static let maximumTurnedLabel = 320.0
    static let rowHeight = 26.0

    func value(_ row: Int, _ column: Int) -> Double {
        guard values.indices.contains(row), values[row].indices.contains(column), values[row][column].isFinite else { return .nan }
        return values[row][column]
    }

    func note(_ row: Int, _ column: Int) -> String {
        guard notes.indices.contains(row), notes[row].indices.contains(column) else { return "" }
        return notes[row][column]
    }

    /// The text alternative: ``description`` when given, else ``generatedDescription``.
    public var alternative: String { description ?? generatedDescription }

    /// The text alternative written from the data.
    public var generatedDescription: String {
        var text = "Heat map of \(rows.count) row\(rows.count == 1 ? "" : "s") by \(columns.count) column\(columns.count == 1 ? "" : "s"). "
        text += rows.indices.map { row in
            rows[row] + ": " + columns.indices.map { column in
                let value = value(row, column)
                let note = note(row, column)
                return columns[column] + " " + (value.isFinite ? scale.text(value) : "no data") + (note.isEmpty ? "" : " (\(note))")
            }.joined(separator: ", ")
        }.joined(separator: "; ")
        return text + "."
    }

    /// The chart as an `<svg>` element.
    /// - Parameter note: a line under the chart (the illustrative-data warning), if any.
    public func svg(note: String? = nil) -> String {
        // The row labels' column is as wide as the longest label needs (up to 400).
        let widestRow = rows.map { ChartStyle.textWidth($0, size: ChartStyle.labelSize) }.max() ?? 0
        let left = Swift.min(Swift.max(HeatMap.labelWidth, widestRow + 20), HeatMap.maximumLabelWidth)
        let columnWidth = columns.isEmpty ? 64 : Swift.max(64, ((HeatMap.width - 16 - left) / Double(columns.count)).rounded(.down))
        let size = ChartStyle.tickSize
        // Labels that fit in three lines of the column's width stand upright; otherwise all
        // column labels are turned 40°, whole up to 320 wide.
        let headerLines = columns.map { ChartStyle.wrap($0, width: columnWidth - 6, size: size, maxLines: 3) }
        let rotated = zip(columns, headerLines).contains { column, lines in
            lines.joined(separator: " ").count < column.count || lines.contains { $0.hasSuffix("…") }
                || column.split(separator: " ").contains { ChartStyle.textWidth(String($0), size: size) > columnWidth - 6 }
        }
        let rotatedLabels = columns.map { ChartStyle.truncate($0, width: HeatMap.maximumTurnedLabel, size: size) }
        let longest = rotatedLabels.map { ChartStyle.textWidth($0, size: size) }.max() ?? 0
        // A turned label reaches right of its column's centre by its width · cos 40°.
        let overhang = rotated ? Swift.max(0, longest * 0.766 - columnWidth / 2) : 0
        // Wide enough for the title at 13 (up to 1200): a long title widens the image, which
        // scales to its column, rather than being cut.
        let titleWidth = Swift.min(ChartStyle.textWidth(title, size: 13, bold: true) + 32, 1200)
        let width = Swift.max(HeatMap.width, left + columnWidth * Double(columns.count) + overhang + 16, titleWidth)
        let headerHeight = rotated ? longest * 0.643 + 16 : Double(headerLines.map(\.count).max() ?? 1) * (size + 2) + 8
        let top = 44 + headerHeight
        let bottom = top + Double(Swift.max(rows.count, 1)) * HeatMap.rowHeight
        let height = bottom + 56
        var doc = SVGDocument(width: width, height: height, idPrefix: idPrefix, title: title, description: alternative)
        ChartParts.title(title, in: &doc)
        doc.open("defs")
        doc.open("pattern", ["id": doc.id("none"), "width": 6, "height": 6, "patternUnits": "userSpaceOnUse", "patternTransform": "rotate(45)"])
        doc.element("rect", ["width": 6, "height": 6, "fill": "#ffffff"])
        doc.element("line", ["x1": 0, "y1": 0, "x2": 0, "y2": 6, "stroke": ChartStyle.grid, "stroke-width": 2])
        doc.close()
        doc.open("linearGradient", ["id": doc.id("scale"), "x1": 0, "y1": 0, "x2": 1, "y2": 0])
        let (first, last) = (scale.stops[0].value, scale.stops[scale.stops.count - 1].value)
        for stop in scale.stops {
            doc.element("stop", ["offset": last == first ? 0 : (stop.value - first) / (last - first), "stop-color": stop.colour.hex])
        }
        doc.close()
        doc.close()
        for (column, lines) in headerLines.enumerated() {
            let x = left + columnWidth * (Double(column) + 0.5)
            if rotated {
                let y = top - 8
                doc.text(rotatedLabels[column], x: x, y: y, [
                    "text-anchor": "start", "font-size": size,
                    "transform": "rotate(-40 \(SVGDocument.number(x)) \(SVGDocument.number(y)))",
                ], fullText: columns[column])
            } else {
                let baseline = top - 6 - Double(lines.count - 1) * (size + 2)
                doc.text(lines: lines, x: x, y: baseline, lineHeight: size + 2, ["text-anchor": "middle", "font-size": size])
            }
        }
        if rows.isEmpty {
            doc.text("No data", x: left, y: top + 18, ["font-size": ChartStyle.labelSize, "font-style": "italic"])
        }
        for (row, label) in rows.enumerated() {
            let y = top + Double(row) * HeatMap.rowHeight
            doc.text(ChartStyle.truncate(label, width: left - 20, size: ChartStyle.labelSize), x: left - 10, y: y + 17,
                     ["text-anchor": "end", "font-size": ChartStyle.labelSize], fullText: label)
            for column in columns.indices {
                let x = left + Double(column) * columnWidth
                let value = value(row, column)
                let note = self.note(row, column)
                let fill = value.isFinite ? scale.colour(value) : nil
                doc.open("g")
                doc.element("title", text: "\(label) — \(columns[column]): " + (value.isFinite ? scale.text(value) : "no data") + (note.isEmpty ? "" : " (\(note))"))
                doc.element("rect", [
                    "x": x + 1, "y": y + 1, "width": columnWidth - 2, "height": HeatMap.rowHeight - 2,
                    "fill": fill?.hex ?? "url(#\(doc.id("none")))", "stroke": "#ffffff", "stroke-width": 1,
                ])
                doc.text(value.isFinite ? scale.text(value) : "–", x: x + columnWidth / 2, y: y + 17, [
                    "text-anchor": "middle", "font-size": size,
                    "fill": fill.map(HeatMap.labelColour) ?? ChartStyle.ink, "data-cell-label": "",
                ])
                doc.close()
            }
        }
        // Legend: the colour ramp with its two ends, and the no-data swatch.
        let legendY = bottom + 22
        doc.element("rect", ["x": left, "y": legendY - 10, "width": 200, "height": 12, "fill": "url(#\(doc.id("scale")))", "stroke": ChartStyle.axis, "stroke-width": 0.5])
        doc.text(scale.lowLabel, x: left, y: legendY + 18, ["font-size": size])
        doc.text(scale.highLabel, x: left + 200, y: legendY + 18, ["font-size": size, "text-anchor": "end"])
        doc.element("rect", ["x": left + 240, "y": legendY - 10, "width": 24, "height": 12, "fill": "url(#\(doc.id("none")))", "stroke": ChartStyle.axis, "stroke-width": 0.5])
        doc.text("no data", x: left + 270, y: legendY, ["font-size": size])
        return doc.render(note: note)
    }
}
