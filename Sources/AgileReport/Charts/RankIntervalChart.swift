// Rank intervals of an uncertainty analysis: per country its nominal rank, median and 5–95 % range.

/// One row per country, in the order given (nominal rank order), on a rank axis with rank 1 at
/// the left: a bar from the 5th to the 95th percentile rank, a dark tick at the median and a
/// circle at the nominal rank. Every row carries a `<title>` with its figures (a tooltip), and
/// every bar the class `interval`.
///
/// Up to 40 countries every row is labelled with its nominal rank and name; with more, rows get
/// compact (at least 3.5 high) and only every n-th is labelled. The plot starts at x = 220 and
/// is 390 wide.
///
/// ```swift
/// let chart = RankIntervalChart(
///     title: "Rank intervals over 1,000 replications",
///     entries: [
///         .init(code: "USA", name: "United States", nominal: 1, median: 1, low: 1, high: 2),
///         .init(code: "CHN", name: "China", nominal: 2, median: 2, low: 1, high: 3),
///     ],
///     idPrefix: "intervals")
/// let svg = chart.svg()
/// ```
public struct RankIntervalChart: Sendable {
    /// One country: its nominal rank, median rank and 5th (`low`) and 95th (`high`) percentile rank.
    public struct Entry: Sendable, Hashable {
        public var code: String
        public var name: String
        public var nominal: Double
        public var median: Double
        public var low: Double
        public var high: Double

        public init(code: String, name: String, nominal: Double, median: Double, low: Double, high: Double) {
            self.code = code
            self.name = name
            self.nominal = nominal
            self.median = median
            self.low = low
            self.high = high
        }
    }

    public var title: String
    public var entries: [Entry]
    /// The title of the rank axis.
    public var axisTitle: String
    public var idPrefix: String
    /// The text alternative; `nil` writes one from the data.
    public var description: String?

    public init(title: String, entries: [Entry], axisTitle: String = "Rank (1 = first)", idPrefix: String = "intervals", description: String? = nil) {
        self.title = title
        self.entries = entries
        self.axisTitle = axisTitle
        self.idPrefix = idPrefix
        self.description = description
    }

    static let width = 640.0
    static let plotLeft = 220.0
    static let plotWidth = 390.0
    static let fullLimit = 40

    /// The text alternative written from the data.
    public var generatedDescription: String {
        var text = "Rank intervals of \(entries.count) " + (entries.count == 1 ? "country" : "countries")
        text += ", in nominal order: for each, the nominal rank, the median rank and the 5th to 95th percentile. "
        text += entries.map { entry in
            "\(entry.name) \(Self.rank(entry.nominal)) (median \(Self.rank(entry.median)), \(Self.rank(entry.low))–\(Self.rank(entry.high)))"
        }.joined(separator: "; ")
        return text + "."
    }

    /// The tooltip of a row.
    static func summary(_ entry: Entry) -> String {
        "\(entry.name): nominal rank \(rank(entry.nominal)), median \(rank(entry.median)), 5–95 %: \(rank(entry.low))–\(rank(entry.high))"
    }

    /// A rank as read: whole without decimals, otherwise one decimal; "–" when missing.
    static func rank(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        return value == value.rounded() ? SVGDocument.fixed(value, decimals: 0) : SVGDocument.fixed(value, decimals: 1)
    }

    /// The chart as an `<svg>` element.
    /// - Parameter note: a line under the chart (the illustrative-data warning), if any.
    public func svg(note: String? = nil) -> String {
        let n = entries.count
        let full = n <= RankIntervalChart.fullLimit
        let rowHeight = full ? 20.0 : min(max(700.0 / Double(max(n, 1)), 3.5), 12)
        let barHeight = full ? 10.0 : max(rowHeight * 0.6, 2)
        let labelSize = full ? 11.0 : 9.5
        let labelEvery = full ? 1 : Int((labelSize + 2.5) / rowHeight) + 1
        let left = RankIntervalChart.plotLeft, plotWidth = RankIntervalChart.plotWidth
        let top = 70.0
        let bottom = top + Double(max(n, 1)) * rowHeight + 4
        var doc = SVGDocument(
            width: RankIntervalChart.width, height: bottom + 48, idPrefix: idPrefix, title: title,
            description: description ?? generatedDescription)
        ChartParts.title(title, in: &doc)
        ChartParts.legend([
            .init(name: "Nominal rank", style: .circle), .init(name: "Median", style: .solidTick),
            .init(name: "5th–95th percentile", style: .bar),
        ], y: 52, in: &doc)
        let highest = max(2, entries.map { max($0.nominal, $0.high).isFinite ? max($0.nominal, $0.high) : 1 }.max() ?? 2, Double(n))
        func x(_ rank: Double) -> Double { left + 8 + (plotWidth - 16) * (rank - 1) / (highest - 1) }
        let ticks = ([1.0] + ChartParts.ticks(low: 1, high: highest, count: 15).filter { $0 > 1 }).map { ($0, SVGDocument.fixed($0, decimals: 0)) }
        ChartParts.axis(ticks: ticks, position: x, left: left, width: plotWidth, top: top, bottom: bottom, title: axisTitle, in: &doc)
        if entries.isEmpty {
            doc.text("No data", x: left + plotWidth / 2, y: top + 14, [
                "text-anchor": "middle", "font-size": ChartStyle.labelSize, "font-style": "italic",
            ])
            return doc.render(note: note)
        }
        for (index, entry) in entries.enumerated() {
            let centre = top + (Double(index) + 0.5) * rowHeight
            doc.open("g")
            doc.element("title", text: RankIntervalChart.summary(entry))
            if index % labelEvery == 0 {
                let baseline = centre + labelSize * 0.35
                doc.text(RankIntervalChart.rank(entry.nominal), x: 44, y: baseline, ["text-anchor": "end", "font-size": labelSize])
                doc.text(ChartStyle.truncate(entry.name, width: left - 62, size: labelSize), x: 52, y: baseline, ["font-size": labelSize])
            }
            if entry.low.isFinite && entry.high.isFinite {
                // At least 4 wide, so that a point interval still shows.
                let (from, to) = (x(entry.low), x(entry.high))
                let width = max(to - from, 4)
                doc.element("rect", [
                    "class": "interval", "x": (from + to - width) / 2, "y": centre - barHeight / 2, "width": width, "height": barHeight,
                    "fill": ChartStyle.accentLight, "stroke": ChartStyle.ink, "stroke-width": 0.75,
                ])
            }
            if entry.median.isFinite {
                ChartParts.tick(at: (x(entry.median), centre), height: barHeight + 6, in: &doc)
            }
            if entry.nominal.isFinite {
                ChartParts.circle(at: (x(entry.nominal), centre), radius: full ? 4.5 : max(rowHeight * 0.35, 1.5), in: &doc)
            }
            doc.close()
        }
        return doc.render(note: note)
    }
}
