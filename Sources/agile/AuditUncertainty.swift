// `agile audit uncertainty`: N replications with uncertain inputs, the spread of every rank.

import AgileCore
import AgileIO
import AgileReport
import AgileUseCases
import ArgumentParser
import Foundation

struct AuditUncertainty: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uncertainty",
        abstract: "Rank intervals under uncertain weights, normalisation, aggregation and winsorisation.",
        discussion: """
            Runs the whole pipeline N times, each time with inputs drawn from the declared \
            uncertainty, and prints per country its nominal rank, the mean and median rank, the \
            5th and 95th percentile (R's type 7) and the mean absolute shift from the nominal rank, \
            then a reading: which leading places are robust (their 5–95 % intervals overlap no \
            other) and which places can swap.

            Examples:
              agile audit uncertainty --n 1000 --seed 7
              agile audit uncertainty --coinr iData.csv iMeta.csv --impute group-mean:EurAsia_group \\
                --winmax-range 1-5 --normalise-choices minmax:1,100 zscore:10,2 \\
                --aggregate-choices arithmetic geometric --export replications.csv
            """)

    @Option(name: .customLong("n"), help: "The number of replications.")
    var count: Int = 1000

    @Option(help: ArgumentHelp("Write every replication's inputs and ranks to this CSV file.", valueName: "file"))
    var export: String?

    @Flag(help: "Compute weight changes as one weighted sum over the highest fixed level (faster; scores may differ from a full run in the last bits).")
    var fast = false

    @OptionGroup var weights: WeightsOption
    @OptionGroup var format: FormatOption
    @OptionGroup var design: AuditDesignOptions
    @OptionGroup var source: AuditSource

    func validate() throws {
        guard count >= 1 else { throw ValidationError("--n must be at least 1") }
    }

    func run() throws {
        let data = try source.data()
        let model = try data.model(weights: weights.request)
        let (plan, analysis) = try ProgressLine.showing { try design.choices.uncertainty(of: model, count: count, exact: !fast, progress: $0) }
        if let export {
            try OutputFile.write(analysis.replicationsCSV(), to: export)
        }
        let names = data.countryNames(model.units)
        format.print(TabularOutput(
            heading: ["Uncertainty analysis: \(count) replications, seed \(design.seed); varied: \(AuditUncertainty.describe(plan, levels: LevelWords(model.framework)))."],
            cautions: data.vintagesLine.map { [$0] } ?? [],
            table: AuditTables.rankStatistics(analysis.statistics, names: names),
            reading: [RankReading(analysis.statistics, names: names).text] + (export.map { ["Replications written to \(Printable.name($0))."] } ?? [])))
    }

    /// What the design varies, in words, the weights' levels by the names `levels` gives them.
    static func describe(_ design: UncertaintyDesign, levels: LevelWords) -> String {
        var parts: [String] = []
        if !design.imputations.isEmpty { parts.append("imputation (\(design.imputations.map(\.description).joined(separator: ", ")))") }
        if let winmax = design.winmax { parts.append("winsorisation limit \(winmax.lowerBound)–\(winmax.upperBound)") }
        if !design.normalisations.isEmpty { parts.append("normalisation (\(design.normalisations.map(\.description).joined(separator: ", ")))") }
        if let weights = design.weights {
            let how = weights.dirichlet.map { "from a Dirichlet distribution (concentration \($0))" } ?? "×U(\(1 - weights.factor), \(1 + weights.factor))"
            parts.append("\(levels.weights(weights.levels)) \(how)")
        }
        if !design.aggregations.isEmpty { parts.append("aggregation (\(design.aggregations.map(\.description).joined(separator: ", ")))") }
        return parts.isEmpty ? "nothing" : parts.joined(separator: "; ")
    }

    /// A country's name for a table column: at most 22 characters, empty when unknown.
    static func name(_ code: String, _ names: CountryNames) -> String {
        String((names.name(code) ?? "").prefix(22))
    }

    /// Columns padded to their widest cell; numbers right-aligned; no trailing spaces.
    static func aligned(header: [String], rows: [[String]], leftColumns: Set<Int>) -> String {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            var line = row.indices.map { Terminal.pad(row[$0], widths[$0], right: !leftColumns.contains($0)) }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// `value` with `digits` decimals as ``FixedDecimal`` writes them (half away from zero,
    /// never "-0.00"); `–` when missing.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        value.isNaN ? "–" : FixedDecimal.text(value, decimals: digits)
    }
}
