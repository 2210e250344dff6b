// Sobol indices of a sensitivity analysis: first-order and total index per input, with bounds.

/// Two horizontal bars per uncertain input, the first-order index (light) above the total index
/// (dark), each with its bootstrap 5–95 % bounds as a whisker and its value written right of
/// the whisker. The axis runs from 0 to 1, widened to take any estimate or bound outside it
/// (estimates can fall a little below 0 or above 1 by sampling error).
///
/// The plot starts at x = 170 and is 400 wide; rows are 52 high from y = 72.
///
/// ```swift
/// let chart = SobolChart(
///     title: "Sobol indices of the mean absolute rank shift",
///     inputs: [
///         .init(name: "Weights", firstOrder: 0.42, firstOrderBounds: 0.35...0.49, total: 0.61, totalBounds: 0.55...0.68),
///         .init(name: "Aggregation", firstOrder: 0.30, firstOrderBounds: 0.24...0.37, total: 0.52, totalBounds: 0.47...0.58),
///     ],
///     idPrefix: "sobol")
/// let svg = chart.svg()
/// ```
public struct SobolChart: Sendable {
    /// One input's indices and their bounds.
    public struct Input: Sendable, Hashable {
        public var name: String
        public var firstOrder: Double
        public var firstOrderBounds: ClosedRange<Double>
        public var total: Double
        public var totalBounds: ClosedRange<Double>

        public init(name: String, firstOrder: Double, firstOrderBounds: ClosedRange<Double>, total: Double, totalBounds: ClosedRange<Double>) {
            self.name = name
            self.firstOrder = firstOrder
            self.firstOrderBounds = firstOrderBounds
            self.total = total
            self.totalBounds = totalBounds
        }
    }

    public var title: String
    public var inputs: [Input]
    public var idPrefix: String
    /// The text alternative; `nil` writes one from the data.
    public var description: String?

    public init(title: String, inputs: [Input], idPrefix: String = "sobol", description: String? = nil) {
        self.title = title
        self.inputs = inputs
        self.idPrefix = idPrefix
        self.description = description
    }

    static let width = 640.0
    static let plotLeft = 170.0
    static let plotWidth = 400.0
    static let plotTop = 72.0
    static let rowHeight = 52.0
    /// The fill of the total-index bars: dark enough for white to read on, distinct in grey.
    static let totalFill = "#2b5d8f"

    /// The text alternative written from the data.
    public var generatedDescription: String {
        var text = "Sobol indices per uncertain input, first-order (Si) and total (STi), with bootstrap 5–95 % bounds: "
        text += inputs.map { input in
            "\(input.name) Si \(Self.value(input.firstOrder)) (\(Self.value(input.firstOrderBounds.lowerBound))–\(Self.value(input.firstOrderBounds.upperBound))), "
                + "STi \(Self.value(input.total)) (\(Self.value(input.totalBounds.lowerBound))–\(Self.value(input.totalBounds.upperBound)))"
        }.joined(separator: "; ")
        return text + "."
    }

    static func value(_ value: Double) -> String { value.isFinite ? SVGDocument.fixed(value, decimals: 2) : "–" }

    /// The axis: from min(0, lowest) to max(1, highest), each rounded out to a tenth.
    var domain: ClosedRange<Double> {
        let values = inputs.flatMap { [$0.firstOrder, $0.total, $0.firstOrderBounds.lowerBound, $0.firstOrderBounds.upperBound,
                                       $0.totalBounds.lowerBound, $0.totalBounds.upperBound] }.filter(\.isFinite)
        let low = min(0, ((values.min() ?? 0) * 10).rounded(.down) / 10)
        let high = max(1, ((values.max() ?? 1) * 10).rounded(.up) / 10)
        return low...high
    }

    /// The chart as an `<svg>` element.
    /// - Parameter note: a line under the chart (the illustrative-data warning), if any.
    public func svg(note: String? = nil) -> String {
        let left = SobolChart.plotLeft, plotWidth = SobolChart.plotWidth, top = SobolChart.plotTop
        let rowHeight = SobolChart.rowHeight
        let bottom = top + Double(max(inputs.count, 1)) * rowHeight + 4
        var doc = SVGDocument(width: SobolChart.width, height: bottom + 48, idPrefix: idPrefix, title: title,
                              description: description ?? generatedDescription)
        ChartParts.title(title, in: &doc)
        ChartParts.legend([
            .init(name: "First-order Si", style: .bar), .init(name: "Total STi", style: .filledBar(fill: SobolChart.totalFill)),
            .init(name: "Bootstrap 5–95 %", style: .whisker),
        ], y: 52, in: &doc)
        let domain = self.domain
        func x(_ value: Double) -> Double {
            left + plotWidth * (min(max(value, domain.lowerBound), domain.upperBound) - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        }
        let ticks = ChartParts.ticks(low: domain.lowerBound, high: domain.upperBound, count: 10).map { ($0, SVGDocument.number($0)) }
        ChartParts.axis(ticks: ticks, position: x, left: left, width: plotWidth, top: top, bottom: bottom,
                        title: "Share of the variance of the mean absolute rank shift", in: &doc)
        if inputs.isEmpty {
            doc.text("No uncertain input", x: left + plotWidth / 2, y: top + 20, [
                "text-anchor": "middle", "font-size": ChartStyle.labelSize, "font-style": "italic",
            ])
            return doc.render(note: note)
        }
        let size = ChartStyle.labelSize
        for (row, input) in inputs.enumerated() {
            let rowTop = top + Double(row) * rowHeight
            let lines = ChartStyle.wrap(input.name, width: left - 26, size: size, maxLines: 2)
            let centre = rowTop + rowHeight / 2
            doc.text(lines: lines, x: left - 10, y: centre + 4 - Double(lines.count - 1) * (size + 1) / 2, lineHeight: size + 1,
                     ["text-anchor": "end", "font-size": size, "font-weight": "bold"])
            let bars: [(String, Double, ClosedRange<Double>, String, Double)] = [
                ("Si", input.firstOrder, input.firstOrderBounds, ChartStyle.accentLight, rowTop + 8),
                ("STi", input.total, input.totalBounds, SobolChart.totalFill, rowTop + 26),
            ]
            for (name, value, bounds, fill, barTop) in bars {
                doc.open("g")
                doc.element("title", text: "\(input.name): \(name) \(SobolChart.value(value)), 5–95 % \(SobolChart.value(bounds.lowerBound))–\(SobolChart.value(bounds.upperBound))")
                let zero = x(0)
                if value.isFinite {
                    let end = x(value)
                    doc.element("rect", [
                        "class": name == "Si" ? "first-order" : "total", "x": min(zero, end), "y": barTop, "width": abs(end - zero),
                        "height": 16, "fill": fill, "stroke": ChartStyle.ink, "stroke-width": 0.75,
                    ])
                }
                var textX = value.isFinite ? max(zero, x(value)) + 6 : zero + 6
                if bounds.lowerBound.isFinite && bounds.upperBound.isFinite {
                    ChartParts.whisker(from: x(bounds.lowerBound), to: x(bounds.upperBound), y: barTop + 8, in: &doc)
                    textX = max(textX, x(bounds.upperBound) + 6)
                }
                doc.text("\(name) \(SobolChart.value(value))", x: textX, y: barTop + 12, ["font-size": ChartStyle.tickSize])
                doc.close()
            }
        }
        doc.element("line", ["x1": x(0), "y1": top, "x2": x(0), "y2": bottom, "stroke": ChartStyle.axis, "stroke-width": 1])
        return doc.render(note: note)
    }
}
