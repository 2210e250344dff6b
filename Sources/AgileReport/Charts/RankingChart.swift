// All countries as horizontal bars sorted by score, the focus country marked three ways.

/// A ranking of countries (up to about 200) as horizontal bars on a 0–100 scale, sorted from the
/// highest score down (ties by name, missing values last). The focus country has a hatched bar,
/// a bold label and a triangle marker, so it stands out without colour.
///
/// Up to 40 countries every row is labelled with its rank and name and the value at the bar's
/// end. With more, rows get compact (at least 3.5 high) and only every n-th row and the focus
/// are labelled, with their values in a column right of the plot; the axis is labelled on top too.
/// The plot starts at x = 230 and is 340 wide.
///
/// ```swift
/// let chart = RankingChart(
///     title: "AGILE Index 2024: total score",
///     entries: [
///         .init(code: "USA", name: "United States", value: 70.2),
///         .init(code: "CHN", name: "China", value: 68.5),
///         .init(code: "DEU", name: "Germany", value: 52.3),
///     ],
///     focus: "DEU", axisTitle: "AGILE Index score (0–100)", idPrefix: "deu-ranking")
/// let svg = chart.svg()
/// ```
public struct RankingChart: Sendable {
    /// One country: its code (to name the focus), its name (the label) and its score.
    public struct Entry: Sendable, Hashable {
        public var code: String
        public var name: String
        public var value: Double

        public init(code: String, name: String, value: Double) {
            self.code = code
            self.name = name
            self.value = value
        }
    }

    public var title: String
    public var entries: [Entry]
    /// The code of the country to emphasise, if any.
    public var focus: String?
    /// The title of the x axis.
    public var axisTitle: String
    public var idPrefix: String
    /// The text alternative; `nil` writes one from the data.
    public var description: String?

    public init(
        title: String, entries: [Entry], focus: String? = nil, axisTitle: String = "Score (0–100)",
        idPrefix: String = "ranking", description: String? = nil
    ) {
        self.title = title
        self.entries = entries
        self.focus = focus
        self.axisTitle = axisTitle
        self.idPrefix = idPrefix
        self.description = description
    }

    static let width = 640.0
    static let plotLeft = 230.0
    static let plotWidth = 340.0
    static let fullLimit = 40

    /// The entries in chart order with their rank (1 + the number of higher scores; `nil` when missing).
    var ranked: [(entry: Entry, rank: Int?)] {
        let sorted = entries.sorted { a, b in
            switch (a.value.isFinite, b.value.isFinite) {
            case (true, false): return true
            case (false, true): return false
            case (true, true) where a.value != b.value: return a.value > b.value
            default: return (a.name, a.code) < (b.name, b.code)
            }
        }
        var result: [(entry: Entry, rank: Int?)] = []
        result.reserveCapacity(sorted.count)
        for (index, entry) in sorted.enumerated() {
            guard entry.value.isFinite else {
                result.append((entry, nil))
                continue
            }
            if index > 0, let previous = result.last, previous.entry.value == entry.value {
                result.append((entry, previous.rank))
            } else {
                result.append((entry, index + 1))
            }
        }
        return result
    }

    /// The text alternative written from the data.
    public var generatedDescription: String {
        let ranked = self.ranked
        let scored = ranked.filter { $0.rank != nil }
        var text = "Ranking of \(entries.count) " + (entries.count == 1 ? "country" : "countries")
        text += " on a 0 to 100 scale."
        if let focus {
            if let row = ranked.first(where: { $0.entry.code == focus }) {
                if let rank = row.rank {
                    text += " " + row.entry.name + " ranks \(rank) of \(scored.count) with " + row.entry.value.chartText + "."
                } else {
                    text += " " + row.entry.name + ": no data."
                }
            }
        }
        if let first = scored.first, let last = scored.last {
            text += " Highest: " + first.entry.name + " " + first.entry.value.chartText
            text += "; lowest: " + last.entry.name + " " + last.entry.value.chartText + "."
        }
        let missing = ranked.filter { $0.rank == nil }.map(\.entry.name)
        if !missing.isEmpty { text += " No data: " + missing.joined(separator: ", ") + "." }
        return text
    }

    /// The chart as an `<svg>` element.
    /// - Parameter note: a line under the chart (the illustrative-data warning), if any.
    public func svg(note: String? = nil) -> String {
        let rows = ranked
        let n = rows.count
        let full = n <= RankingChart.fullLimit
        let rowHeight = full ? 18.0 : min(max(600.0 / Double(max(n, 1)), 3.5), 12)
        let barHeight = full ? 12.0 : max(rowHeight * 0.7, 2.5)
        let labelSize = full ? 11.0 : 9.5
        let labelEvery = full ? 1 : Int((labelSize + 2.5) / rowHeight) + 1
        let left = RankingChart.plotLeft, plotWidth = RankingChart.plotWidth
        let top = full ? 68.0 : 86.0
        let bottom = top + Double(max(n, 1)) * rowHeight + 4
        var doc = SVGDocument(
            width: RankingChart.width, height: bottom + 48, idPrefix: idPrefix, title: title,
            description: description ?? generatedDescription)
        let hatch = doc.id("hatch")
        doc.open("defs")
        doc.open("pattern", [
            "id": hatch, "patternUnits": "userSpaceOnUse", "width": 6, "height": 6,
            "patternTransform": "rotate(45)",
        ])
        doc.element("rect", ["x": 0, "y": 0, "width": 6, "height": 6, "fill": "#ffffff"])
        doc.element("line", ["x1": 0, "y1": 0, "x2": 0, "y2": 6, "stroke": ChartStyle.accent, "stroke-width": 3])
        doc.close()
        doc.close()

        ChartParts.title(title, in: &doc)
        if let focus, let row = rows.first(where: { $0.entry.code == focus }) {
            ChartParts.legend([
                .init(name: row.entry.name, style: .hatchedBar(patternID: hatch)),
                .init(name: "Other countries", style: .neutralBar),
            ], y: 52, in: &doc)
        }
        ChartParts.scoreAxis(
            left: left, width: plotWidth, top: top, bottom: bottom, title: axisTitle, labelsAbove: !full, in: &doc)
        if rows.isEmpty {
            doc.text("No data", x: left + plotWidth / 2, y: top + 14, [
                "text-anchor": "middle", "font-size": ChartStyle.labelSize, "font-style": "italic",
            ])
            return doc.render(note: note)
        }

        let focusRows = Set(rows.indices.filter { rows[$0].entry.code == focus && focus != nil })
        // Rows labelled: every n-th, and the focus with its neighbours left out to keep it clear.
        var labelled = Set(rows.indices.filter { $0 % labelEvery == 0 })
        for row in focusRows {
            for near in (row - labelEvery + 1)..<(row + labelEvery) where near != row { labelled.remove(near) }
        }
        labelled.formUnion(focusRows)

        // Bars of the other countries first, then the focus on top.
        doc.open("g", ["fill": ChartStyle.neutralBar])
        for (index, row) in rows.enumerated() where !focusRows.contains(index) && row.entry.value.isFinite {
            let centre = top + (Double(index) + 0.5) * rowHeight
            doc.element("rect", [
                "x": left, "y": centre - barHeight / 2, "width": plotWidth * row.entry.value.clampedScore / 100,
                "height": barHeight,
            ])
        }
        doc.close()
        for index in focusRows.sorted() where rows[index].entry.value.isFinite {
            let centre = top + (Double(index) + 0.5) * rowHeight
            let height = max(barHeight, 9)
            doc.element("rect", [
                "x": left, "y": centre - height / 2, "width": plotWidth * rows[index].entry.value.clampedScore / 100,
                "height": height, "fill": "url(#\(hatch))", "stroke": ChartStyle.ink, "stroke-width": 1.25,
            ])
        }

        // Labels: rank, name (bold for the focus), value; the focus gets a triangle.
        let valueColumn = left + plotWidth + 8
        for index in labelled.sorted() {
            let row = rows[index]
            let isFocus = focusRows.contains(index)
            let centre = top + (Double(index) + 0.5) * rowHeight
            let baseline = centre + labelSize * 0.35
            let weight = isFocus ? "bold" : "normal"
            if isFocus { ChartParts.triangle(at: (20, centre), size: 10, in: &doc) }
            if let rank = row.rank {
                doc.text(String(rank), x: 54, y: baseline, [
                    "text-anchor": "end", "font-size": labelSize, "font-weight": weight,
                ])
            }
            let name = ChartStyle.truncate(row.entry.name, width: left - 70, size: labelSize, bold: isFocus)
            doc.text(name, x: 60, y: baseline, ["font-size": labelSize, "font-weight": weight])
            let valueText = row.entry.value.chartText
            let x: Double
            if full {
                x = left + (row.entry.value.isFinite ? plotWidth * row.entry.value.clampedScore / 100 : 0) + 5
            } else {
                x = valueColumn
            }
            doc.text(valueText, x: x, y: baseline, [
                "font-size": labelSize, "font-weight": weight,
                "font-style": row.entry.value.isFinite ? "normal" : "italic",
            ])
        }
        return doc.render(note: note)
    }
}
