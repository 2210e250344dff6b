// `agile audit stats`: descriptive statistics of every indicator (COINr's get_stats).

import AgileCore
import AgileReport
import AgileUseCases
import ArgumentParser

struct AuditStats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Descriptive statistics of every indicator, with COINr's flags.",
        discussion: """
            For every indicator over the countries of the data set: values available, min, max, \
            mean, median, sd, skew and kurtosis (the estimators COINr uses), the shares of zeros \
            and of ties (the most countries sharing one value), the number of distinct values and \
            Pearson's r with its parent's score. Flags as COINr's get_stats: 'availability' under \
            65 % of the countries, 'zeros' when fewer than half the countries have a non-zero \
            value, 'unique' when distinct values are fewer than half the countries, 'outliers' \
            when |skew| > 2 and kurtosis > 3.5.

            Examples:
              agile audit stats
              agile audit stats --stage raw --format csv
              agile audit stats --coinr iData.csv iMeta.csv
              agile audit stats --pval 0.05
            """)

    @Option(help: ArgumentHelp("The data described: raw, treated (after outlier treatment) or normalised.", valueName: "stage"))
    var stage: StatisticsStage = .normalised

    @OptionGroup var significance: SignificanceOption
    @OptionGroup var weights: WeightsOption
    @OptionGroup var format: FormatOption
    @OptionGroup var source: AuditSource

    func run() throws {
        let data = try source.data()
        let model = try data.model(weights: weights.request)
        let rows = CoherenceAudit.statistics(model, stage: stage, significance: significance.masking)
        let units = rows.first?.units ?? 0
        format.print(TabularOutput(
            heading: ["Descriptive statistics of the \(stage.rawValue) data, \(rows.count) indicators, \(units) countries.\(significance.heading)"],
            cautions: data.vintagesLine.map { [$0] } ?? [],
            table: CoherenceTables.statistics(rows, framework: model.framework)))
    }
}

extension StatisticsStage: ExpressibleByArgument {}
