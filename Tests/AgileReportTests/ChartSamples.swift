// Sample data for the chart tests and the sample images.

import AgileReport

enum ChartSamples {
    static let pillars = [
        "AI Development Level", "AI Governance Environment", "AI Governance Instruments", "AI Governance Effectiveness",
    ]

    static let countries: [(code: String, name: String, development: Double, governance: Double, total: Double)] = [
        ("USA", "United States", 92.0, 61.5, 70.2),
        ("CHN", "China", 85.1, 62.0, 68.5),
        ("SGP", "Singapore", 55.2, 72.4, 66.1),
        ("CAN", "Canada", 48.7, 66.3, 61.9),
        ("DEU", "Germany", 52.3, 63.8, 60.4),
        ("GBR", "United Kingdom", 58.9, 64.1, 60.0),
        ("FRA", "France", 50.2, 59.7, 57.3),
        ("JPN", "Japan", 49.8, 55.0, 54.8),
        ("ITA", "Italy", 30.4, 52.6, 47.1),
        ("ARE", "United Arab Emirates", 35.5, 56.1, 49.9),
        ("IND", "India", 40.3, 38.9, 42.0),
        ("BRA", "Brazil", 28.1, 41.2, 39.5),
        ("RUS", "Russian Federation", 33.0, 25.4, 31.8),
        ("ZAF", "South Africa", 18.6, 36.0, 30.1),
    ]

    static var radar: RadarChart {
        RadarChart(
            title: "Germany: pillar scores, AGILE Index 2024", axes: pillars,
            series: ChartSeries(name: "Germany", values: [52.3, 71.0, 66.4, 54.0]),
            reference: ChartSeries(name: "Median of 14 countries", values: [45.0, 58.2, 52.5, 49.9]),
            idPrefix: "deu-pillars")
    }

    static var radarEight: RadarChart {
        RadarChart(
            title: "Germany: eight dimensions (one missing)",
            axes: [
                "Strategy and Planning", "Governance Bodies", "Ethics and Impact Assessment", "Technical Standards",
                "Legislation", "International Cooperation", "Public Understanding and Trust",
                "AI Safety Research and Evaluation",
            ],
            series: ChartSeries(name: "Germany", values: [80, 66.7, .nan, 100, 45, 92.5, 38.2, 20]),
            reference: ChartSeries(name: "Median", values: [60, 50, 50, 75, 33.3, 80, 45, .nan]),
            idPrefix: "deu-p3")
    }

    static var bars: BarChart {
        BarChart(
            title: "Germany: AI Governance Instruments by dimension",
            categories: [
                "Strategy and Planning", "Governance Bodies", "Ethics and Impact Assessment", "Technical Standards",
                "Legislation", "International Cooperation",
            ],
            series: ChartSeries(name: "Germany", values: [80, 66.7, .nan, 100, 45, 0]),
            reference: ChartSeries(name: "Median of 14 countries", values: [60, 70, 50, 75, 46, 80]),
            idPrefix: "deu-p3-bars")
    }

    static var ranking: RankingChart {
        RankingChart(
            title: "AGILE Index 2024: total score",
            entries: countries.map { .init(code: $0.code, name: $0.name, value: $0.total) },
            focus: "DEU", axisTitle: "AGILE Index score (0–100)", idPrefix: "deu-ranking")
    }

    /// 200 made-up countries with deterministic scores, some names long, a few missing.
    static var largeRanking: RankingChart {
        let stems = ["Northland", "Republic of Examplia", "Saint Placeholder and the Sample Islands", "Testovia", "Ur"]
        var entries: [RankingChart.Entry] = []
        var state: UInt64 = 42
        for index in 0..<200 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let value = index % 67 == 5 ? Double.nan : Double(state >> 11) / Double(1 << 53) * 100
            let code = "C" + String(index, radix: 10).leftPadded(3)
            entries.append(.init(code: code, name: stems[index % stems.count] + " " + String(index), value: value))
        }
        return RankingChart(
            title: "200 countries: total score", entries: entries, focus: "C042",
            axisTitle: "Score (0–100)", idPrefix: "big-ranking")
    }

    static var scatter: ScatterChart {
        ScatterChart(
            title: "Development and governance, AGILE Index 2024",
            points: countries.map { .init(code: $0.code, name: $0.name, x: $0.development, y: $0.governance) }
                + [.init(code: "XKX", name: "Nowhere", x: .nan, y: 50)],
            focus: "DEU", xSplit: 48.7, ySplit: 57.9, splitName: "median", idPrefix: "deu-match")
    }

    /// 120 made-up points, clustered, to see the label placement.
    static var crowdedScatter: ScatterChart {
        var points: [ScatterChart.Point] = []
        var state: UInt64 = 7
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        for index in 0..<120 {
            let x = 20 + 60 * next(), y = x * 0.6 + 30 * next()
            points.append(.init(code: "K" + String(index).leftPadded(2), name: "Country \(index)", x: x, y: y))
        }
        return ScatterChart(
            title: "120 countries", points: points, focus: "K07", xSplit: 50, ySplit: 45, idPrefix: "crowded")
    }

    /// Long names on three axes, and values at the corners of a scatter: nothing may be clipped.
    static var radarLong: RadarChart {
        RadarChart(
            title: "Three long axes with a rather long title that goes on and on until it has to stop somewhere",
            axes: [
                "Development of the national artificial intelligence research and innovation ecosystem",
                "Governance instruments: strategy, bodies, ethics, standards, legislation, cooperation",
                "Effectiveness",
            ],
            series: ChartSeries(name: "The Democratic Republic of a Very Long Country Name", values: [100, 0, 100]),
            reference: ChartSeries(name: "Median of all 193 member states of the United Nations", values: [50, 50, 50]),
            idPrefix: "long")
    }

    static var scatterEdges: ScatterChart {
        ScatterChart(
            title: "Points at the edges",
            points: [
                .init(code: "TOP", name: "Top right", x: 100, y: 100), .init(code: "ZER", name: "Origin", x: 0, y: 0),
                .init(code: "TLF", name: "Top left", x: 0, y: 100), .init(code: "BRT", name: "Bottom right", x: 100, y: 0),
                .init(code: "OUT", name: "Beyond", x: 120, y: -5), .init(code: "MID", name: "Middle", x: 50, y: 50),
            ],
            focus: "TOP", xSplit: 50, ySplit: 50, idPrefix: "edges")
    }

    /// The sample countries in order with intervals widening in the middle of the ranking.
    static var intervals: RankIntervalChart {
        RankIntervalChart(
            title: "Rank intervals over 1 000 replications",
            entries: countries.enumerated().map { place, country in
                let rank = Double(place + 1), spread = Double(min(place, 13 - place) / 2)
                return .init(code: country.code, name: country.name, nominal: rank, median: min(14, rank + (place == 4 ? 1 : 0)),
                             low: max(1, rank - spread), high: min(14, rank + spread))
            },
            idPrefix: "intervals")
    }

    /// 200 countries: compact rows, every n-th labelled.
    static var largeIntervals: RankIntervalChart {
        RankIntervalChart(
            title: "Rank intervals, 200 countries",
            entries: (1...200).map { rank in
                let r = Double(rank), spread = Double(rank % 9)
                return .init(code: "C" + String(rank).leftPadded(3), name: "Country \(rank)", nominal: r, median: r,
                             low: max(1, r - spread), high: min(200, r + spread))
            },
            idPrefix: "intervals-200")
    }

    static var sobol: SobolChart {
        SobolChart(
            title: "Sobol indices of the mean absolute rank shift",
            inputs: [
                .init(name: "Winsorisation limit", firstOrder: -0.02, firstOrderBounds: -0.05...0.01, total: 0.03, totalBounds: 0.02...0.05),
                .init(name: "Normalisation", firstOrder: 0.21, firstOrderBounds: 0.12...0.3, total: 0.38, totalBounds: 0.33...0.44),
                .init(name: "Weights", firstOrder: 0.12, firstOrderBounds: 0.05...0.2, total: 0.25, totalBounds: 0.21...0.3),
                .init(name: "Aggregation", firstOrder: 0.35, firstOrderBounds: 0.26...0.44, total: 0.58, totalBounds: 0.52...0.65),
            ],
            idPrefix: "sobol")
    }

    static var weights: WeightShareChart {
        WeightShareChart(
            title: "Pillars: declared and effective shares of the index",
            rows: [
                .init(label: "P1 " + pillars[0], declared: 0.25, implied: 0.25, correlation: 0.301, flags: []),
                .init(label: "P2 " + pillars[1], declared: 0.25, implied: 0.26, correlation: 0.11, flags: ["r² share"]),
                .init(label: "P3 " + pillars[2], declared: 0.25, implied: 0.24, correlation: 0.333, flags: []),
                .init(label: "P4 " + pillars[3], declared: 0.25, implied: .nan, correlation: 0.02, flags: ["r² share", "negative r"]),
            ],
            idPrefix: "weights")
    }

    static var heatMap: HeatMap {
        HeatMap(
            title: "Correlations with the pillars and the index",
            rows: pillars.enumerated().map { "P\($0.offset + 1) \($0.element)" }, columns: ["P1", "P2", "P3", "P4", "Index"],
            values: [
                [1, 0.31, 0.77, 0.74, 0.9], [0.31, 1, 0.73, 0.13, 0.6], [0.77, 0.73, 1, -0.62, 0.95], [0.74, 0.13, -0.62, 1, .nan],
            ],
            scale: .correlation, idPrefix: "correlations")
    }

    static var all: [(name: String, svg: String)] {
        [
            ("radar", radar.svg()), ("radar-eight", radarEight.svg()), ("bars", bars.svg()),
            ("ranking", ranking.svg()), ("ranking-200", largeRanking.svg()), ("scatter", scatter.svg()),
            ("scatter-crowded", crowdedScatter.svg()), ("radar-long", radarLong.svg()),
            ("scatter-edges", scatterEdges.svg()), ("intervals", intervals.svg()), ("intervals-200", largeIntervals.svg()),
            ("sobol", sobol.svg()), ("weights", weights.svg()), ("heat-map", heatMap.svg()),
            ("dots", dots.svg(note: dotsNote)), ("dots-200", largeDots.svg()),
        ]
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
