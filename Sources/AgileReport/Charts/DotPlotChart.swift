// The distribution of one indicator's scores: a dot per country, dots of close values stacked.

/// A stacked dot plot (Wilkinson's): every country one dot on a horizontal score axis, dots that
/// fall in the same bin (one dot wide) stacked upwards, so ties and clusters read as columns.
/// A dot's mark says how its value came about: a filled dot was observed, an open ring imputed,
/// a square changed by outlier treatment; a dashed line marks the median. Every dot carries a
/// `<title>` with its country and figures (a tooltip) and the class `dot`; no dot is labelled, so
/// no text can collide, but a stack of 10 or more is topped by its count.
///
/// The dots are as large as the densest bin allows (10 down to 3 units wide, at most 160 units of
/// stacks); a bin fuller than that at the smallest size is laid out as a block of columns
/// centred on it. The plot starts at x = 40 and is 560 wide.
///
/// ```swift
/// let chart = DotPlotChart(
///     title: "I14 Public trust in AI: normalised scores",
///     dots: [
///         .init(code: "USA", name: "United States", value: 100, detail: "United States: 61 %, score 100.0"),
///         .init(code: "CHN", name: "China", value: 0, mark: .imputed),
///     ],
///     median: 50, idPrefix: "i14-dots")
/// let svg = chart.svg()
/// ```
public struct DotPlotChart: Sendable {
    /// How a value came about, which its mark shows.
    public enum Mark: Sendable, Hashable {
        /// Observed: a filled dot.
        case observed
        /// Imputed: an open ring.
        case imputed
        /// Changed by outlier treatment (winsorised or log-transformed): a square.
        case treated
    }

    /// One country: its code, its name, its score (not finite: not drawn), its mark, and the
    /// tooltip of its dot (its name and score when empty).
    public struct Dot: Sendable, Hashable {
        public var code: String
        public var name: String
        public var value: Double
        public var mark: Mark
        public var detail: String

        public init(code: String, name: String, value: Double, mark: Mark = .observed, detail: String = "") {
            self.code = code
            self.name = name
            self.value = value
            self.mark = mark
            self.detail = detail
        }
    }

    public var title: String
    public var dots: [Dot]
    /// The median to mark (not finite: none).
    public var median: Double
    /// The axis: 0–100 unless a value lies outside it, then widened to the values.
    public var domain: ClosedRange<Double>
    /// The title of the score axis.
    public var axisTitle: String
    public var idPrefix: String
    /// The text alternative; `nil` writes one from the data.
    public var description: String?

    public init(
        title: String, dots: [Dot], median: Double = .nan, domain: ClosedRange<Double> = 0...100,
        axisTitle: String = "Normalised score (0–100, higher is better)", idPrefix: String = "dots", description: String? = nil
    ) {
        self.title = title
        self.dots = dots
        self.median = median
        self.domain = domain
        self.axisTitle = axisTitle
        self.idPrefix = idPrefix
        self.description = description
    }

    static let width = 640.0
    static let plotLeft = 40.0
    static let plotWidth = 560.0
    /// The tallest stack, in user units.
    static let stackLimit = 160.0
    /// The dot sizes tried, largest first.
    static let diameters: [Double] = [10, 9, 8, 7, 6, 5, 4, 3.5, 3]
    /// A stack this tall or taller is labelled with its count.
    static let countedStack = 10

    /// The dots with a score, lowest first (ties by code).
    var drawn: [Dot] {
        dots.filter { $0.value.isFinite }.sorted { $0.value != $1.value ? $0.value < $1.value : $0.code < $1.code }
    }

    /// The axis range: ``domain`` widened to every drawn value.
    var axisRange: ClosedRange<Double> {
        let values = drawn.map(\.value)
        let low = min(domain.lowerBound, values.min() ?? domain.lowerBound)
        let high = max(domain.upperBound, values.max() ?? domain.upperBound)
        return high > low ? low...high : low...(low + 1)
    }

    /// The text alternative written from the data.
    public var generatedDescription: String {
        let drawn = self.drawn
        let missing = dots.count - drawn.count
        var text = "Dot plot of the scores of \(drawn.count) " + (drawn.count == 1 ? "country" : "countries") + ", one dot each"
        guard let lowest = drawn.first, let highest = drawn.last else {
            return text + ": no country has a score" + (missing > 0 ? " (\(missing) without one)." : ".")
        }
        func named(_ value: Double) -> String {
            let names = drawn.filter { $0.value == value }.map(\.name)
            return names.count <= 3 ? names.joined(separator: ", ") : names.prefix(2).joined(separator: ", ") + " and \(names.count - 2) more"
        }
        text += ": lowest \(SVGDocument.fixed(lowest.value)) (\(named(lowest.value))), highest \(SVGDocument.fixed(highest.value)) (\(named(highest.value)))"
        if median.isFinite { text += ", median \(SVGDocument.fixed(median))" }
        let imputed = drawn.filter { $0.mark == .imputed }.count, treated = drawn.filter { $0.mark == .treated }.count
        if imputed > 0 { text += "; \(imputed) imputed (rings)" }
        if treated > 0 { text += "; \(treated) changed by outlier treatment (squares)" }
        if missing > 0 { text += "; \(missing) without a score, not shown" }
        return text + "."
    }

    /// Where each drawn dot goes: its centre, in the order of ``drawn``, and the dot size.
    struct Layout {
        var diameter: Double
        var centres: [(x: Double, y: Double)]
        /// Each stack of at least ``countedStack`` dots: its middle, its count and its height.
        var counted: [(x: Double, count: Int, height: Double)]
        /// The height of the stacks (at least 40).
        var height: Double
    }

    /// The stacks, from `baseline` upwards.
    func layout(baseline: Double) -> Layout {
        let drawn = self.drawn
        let range = axisRange
        let left = DotPlotChart.plotLeft, width = DotPlotChart.plotWidth
        func bins(_ diameter: Double) -> (count: Int, of: [Int]) {
            let count = max(1, Int(width / diameter))
            return (count, drawn.map { dot in
                let share = (dot.value - range.lowerBound) / (range.upperBound - range.lowerBound)
                return min(count - 1, max(0, Int(share * Double(count))))
            })
        }
        func tallest(_ of: [Int], _ count: Int) -> Int {
            var sizes = [Int](repeating: 0, count: count)
            for bin in of { sizes[bin] += 1 }
            return sizes.max() ?? 0
        }
        var diameter = DotPlotChart.diameters.last!
        var chosen = bins(diameter)
        for candidate in DotPlotChart.diameters {
            let trial = bins(candidate)
            if Double(tallest(trial.of, trial.count)) * candidate <= DotPlotChart.stackLimit {
                diameter = candidate
                chosen = trial
                break
            }
        }
        let binWidth = width / Double(chosen.count)
        let rows = max(1, Int(DotPlotChart.stackLimit / diameter))
        var members = [[Int]](repeating: [], count: chosen.count)
        for (index, bin) in chosen.of.enumerated() { members[bin].append(index) }
        var centres = [(x: Double, y: Double)](repeating: (0, 0), count: drawn.count)
        var tallestStack = 0
        var counted: [(x: Double, count: Int, height: Double)] = []
        for (bin, indices) in members.enumerated() where !indices.isEmpty {
            let columns = (indices.count + rows - 1) / rows
            let perColumn = (indices.count + columns - 1) / columns
            tallestStack = max(tallestStack, perColumn)
            // The block stays inside the plot.
            let blockWidth = Double(columns) * diameter
            let middle = min(max(left + (Double(bin) + 0.5) * binWidth, left + blockWidth / 2), left + width - blockWidth / 2)
            if indices.count >= DotPlotChart.countedStack {
                counted.append((middle, indices.count, Double(perColumn) * diameter))
            }
            for (position, index) in indices.enumerated() {
                let column = position / perColumn, level = position % perColumn
                let x = middle + (Double(column) - Double(columns - 1) / 2) * diameter
                centres[index] = (x, baseline - diameter / 2 - Double(level) * diameter)
            }
        }
        return Layout(diameter: diameter, centres: centres, counted: counted, height: max(40, Double(tallestStack) * diameter))
    }

    /// The chart as an `<svg>` element.
    /// - Parameter note: a line under the chart (the illustrative-data warning), if any.
    public func svg(note: String? = nil) -> String {
        let drawn = self.drawn
        let left = DotPlotChart.plotLeft, plotWidth = DotPlotChart.plotWidth
        // Lay out once against a baseline of 0, then move the stacks down under the top (and
        // the counts of tall stacks, when there are any).
        let layout = self.layout(baseline: 0)
        let top = layout.counted.isEmpty ? 70.0 : 84.0
        let bottom = top + layout.height + 8
        let baseline = bottom - 4
        var doc = SVGDocument(
            width: DotPlotChart.width, height: bottom + 48, idPrefix: idPrefix, title: title,
            description: description ?? generatedDescription)
        ChartParts.title(title, in: &doc)
        var legend: [ChartParts.LegendEntry] = [.init(name: "Observed", style: .dot)]
        if drawn.contains(where: { $0.mark == .imputed }) { legend.append(.init(name: "Imputed", style: .ring)) }
        if drawn.contains(where: { $0.mark == .treated }) { legend.append(.init(name: "Outlier-treated", style: .square)) }
        if median.isFinite { legend.append(.init(name: "Median \(SVGDocument.fixed(median))", style: .dashedTick)) }
        ChartParts.legend(legend, y: 52, in: &doc)
        let range = axisRange
        func x(_ value: Double) -> Double { left + plotWidth * (value - range.lowerBound) / (range.upperBound - range.lowerBound) }
        let tickValues = range == 0...100 ? Array(stride(from: 0.0, through: 100, by: 25)) : ChartParts.ticks(low: range.lowerBound, high: range.upperBound, count: 8)
        let ticks = tickValues.map { ($0, SVGDocument.fixed($0, decimals: tickValues.allSatisfy { $0 == $0.rounded() } ? 0 : 1)) }
        ChartParts.axis(ticks: ticks, position: x, left: left, width: plotWidth, top: top, bottom: bottom, title: axisTitle, in: &doc)
        if drawn.isEmpty {
            doc.text("No data", x: left + plotWidth / 2, y: top + 24, [
                "text-anchor": "middle", "font-size": ChartStyle.labelSize, "font-style": "italic",
            ])
            return doc.render(note: note)
        }
        if median.isFinite {
            let m = x(median)
            doc.element("line", [
                "class": "median", "x1": m, "y1": top, "x2": m, "y2": bottom, "stroke": ChartStyle.ink,
                "stroke-width": 1.5, "stroke-dasharray": "3 2",
            ])
        }
        let radius = layout.diameter / 2
        for (index, dot) in drawn.enumerated() {
            let centre = (x: layout.centres[index].x, y: layout.centres[index].y + baseline)
            doc.open("g", ["class": "dot"])
            doc.element("title", text: dot.detail.isEmpty ? "\(dot.name): \(SVGDocument.fixed(dot.value))" : dot.detail)
            switch dot.mark {
            case .observed:
                doc.element("circle", [
                    "cx": centre.x, "cy": centre.y, "r": radius, "fill": ChartStyle.muted, "stroke": "#ffffff", "stroke-width": 0.75,
                ])
            case .imputed:
                doc.element("circle", [
                    "cx": centre.x, "cy": centre.y, "r": max(radius - 0.6, 1), "fill": "#ffffff", "stroke": ChartStyle.ink, "stroke-width": 1.2,
                ])
            case .treated:
                let side = max(layout.diameter - 1.5, 2)
                doc.element("rect", [
                    "x": centre.x - side / 2, "y": centre.y - side / 2, "width": side, "height": side,
                    "fill": "#ffffff", "stroke": ChartStyle.ink, "stroke-width": 1.2,
                ])
            }
            doc.close()
        }
        // The count above each tall stack, unless it would run into the one before or out of
        // the image.
        var free = 4.0
        for stack in layout.counted {
            let label = String(stack.count)
            let half = ChartStyle.textWidth(label, size: ChartStyle.tickSize) / 2
            guard stack.x - half >= free, stack.x + half <= DotPlotChart.width - 4 else { continue }
            doc.text(label, x: stack.x, y: baseline - stack.height - 4, [
                "class": "count", "font-size": ChartStyle.tickSize, "text-anchor": "middle", "fill": ChartStyle.muted,
            ])
            free = stack.x + half + 4
        }
        return doc.render(note: note)
    }
}
