// `agile audit alpha`: Cronbach's alpha of every aggregate's children (COINr's get_cronbach).

import AgileCore
import AgileReport
import AgileUseCases
import ArgumentParser

struct AuditAlpha: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alpha",
        abstract: "Cronbach's alpha of every aggregate's children, flagged under 0.7.",
        discussion: """
            For every aggregate, Cronbach's alpha of its children's scores from their covariances \
            over the countries that have both values of each pair (as COINr's get_cronbach), the \
            countries with every child, and a flag under 0.7. A group of one child has no alpha.

            Examples:
              agile audit alpha
              agile audit alpha --format json
            """)

    @OptionGroup var weights: WeightsOption
    @OptionGroup var format: FormatOption
    @OptionGroup var source: AuditSource

    func run() throws {
        let data = try source.data()
        let model = try data.model(weights: weights.request)
        let groups = CoherenceAudit.groups(model).map(CronbachAlpha.init)
        format.print(TabularOutput(
            heading: ["Cronbach's alpha within every aggregate, \(model.units.count) countries."],
            cautions: data.vintagesLine.map { [$0] } ?? [],
            table: CoherenceTables.alpha(groups, framework: model.framework)))
    }
}
