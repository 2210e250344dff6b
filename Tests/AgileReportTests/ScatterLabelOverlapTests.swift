// Scatter labels never overlap as a browser lays them out: each label's box is DejaVu Sans's
// whole line box (what the browser check of `make test` measures), not a tighter guess.

import AgileReport
import Testing

@Suite struct ScatterLabelOverlapTests {
    /// Advance widths of DejaVu Sans (units of 2048 per em, from DejaVuSans.ttf's hmtx) of the
    /// characters of country codes; its line box is 1901 units above the baseline, 483 below.
    static let advance: [Character: Double] = [
        "A": 1401, "B": 1405, "C": 1430, "D": 1577, "E": 1294, "F": 1178, "G": 1587, "H": 1540, "I": 604,
        "J": 604, "K": 1343, "L": 1141, "M": 1767, "N": 1532, "O": 1612, "P": 1235, "Q": 1612, "R": 1423,
        "S": 1300, "T": 1251, "U": 1499, "V": 1401, "W": 2025, "X": 1403, "Y": 1251, "Z": 1403, "/": 690,
    ]

    /// The box a browser gives a label set with its left edge at `x` on baseline `y`. A bold label
    /// is taken 26 % wider (DejaVu Sans Bold's "I" over the regular one, the largest ratio among
    /// capitals), so the test errs towards finding an overlap.
    static func box(_ label: XMLNode) -> (minX: Double, minY: Double, maxX: Double, maxY: Double) {
        let size = label.number("font-size")!, x = label.number("x")!, y = label.number("y")!
        let bold = label.attributes["font-weight"] == "bold" ? 1.26 : 1
        let width = label.allText.reduce(0) { $0 + (advance[$1] ?? 2048) } / 2048 * size * bold
        return (x, y - 1901.0 / 2048 * size, x + width, y + 483.0 / 2048 * size)
    }

    /// The 2025 sample's development and governance scores (Reports/2025: 40 countries, medians
    /// 54.3 and 56.9), where "SAU" was set over "ESP" on every page and "JPN" over "EGY" on Japan's.
    static let sample2025: [ScatterChart.Point] = ([

        ("ARE", 54.770, 49.220), ("ARG", 8.366, 12.664), ("AUS", 74.073, 78.068), ("BRA", 42.886, 36.259), ("CAN", 70.368, 71.448),
        ("CHE", 75.898, 76.473), ("CHN", 86.298, 88.150), ("CZE", 34.952, 36.009), ("DEU", 72.600, 80.982), ("DNK", 53.818, 51.702),
        ("EGY", 71.030, 77.541), ("ESP", 16.664, 20.250), ("FIN", 15.177, 18.848), ("FRA", 52.934, 77.755), ("GBR", 79.257, 82.511),
        ("IDN", 58.868, 59.407), ("IND", 54.943, 56.695), ("IRL", 10.598, 10.868), ("ISR", 49.057, 56.243), ("ITA", 52.023, 59.616),
        ("JPN", 64.086, 71.450), ("KEN", 24.434, 33.659), ("KOR", 63.248, 61.391), ("MEX", 26.877, 25.555), ("MYS", 17.707, 21.391),
        ("NGA", 55.084, 60.266), ("NLD", 81.895, 83.659), ("NOR", 49.466, 48.170), ("NZL", 61.720, 60.889), ("PHL", 16.450, 13.148),
        ("POL", 44.182, 44.973), ("RUS", 36.216, 39.900), ("SAU", 16.648, 14.736), ("SGP", 72.155, 64.386), ("SWE", 64.061, 69.632),
        ("THA", 62.880, 69.534), ("TUR", 40.282, 40.580), ("USA", 92.436, 94.945), ("VNM", 58.986, 57.177), ("ZAF", 34.641, 30.895),
    ] as [(String, Double, Double)]).map { ScatterChart.Point(code: $0.0, name: $0.0, x: $0.1, y: $0.2) }

    /// Pairs of labels whose boxes overlap (by more than 0.01 in both directions).
    static func overlaps(_ chart: ScatterChart) throws -> [String] {
        let root = try #require(ParsedSVG(chart.svg()).root)
        let labels = root.elements("text").filter { ["10.5", "13"].contains($0.attributes["font-size"]) }
        var found: [String] = []
        for i in labels.indices {
            for j in labels.indices where j > i {
                let (a, b) = (box(labels[i]), box(labels[j]))
                if min(a.maxX, b.maxX) - max(a.minX, b.minX) > 0.01 && min(a.maxY, b.maxY) - max(a.minY, b.minY) > 0.01 {
                    found.append("\(labels[i].allText) over \(labels[j].allText)")
                }
            }
        }
        return found
    }

    @Test(arguments: [nil, "DEU", "ITA", "JPN", "NOR", "VNM", "SAU"])
    func labelsOfThe2025SampleDoNotOverlap(focus: String?) throws {
        let chart = ScatterChart(title: "t", points: Self.sample2025, focus: focus, xSplit: 54.3, ySplit: 56.9, idPrefix: "s")
        #expect(try Self.overlaps(chart) == [])
        // Every country keeps its label (40 points are not a crowded chart).
        let root = try #require(ParsedSVG(chart.svg()).root)
        let codes = Set(root.elements("text").flatMap { $0.allText.split(separator: "/").map(String.init) })
        #expect(Self.sample2025.allSatisfy { codes.contains($0.code) })
    }

    @Test func labelsOfATightClusterDoNotOverlap() throws {
        // Sixteen countries within 6 points of each other, on a 2-point grid: every label but
        // a few needs a leader line, and a leader line's label must clear the others too.
        let letters = Array("ABCDEFGHIJKLMNOP")
        let points: [ScatterChart.Point] = (0..<16).map { (i: Int) -> ScatterChart.Point in
            let x = 40 + 2 * Double(i % 4), y = 40 + 2 * Double(i / 4)
            return ScatterChart.Point(code: "C\(letters[i])X", name: "c\(i)", x: x, y: y)
        }
        let chart = ScatterChart(title: "t", points: points, xSplit: 70, ySplit: 70, idPrefix: "c")
        #expect(try Self.overlaps(chart) == [])
        let root = try #require(ParsedSVG(chart.svg()).root)
        let labelled = root.elements("text").filter { $0.allText.hasPrefix("C") && $0.allText.count == 3 }
        #expect(labelled.count == 16)
    }
}
