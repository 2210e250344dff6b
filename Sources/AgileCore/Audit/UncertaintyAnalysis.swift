// An uncertainty analysis: many replications of the pipeline, the ranks they give, their spread.

/// The results of an uncertainty analysis: every replication's inputs and index ranks, and per
/// unit the spread of its rank.
///
/// ```swift
/// let analysis = try UncertaintyAnalysis.run(model, design: design, count: 1000, seed: 42)
/// analysis.statistics // nominal, mean, median, 5th and 95th percentile rank per unit
/// analysis.ranksCSV() // every replication's ranks, for export
/// ```
public struct UncertaintyAnalysis: Sendable {
    /// The units ranked, in the order of every rank vector.
    public var units: [String]
    /// The nominal rank of each unit.
    public var nominal: [Double]
    /// The inputs of every replication (built on first use for a seeded run, then kept).
    public var replications: [Replication] {
        get { record.replications }
        set { record = ReplicationRecord(replications: newValue, ranks: record.ranks, units: units.count) }
    }
    /// Per replication, each unit's index rank (built on first use, then kept).
    public var ranks: [[Double]] {
        get { record.ranks }
        set { record = ReplicationRecord(replications: record.replications, ranks: newValue, units: units.count) }
    }
    /// Per unit, the spread of its rank.
    public var statistics: [RankStatistics]
    /// The replications and their ranks, compact.
    var record: ReplicationRecord

    init(units: [String], nominal: [Double], record: ReplicationRecord, statistics: [RankStatistics]) {
        self.units = units
        self.nominal = nominal
        self.record = record
        self.statistics = statistics
    }

    /// Runs given replications (e.g. recorded ones, to replay them); `exact` as
    /// ``ReplicationBatch/indexRanks(_:replications:threads:progress:exact:)``.
    /// - Throws: ``ScoringError`` when a replication's run fails.
    public static func replay(
        _ model: AuditModel, replications: [Replication], threads: Int = ReplicationBatch.cores,
        progress: (@Sendable (Int) -> Void)? = nil, exact: Bool = true
    ) throws(ScoringError) -> UncertaintyAnalysis {
        let ranks = try ReplicationBatch.indexRanks(model, replications: replications, threads: threads, progress: progress, exact: exact)
        let units = model.units, nominal = model.nominalRanks
        let record = ReplicationRecord(replications: replications, ranks: ranks, units: units.count)
        let statistics = try RankStatistics.of(units: units, nominal: nominal, record: record, threads: threads)
        return UncertaintyAnalysis(units: units, nominal: nominal, record: record, statistics: statistics)
    }

    /// Samples `count` replications of `design` from `seed` and runs them. The result depends
    /// only on the model, the design, `count`, `seed` and `exact`, not on `threads`; `exact` as
    /// ``ReplicationBatch/indexRanks(_:replications:threads:progress:exact:)``.
    /// - Throws: ``ScoringError`` when a replication's run fails.
    public static func run(
        _ model: AuditModel, design: UncertaintyDesign, count: Int, seed: UInt64,
        threads: Int = ReplicationBatch.cores, progress: (@Sendable (Int) -> Void)? = nil, exact: Bool = true
    ) throws(ScoringError) -> UncertaintyAnalysis {
        if !exact, let analysis = try sampledBlocks(model, design: design, count: count, seed: seed, threads: threads, progress: progress) {
            return analysis
        }
        let pipeline = model.pipeline
        let replications = try ReplicationBatch.parallel(count: count, threads: threads) { index, _ throws(ScoringError) in
            design.replication(seed: seed, index: index, pipeline: pipeline)
        }
        return try replay(model, replications: replications, threads: threads, progress: progress, exact: exact)
    }

    /// Every replication's inputs as CSV: `rep,winmax,normalisation,aggregation` (then
    /// `imputation` when the replications choose one) and one column per varied weight (empty
    /// where the replication keeps the nominal choice).
    public func inputsCSV() -> String {
        let replications = replications
        let nodes = Set(replications.flatMap(\.weights.keys)).sorted()
        let imputed = replications.contains { $0.imputation != nil }
        var lines = [(Self.inputHeader(imputed: imputed) + nodes).map(CSVText.cell).joined(separator: ",")]
        for (index, replication) in replications.enumerated() {
            lines.append(([String(index + 1)] + Self.inputCells(replication, nodes: nodes, imputed: imputed)).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every replication's ranks as CSV, as COINr's `ranks_per_rep.csv`: `uCode,Nominal,r_1,…`.
    public func ranksCSV() -> String {
        let record = record, count = record.count
        var lines = [(["uCode", "Nominal"] + (0..<count).map { "r_\($0 + 1)" }).joined(separator: ",")]
        for (unit, code) in units.enumerated() {
            lines.append(([CSVText.cell(code), Self.rank(nominal[unit])] + (0..<count).map { Self.rank(record.rank($0, unit)) }).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every replication in one table, to replay any of them: one row per replication with its
    /// inputs (`winmax`, `normalisation`, `aggregation`, then `imputation` when the
    /// replications choose one, `weight:<node>`; empty where nominal) and then each unit's
    /// rank; row `rep` 0 holds the nominal ranks.
    public func replicationsCSV() -> String {
        let replications = replications
        let nodes = Set(replications.flatMap(\.weights.keys)).sorted()
        let imputed = replications.contains { $0.imputation != nil }
        let record = record, width = units.count
        let header = Self.inputHeader(imputed: imputed)
        var lines = [(header + nodes.map { "weight:\($0)" } + units).map(CSVText.cell).joined(separator: ",")]
        lines.append((["0"] + Array(repeating: "", count: header.count - 1 + nodes.count) + nominal.map(Self.rank)).joined(separator: ","))
        for (index, replication) in replications.enumerated() {
            let cells = [String(index + 1)] + Self.inputCells(replication, nodes: nodes, imputed: imputed)
                + (0..<width).map { Self.rank(record.rank(index, $0)) }
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The input columns of the exports.
    private static func inputHeader(imputed: Bool) -> [String] {
        ["rep", "winmax", "normalisation", "aggregation"] + (imputed ? ["imputation"] : [])
    }

    /// A replication's input cells (after `rep`), as ``inputHeader(imputed:)`` and `nodes`.
    private static func inputCells(_ replication: Replication, nodes: [String], imputed: Bool) -> [String] {
        var cells = [replication.winmax.map(String.init) ?? "", replication.normalisation.map { CSVText.cell($0.description) } ?? "",
                     replication.aggregation.map { CSVText.cell($0.description) } ?? ""]
        if imputed { cells.append(replication.imputation.map { CSVText.cell($0.description) } ?? "") }
        return cells + nodes.map { node in replication.weights[node].map { "\($0)" } ?? "" }
    }

    /// The rank statistics as CSV, as COINr's `rank_stats.csv` plus the mean absolute shift.
    public func statisticsCSV() -> String {
        var lines = ["uCode,Nominal,Mean,Median,Q5,Q95,MeanAbsShift"]
        for s in statistics {
            lines.append([CSVText.cell(s.unit), Self.rank(s.nominal), "\(s.mean)", "\(s.median)", "\(s.percentile5)", "\(s.percentile95)", "\(s.meanAbsoluteShift)"].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func rank(_ value: Double) -> String {
        value.isNaN ? "NA" : String(Int(value))
    }
}
