// `agile audit weights`: declared against effective weights, and the correlations within parents.

import AgileCore
import AgileReport
import ArgumentParser

struct AuditWeights: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights",
        abstract: "Declared and effective weights of every indicator and aggregate; correlations within parents.",
        discussion: """
            For every node below the index: its declared share of the index (the product of its \
            relative weights up to the root), its implied share (the same with missing children \
            dropped and their siblings re-scaled, averaged over the countries), Pearson's r with \
            the index and r² as a share of its level. Flags: 'implied' and 'correlation-share' \
            when that share is over twice or under half the declared one, 'weak' when r < 0.3, \
            'negative' when r < 0. With --correlations, the correlation matrix of the children \
            of every aggregate instead; with --pval P, an r whose p-value is above P is left \
            out (NA), as COINr's get_corr(pval = P). Over fewer than 20 countries a caution says \
            how large r must be to differ from zero (on standard error with --format csv).

            Examples:
              agile audit weights
              agile audit weights --correlations --format csv
              agile audit weights --correlations --pval 0.05
              agile audit weights --coinr iData.csv iMeta.csv --format csv
            """)

    @Flag(help: "Print the correlation matrix within every aggregate instead of the shares.")
    var correlations = false

    @OptionGroup var significance: SignificanceOption
    @OptionGroup var weights: WeightsOption
    @OptionGroup var format: FormatOption
    @OptionGroup var source: AuditSource

    func validate() throws {
        if significance.level != nil && !correlations { throw ValidationError("--pval masks the correlation matrix: add --correlations") }
    }

    func run() throws {
        let data = try source.data()
        let model = try data.model(weights: weights.request)
        let shares = WeightShares(model: model)
        let caution = (CorrelationCaution(countries: model.units.count).map { [$0.text] } ?? []) + (data.vintagesLine.map { [$0] } ?? [])
        if correlations {
            let matrices = shares.correlations.map { $0.masked(above: significance.masking, scores: model.nominal) }
            let blocks = matrices.map { block in
                let rows = block.children.indices.map { row in [block.children[row]] + block.matrix[row].map { AuditUncertainty.fixed($0, 2) } }
                let name = model.framework.aggregate(block.parent).map(\.name).flatMap { $0 == block.parent ? nil : " " + $0 } ?? ""
                return "Correlations within \(block.parent)\(name):\n"
                    + AuditUncertainty.aligned(header: [""] + block.children, rows: rows, leftColumns: [0])
            }
            format.print(TabularOutput(
                heading: ["Pearson's r within every aggregate, over \(model.units.count) countries (pairs where both values are known).\(significance.heading)"], cautions: caution,
                table: AuditTables.correlations(matrices, framework: model.framework),
                text: (caution.isEmpty ? "\n" : "") + blocks.joined(separator: "\n\n")))
        } else {
            format.print(TabularOutput(
                heading: ["Declared and effective shares of the index, \(model.units.count) countries."], cautions: caution,
                table: AuditTables.weightShares(shares, framework: model.framework)))
        }
    }
}
