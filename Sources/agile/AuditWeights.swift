// `agile audit weights`: declared against effective weights, and the correlations within parents.

import AgileCore
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
            of every aggregate instead. Over fewer than 20 countries a caution says how large r \
            must be to differ from zero (on standard error with --format csv).

            Examples:
              agile audit weights
              agile audit weights --correlations --format csv
              agile audit weights --coinr iData.csv iMeta.csv --format csv
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv
    }

    @Flag(help: "Print the correlation matrix within every aggregate instead of the shares.")
    var correlations = false

    @Option(help: "Output: table (aligned) or csv (full precision).")
    var format: Format = .table

    @OptionGroup var weights: WeightsOption
    @OptionGroup var source: AuditSource

    func run() throws {
        let data = try source.data()
        let model = try data.model(weights: weights.choice)
        let shares = WeightShares(model: model)
        let words = LevelWords(model.framework)
        let levelName = words.modifier
        let caution = CorrelationCaution(countries: model.units.count)
        switch (correlations, format) {
        case (false, .table):
            print("Declared and effective shares of the index, \(model.units.count) countries.")
            if let caution { print(caution.text) }
            if let line = data.vintagesLine { print(line) }
            if caution != nil || data.vintagesLine != nil { print() }
            let rows = shares.nodes.map { node in
                [levelName(node.level), node.node, node.parent, percent(node.declared), percent(node.implied),
                 AuditUncertainty.fixed(node.correlation, 2), percent(node.correlationShare), node.divergences.map(\.rawValue).joined(separator: ",")]
            }
            print(AuditUncertainty.aligned(header: ["Level", "Node", "Parent", "Declared%", "Implied%", "r", "rShare%", "Flags"],
                                           rows: rows, leftColumns: [0, 1, 2, 7]))
        case (false, .csv):
            // The CSV has no room for the caution: it goes to standard error.
            if let caution { Terminal.error("note: \(caution.text)") }
            if let vintages = data.vintages { Terminal.error("note: \(vintages.label)") }
            var lines = ["level,node,parent,declared,implied,r,r_share,flags"]
            for node in shares.nodes {
                lines.append([CSVText.cell(levelName(node.level)), CSVText.cell(node.node), CSVText.cell(node.parent), number(node.declared),
                              number(node.implied), number(node.correlation), number(node.correlationShare),
                              CSVText.cell(node.divergences.map(\.rawValue).joined(separator: ";"))].joined(separator: ","))
            }
            print(lines.joined(separator: "\n"))
        case (true, .table):
            print("Pearson's r within every aggregate, over \(model.units.count) countries (pairs where both values are known).")
            if let caution { print(caution.text) }
            if let line = data.vintagesLine { print(line) }
            let blocks = shares.correlations.map { block in
                let rows = block.children.indices.map { row in [block.children[row]] + block.matrix[row].map { AuditUncertainty.fixed($0, 2) } }
                let name = model.framework.aggregate(block.parent).map(\.name).flatMap { $0 == block.parent ? nil : " " + $0 } ?? ""
                return "Correlations within \(block.parent)\(name):\n"
                    + AuditUncertainty.aligned(header: [""] + block.children, rows: rows, leftColumns: [0])
            }
            print("\n" + blocks.joined(separator: "\n\n"))
        case (true, .csv):
            // The CSV has no room for the caution: it goes to standard error.
            if let caution { Terminal.error("note: \(caution.text)") }
            if let vintages = data.vintages { Terminal.error("note: \(vintages.label)") }
            var lines = ["parent,row,column,r"]
            for block in shares.correlations {
                for (row, a) in block.children.enumerated() {
                    for (column, b) in block.children.enumerated() {
                        lines.append([CSVText.cell(block.parent), CSVText.cell(a), CSVText.cell(b), number(block.matrix[row][column])].joined(separator: ","))
                    }
                }
            }
            print(lines.joined(separator: "\n"))
        }
    }

    private func percent(_ share: Double) -> String { AuditUncertainty.fixed(share * 100, 1) }

    private func number(_ value: Double) -> String { value.isNaN ? "NA" : "\(value)" }
}
