// What every chart of the toolkit offers a page: its SVG, and a text alternative written from its
// data unless one is given.

/// A chart with a text alternative: ``description`` when given, else ``generatedDescription``,
/// which the SVG carries in its `<desc>` and a page gives as the image's alternative text.
protocol DescribedChart {
    /// The text alternative; `nil` writes one from the data.
    var description: String? { get set }
    /// The text alternative written from the data.
    var generatedDescription: String { get }
    /// The chart as an `<svg>` element, with a line under it (`note`) when given.
    func svg(note: String?) -> String
}

extension BarChart: DescribedChart {}
extension DotPlotChart: DescribedChart {}
extension HeatMap: DescribedChart {}
extension RadarChart: DescribedChart {}
extension RankIntervalChart: DescribedChart {}
extension RankingChart: DescribedChart {}
extension ScatterChart: DescribedChart {}
extension SobolChart: DescribedChart {}
extension WeightShareChart: DescribedChart {}

extension ChartSVG {
    /// `chart` as the file stem `name`, its SVG with `note` under it, and its text alternative,
    /// written from the data once for both (it walks every country of a chart of 195).
    init(name: String, chart: some DescribedChart, note: String?) {
        var chart = chart
        let alternative = chart.description ?? chart.generatedDescription
        chart.description = alternative
        self.init(name: name, svg: chart.svg(note: note), alternative: alternative)
    }
}
