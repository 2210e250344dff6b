// The run a group of replications shares: same imputation, winsorisation, normalisation, aggregation.

/// A full run of the model with one replication's imputation, winsorisation limit,
/// normalisation and aggregation, and the nominal weights. Replications that differ from it only in their weights
/// start from its aggregated table and recompute only the levels above the lowest changed weight
/// (the same sums in the same order as a full run, so the same bits).
struct ReplicationBase: Sendable {
    /// The pipeline of the group (nominal weights).
    let pipeline: ScoringPipeline
    /// The units scored.
    let units: [String]
    /// Normalised indicators and every aggregate, column-major (``Scores/aggregated``).
    let matrix: [Double]
    /// The index ranks with the nominal weights.
    let ranks: [Double]

    /// Runs the group's pipeline.
    /// - Throws: ``ScoringError`` when the run fails or keeps other units than the nominal run.
    init(model: AuditModel, methods replication: Replication) throws(ScoringError) {
        pipeline = try model.pipeline(for: replication.methods)
        let scores = try pipeline.run(model.input)
        guard scores.units == model.units else {
            throw .input("a replication keeps other units than the nominal run (\(scores.units.count) against \(model.units.count))")
        }
        units = scores.units
        matrix = scores.aggregated.values
        ranks = scores.indexRanks
    }

    /// The index ranks with some nodes' weights replaced.
    func indexRanks(weights: [String: Double], ranking: inout Ranking) throws(ScoringError) -> [Double] {
        guard !weights.isEmpty else { return ranks }
        let reweighted = pipeline.reweighted(weights)
        var lowest = Int.max
        for node in pipeline.weights.indices where reweighted.weights[node] != pipeline.weights[node] {
            lowest = min(lowest, pipeline.levels[node])
        }
        guard lowest != Int.max else { return ranks }
        var values = matrix
        _ = try reweighted.aggregate(&values, units: units, fromLevel: lowest + 1)
        let rows = units.count
        var out = [Double](repeating: .nan, count: rows)
        values.withUnsafeBufferPointer { x in
            out.withUnsafeMutableBufferPointer { o in
                ranking.descending(UnsafeBufferPointer(rebasing: x[x.count - rows ..< x.count]), into: o)
            }
        }
        return out
    }
}
