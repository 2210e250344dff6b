// `agile audit pca`: a principal component analysis of every aggregate's children (COINr's get_PCA).

import AgileCore
import AgileReport
import AgileUseCases
import ArgumentParser

struct AuditPCA: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pca",
        abstract: "Principal components of every aggregate's children: does each group measure one thing?",
        discussion: """
            For every aggregate, a PCA of its children's scores (centred and scaled, over the \
            countries that have every child, as COINr's get_PCA): the share of the variance of \
            the first two components; flagged when the first explains under 60 % or a child \
            loads against the others. With --loadings, each child's loadings on the first two \
            components instead, and the first loading as a weight (COINr's PCA weight) and as \
            a share of the group's absolute loadings. A group of one child has no PCA.

            Examples:
              agile audit pca
              agile audit pca --loadings --format csv
            """)

    @Flag(help: "Print every child's loadings and PCA weight instead of the groups.")
    var loadings = false

    @OptionGroup var weights: WeightsOption
    @OptionGroup var format: FormatOption
    @OptionGroup var source: AuditSource

    func run() throws {
        let data = try source.data()
        let model = try data.model(weights: weights.request)
        let groups = CoherenceAudit.groups(model).map(GroupPCA.init)
        let table = loadings ? CoherenceTables.loadings(groups, framework: model.framework) : CoherenceTables.components(groups, framework: model.framework)
        format.print(TabularOutput(
            heading: ["Principal components within every aggregate, \(model.units.count) countries."],
            cautions: data.vintagesLine.map { [$0] } ?? [], table: table))
    }
}
