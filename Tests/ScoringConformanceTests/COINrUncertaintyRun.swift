// One of COINr's recorded uncertainty runs on the ASEM example, read as replications.

import AgileCore

/// A recorded `get_sensitivity` run (Tests/Fixtures/coinr-asem/sensitivity/<name>): the inputs
/// of every replication, COINr's ranks of every replication and its rank statistics.
struct COINrUncertaintyRun {
    /// The run's folder name, e.g. `vig4_UA_N1000`.
    var name: String
    /// The inputs of every replication, in COINr's order.
    var replications: [Replication]

    init(_ name: String) throws {
        self.name = name
        let params = try COINrExport("sensitivity/\(name)/params_per_rep.csv")
        func cell(_ row: [String], _ column: String) -> String? { params.column(column).map { row[$0] } }
        var replications: [Replication] = []
        for row in params.rows {
            var replication = Replication()
            if let winmax = cell(row, "winmax") { replication.winmax = Int(winmax) }
            if let method = cell(row, "norm_f_n"), let first = cell(row, "norm_para1").flatMap(Double.init),
               let second = cell(row, "norm_para2").flatMap(Double.init) {
                replication.normalisation = method == "n_zscore" ? .zScore(mean: first, sd: second) : .minMax(low: first, high: second)
            }
            if let aggregation = cell(row, "f_ag") { replication.aggregation = aggregation == "a_gmean" ? .geometric : .arithmetic }
            replications.append(replication)
        }
        let weights = try COINrExport("sensitivity/\(name)/weights_per_rep_levels2to4.csv")
        for row in weights.rows {
            guard let rep = Int(row[0]), let weight = Double(row[3]) else { continue }
            replications[rep - 1].weights[row[1]] = weight
        }
        self.replications = replications
    }

    /// The nominal method: COINr's example build (variant A) for vig4; for wa2 the same build
    /// normalised to [1, 100] (the base the weights and aggregation vary on).
    var method: Method {
        var method = COINrVariant.a.method
        if name.hasPrefix("wa2") { method.normalisation = .minMax(low: 1, high: 100) }
        return method
    }

    /// COINr's rank of every unit in every replication: unit code → ranks.
    func ranks() throws -> [String: [Double]] {
        let table = try COINrExport("sensitivity/\(name)/ranks_per_rep.csv")
        let columns = table.header.indices.filter { table.header[$0].hasPrefix("r_") }
        var ranks: [String: [Double]] = [:]
        for row in table.rows { ranks[row[0]] = columns.map { COINrExport.number(row[$0]) } }
        return ranks
    }
}
