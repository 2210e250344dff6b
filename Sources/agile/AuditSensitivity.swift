// `agile audit sensitivity`: Sobol indices of the mean absolute rank shift per uncertain input.

import AgileCore
import AgileIO
import AgileReport
import AgileUseCases
import ArgumentParser
import Foundation

struct AuditSensitivity: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "First-order and total Sobol indices of the rank shift for each uncertain input.",
        discussion: """
            Draws a Saltelli sample (N(d + 2) runs for d uncertain inputs), runs the pipeline for \
            each point and estimates, for the mean absolute rank shift, each input's first-order \
            (Si) and total (STi) Sobol index with bootstrap 5–95 % bounds. At small N the \
            estimates are noisy: indices and bounds are shown clipped to [0, 1], and an estimate \
            or interval that left [0, 1], or an Si above its STi, is flagged (--export keeps the \
            estimates as computed).

            Example:
              agile audit sensitivity --coinr iData.csv iMeta.csv --impute group-mean:EurAsia_group \\
                --winmax-range 1-5 --normalise-choices minmax:1,100 zscore:10,2 \\
                --aggregate-choices arithmetic geometric --n 1000
            """)

    @Option(name: .customLong("n"), help: "N: the points of each Saltelli sample (N(d + 2) runs).")
    var count: Int = 1000

    @Option(help: "Bootstrap resamples for the bounds.")
    var bootstrap: Int = 1000

    @Option(help: ArgumentHelp("Write the indices to this CSV file.", valueName: "file"))
    var export: String?

    @OptionGroup var weights: WeightsOption
    @OptionGroup var format: FormatOption
    @OptionGroup var design: AuditDesignOptions
    @OptionGroup var source: AuditSource

    func validate() throws {
        guard count >= 2 else { throw ValidationError("--n must be at least 2") }
        guard bootstrap >= 1 else { throw ValidationError("--bootstrap must be at least 1") }
    }

    func run() throws {
        let data = try source.data()
        let model = try data.model(weights: weights.request)
        let (plan, analysis) = try ProgressLine.showing { try design.choices.sensitivity(of: model, count: count, bootstrap: bootstrap, progress: $0) }
        let total = count * (plan.inputs.count + 2)
        if let export {
            try OutputFile.write(analysis.indicesCSV(), to: export)
        }
        let reading = SobolReading(analysis.indices.sorted { $0.total > $1.total }, count: count, bootstrap: bootstrap)
        format.print(TabularOutput(
            heading: ["Sensitivity analysis: N = \(count) (\(total) runs), seed \(design.seed); varied: \(AuditUncertainty.describe(plan, levels: LevelWords(model.framework))).",
                      "Output: mean absolute rank shift. Bounds: bootstrap 5–95 % (\(bootstrap) resamples)."],
            cautions: data.vintagesLine.map { [$0] } ?? [],
            table: AuditTables.sobol(reading),
            reading: [reading.text] + (export.map { ["Indices written to \(Printable.name($0)) (as estimated, not clipped)."] } ?? [])))
    }
}
