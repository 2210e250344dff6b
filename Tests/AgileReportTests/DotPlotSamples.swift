// Sample dot plots for the chart tests: the 14 countries of the samples with every mark, and
// 200 countries on a binary indicator (tall ties).

import AgileReport

extension ChartSamples {
    /// The illustrative note the small sample carries.
    static let dotsNote = "Illustrative data: invented sample values, not for citation."

    /// The totals of ``countries`` as scores: Japan imputed, the United States outlier-treated,
    /// Italy without a score; Brazil and India tie at 39.5.
    static var dots: DotPlotChart {
        let dots = countries.map { country -> DotPlotChart.Dot in
            let mark: DotPlotChart.Mark = country.code == "JPN" ? .imputed : country.code == "USA" ? .treated : .observed
            let value = country.code == "ITA" ? Double.nan : country.code == "IND" ? 39.5 : country.total
            return DotPlotChart.Dot(code: country.code, name: country.name, value: value, mark: mark,
                                    detail: country.code == "DEU" ? "Germany: 60.4 (2023), score 60.4, rank 5 of 13" : "")
        }
        return DotPlotChart(title: "I14 Public trust in AI: scores of 13 countries", dots: dots, median: 57.3, idPrefix: "i14-dots")
    }

    /// 200 countries on a binary indicator: 150 at 0, 50 at 100, so the stacks need blocks.
    static var largeDots: DotPlotChart {
        let dots = (0..<200).map { index in
            DotPlotChart.Dot(code: "C" + String(index).leftPadded(3), name: "Country \(index)", value: index % 4 == 0 ? 100 : 0)
        }
        return DotPlotChart(title: "I26 Rules specific to generative AI: scores of 200 countries", dots: dots, median: 0, idPrefix: "i26-dots")
    }
}
