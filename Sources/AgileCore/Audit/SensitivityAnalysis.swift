// A sensitivity analysis: Sobol indices of the mean absolute rank shift for each uncertain input.

/// First-order and total Sobol indices of the mean absolute rank shift (the mean over units of
/// |rank − nominal rank|) for each input of an ``UncertaintyDesign``, from a Saltelli design of
/// N(d + 2) replications run on all cores.
///
/// ```swift
/// let analysis = try SensitivityAnalysis.run(model, design: design, count: 1000, seed: 1)
/// for index in analysis.indices { print(index.input, index.firstOrder, index.total) }
/// ```
public struct SensitivityAnalysis: Sendable {
    /// The indices of every input, in the design's order.
    public var indices: [SobolIndex]
    /// Every replication run, in Saltelli order (A, B, AB_1, …, AB_d).
    public var replications: [Replication]
    /// The mean absolute rank shift of each replication.
    public var outputs: [Double]

    /// Draws a Saltelli sample of `design` (N = `count`), runs its N(d + 2) replications and
    /// estimates the indices with `bootstrap` resamples for the bounds. The result depends only
    /// on the model, the design, `count`, `seed` and `bootstrap`, not on `threads`.
    /// - Throws: ``ScoringError`` when a replication's run fails, or the design varies nothing.
    public static func run(
        _ model: AuditModel, design: UncertaintyDesign, count: Int, seed: UInt64, bootstrap: Int = 1000,
        threads: Int = ReplicationBatch.cores, progress: (@Sendable (Int) -> Void)? = nil
    ) throws(ScoringError) -> SensitivityAnalysis {
        let inputs = design.inputs
        guard !inputs.isEmpty else { throw .input("the design varies no input") }
        guard count > 1 else { throw .input("a sensitivity analysis needs N of at least 2") }
        let sample = SaltelliSample(draws: inputs.map { design.draws(of: $0, pipeline: model.pipeline) }, count: count, seed: seed)
        let replications = sample.points.map { design.replication($0, pipeline: model.pipeline) }
        let ranks = try ReplicationBatch.indexRanks(model, replications: replications, threads: threads, progress: progress)
        let nominal = model.nominalRanks
        let outputs = ranks.map { meanAbsoluteShift($0, nominal: nominal) }
        let yA = Array(outputs[0..<count]), yB = Array(outputs[count..<2 * count])
        let yAB = inputs.indices.map { Array(outputs[(2 + $0) * count ..< (3 + $0) * count]) }
        let indices = SobolIndex.estimate(inputs: inputs.map(\.coinrName), yA: yA, yB: yB, yAB: yAB, bootstrap: bootstrap, seed: seed)
        return SensitivityAnalysis(indices: indices, replications: replications, outputs: outputs)
    }

    /// The mean over units of |rank − nominal rank| (units unranked in either are skipped).
    public static func meanAbsoluteShift(_ ranks: [Double], nominal: [Double]) -> Double {
        var sum = 0.0, count = 0
        for (rank, reference) in zip(ranks, nominal) where !rank.isNaN && !reference.isNaN {
            sum += abs(rank - reference)
            count += 1
        }
        return count == 0 ? .nan : sum / Double(count)
    }

    /// The indices as CSV, as COINr's `sensitivity_indices.csv`.
    public func indicesCSV() -> String {
        var lines = ["Variable,Si,STi,Si_q5,Si_q95,STi_q5,STi_q95"]
        for index in indices {
            lines.append([CSVText.cell(index.input), "\(index.firstOrder)", "\(index.total)", "\(index.firstOrderBounds.lowerBound)",
                          "\(index.firstOrderBounds.upperBound)", "\(index.totalBounds.lowerBound)", "\(index.totalBounds.upperBound)"].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
