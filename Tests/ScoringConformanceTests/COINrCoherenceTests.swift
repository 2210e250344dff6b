// Statistical coherence against COINr 1.1.14 on its ASEM example: get_stats, get_corr with the
// parent (with COINr's p-value masking), get_PCA, get_cronbach and get_opt_weights (Tests/Fixtures/coinr-asem/coherence).

import AgileCore
import Testing

@Suite struct COINrCoherenceTests {
    static func model() throws -> AuditModel {
        try AuditModel(framework: ConformanceFixtures.asem.framework, input: ConformanceFixtures.asem.input, method: COINrVariant.a.method)
    }

    /// Within 1e-9 of COINr (relative above 1); both missing counts as equal.
    static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        (a.isNaN && b.isNaN) || abs(a - b) <= tolerance * max(1, abs(b))
    }

    /// Every column of get_stats on the raw and the normalised data.
    @Test(arguments: ["Raw", "Normalised"]) func descriptiveStatistics(dset: String) throws {
        let model = try Self.model()
        let table = dset == "Raw" ? model.nominal.raw : model.nominal.normalised
        let expected = try COINrExport("coherence/stats_\(dset).csv")
        #expect(expected.rows.count == table.columns.count)
        for row in expected.rows {
            let code = row[0]
            let stats = IndicatorStatistics(code: code, values: try #require(table.column(named: code)))
            func number(_ column: String) -> Double { COINrExport.number(row[expected.column(column)!]) }
            func flag(_ column: String) -> String { row[expected.column(column)!] }
            let pairs: [(String, Double)] = [
                ("Min", stats.minimum), ("Max", stats.maximum), ("Mean", stats.mean), ("Median", stats.median), ("Std", stats.standardDeviation),
                ("Skew", stats.skew), ("Kurt", stats.kurtosis), ("N.Avail", Double(stats.available)), ("N.NonZero", Double(stats.nonZero)),
                ("N.Unique", Double(stats.unique)), ("N.Same", Double(stats.same)), ("Frc.Avail", stats.availableFraction),
                ("Frc.NonZero", stats.nonZeroFraction), ("Frc.Unique", stats.uniqueFraction), ("Frc.Same", stats.sameFraction),
            ]
            for (column, value) in pairs {
                #expect(Self.close(value, number(column)), "\(dset) \(code) \(column): \(value) against \(number(column))")
            }
            #expect(flag("Flag.Avail") == (stats.lowAvailability ? "LOW" : "ok"), "\(code)")
            #expect(flag("Flag.NonZero") == (stats.fewNonZero ? "LOW" : "ok"), "\(code)")
            #expect(flag("Flag.Unique") == (stats.fewUnique ? "LOW" : "ok"), "\(code)")
            #expect(flag("Flag.SkewKurt") == (stats.outliers ? "OUT" : "ok"), "\(code)")
        }
    }

    /// r of every indicator with its pillar and of every pillar with its sub-index.
    @Test(arguments: ["corr_L1_L2_withparent_pval0", "corr_L2_L3_withparent_pval0"]) func parentCorrelations(file: String) throws {
        let model = try Self.model()
        let table = model.nominal.aggregated
        let expected = try COINrExport("coherence/\(file).csv")
        #expect(!expected.rows.isEmpty)
        for row in expected.rows {
            let r = Correlation.pearson(try #require(table.column(named: row[0])), try #require(table.column(named: row[1])))
            #expect(Self.close(r, COINrExport.number(row[2])), "\(row[0]) with \(row[1])")
        }
    }

    /// COINr's default p-value masking (get_corr(pval = 0.05)): the same r where cor.test's
    /// p-value is at most 0.05 (to 1e-9), NA exactly where it is above (Forest, Ship, NEET and
    /// RDExp with their pillars); without masking every r is kept.
    @Test func parentCorrelationsMaskedAtFivePercent() throws {
        let model = try Self.model()
        let table = model.nominal.aggregated
        let expected = try COINrExport("coherence/corr_L1_L2_withparent_pval0.05_default.csv")
        #expect(expected.rows.count == 49)
        var masked: [String] = []
        for row in expected.rows {
            let x = try #require(table.column(named: row[0])), y = try #require(table.column(named: row[1]))
            let r = Correlation.pearson(x, y, maskedAbove: 0.05)
            let theirs = COINrExport.number(row[2])
            #expect(r.isNaN == theirs.isNaN, "\(row[0]) with \(row[1]): \(r) against \(row[2])")
            if theirs.isNaN { masked.append(row[0]) } else { #expect(Self.close(r, theirs), "\(row[0]) with \(row[1])") }
            #expect(!Correlation.pearson(x, y, maskedAbove: nil).isNaN)
        }
        #expect(masked.sorted() == ["Forest", "NEET", "RDExp", "Ship"])
    }

    /// Cronbach's alpha of every pillar (normalised indicators) and sub-index (pillars).
    @Test func cronbachAlpha() throws {
        let model = try Self.model()
        let groups = CoherenceGroup.all(pipeline: model.pipeline, scores: model.nominal)
        let expected = try COINrExport("coherence/cronbach.csv")
        #expect(expected.rows.count == 10)
        for row in expected.rows {
            let alpha = CronbachAlpha(try #require(groups.first { $0.parent == row[0] }))
            #expect(Self.close(alpha.alpha, COINrExport.number(row[expected.column("alpha")!])), "\(row[0])")
            #expect(alpha.completeUnits == Int(row[expected.column("n_complete_cases")!]))
            #expect(alpha.fewestPairUnits == Int(row[expected.column("min_pairwise_n_offdiag")!]))
        }
    }

    /// Variance shares, the first two loadings (up to sign per group and component) and the PCA
    /// weights (raw first loadings, up to the group's sign) of every pillar and sub-index.
    @Test(arguments: ["pca_L1_byL2_Normalised", "pca_L2_byL3_Aggregated"]) func principalComponents(prefix: String) throws {
        let model = try Self.model()
        let groups = CoherenceGroup.all(pipeline: model.pipeline, scores: model.nominal)
        let shares = try COINrExport("coherence/\(prefix)_varprop.csv")
        var checked = 0
        for row in shares.rows {
            let pca = GroupPCA(try #require(groups.first { $0.parent == row[0] }))
            let component = Int(row[1].dropFirst(2))! - 1
            #expect(Self.close(pca.varianceShares[component], COINrExport.number(row[shares.column("prop_var")!])), "\(row[0]) \(row[1])")
            #expect(Self.close(pca.eigenvalues[component], COINrExport.number(row[shares.column("eigenvalue")!])), "\(row[0]) \(row[1])")
            checked += 1
        }
        #expect(checked > 0)
        let loadings = try COINrExport("coherence/\(prefix)_loadings_PC1_PC2.csv")
        for group in Set(loadings.rows.map { $0[0] }) {
            let pca = GroupPCA(try #require(groups.first { $0.parent == group }))
            let rows = loadings.rows.filter { $0[0] == group }
            for component in 0..<2 {
                let theirs = rows.map { COINrExport.number($0[2 + component]) }
                let ours = rows.map { pca.loadings[component][pca.children.firstIndex(of: $0[1])!] }
                let sign: Double = zip(ours, theirs).map { $0 * $1 }.reduce(0, +) < 0 ? -1 : 1
                for (a, b) in zip(ours, theirs) { #expect(Self.close(sign * a, b), "\(group) PC\(component + 1)") }
            }
        }
        let weights = try COINrExport("coherence/\(prefix)_weights.csv")
        for group in Set(weights.rows.map { $0[0] }) {
            let pca = GroupPCA(try #require(groups.first { $0.parent == group }))
            let rows = weights.rows.filter { $0[0] == group }
            let theirs = rows.map { COINrExport.number($0[3]) }
            let ours = rows.map { pca.firstLoadings[pca.children.firstIndex(of: $0[1])!] }
            let sign: Double = zip(ours, theirs).map { $0 * $1 }.reduce(0, +) < 0 ? -1 : 1
            for (a, b) in zip(ours, theirs) { #expect(Self.close(sign * a, b), "\(group) weights") }
        }
    }

    /// The optimisations COINr ran: the same objective at COINr's weights, at the run's
    /// weights, the same sequence of evaluations with COINr's stopping rule, the same weights
    /// found, and an objective at least as good from the search to convergence.
    @Test(arguments: [(3, OptimisationType.balance), (3, .infomax), (2, .balance), (2, .infomax)])
    func optimisedWeights(level: Int, type: OptimisationType) throws {
        let model = try Self.model()
        let name = "optw_L\(level)_\(type.rawValue)"
        let summary = try COINrExport("coherence/\(name)_summary.csv")
        let weights = try COINrExport("coherence/\(name)_weights_corr.csv")
        let objective = try WeightObjective(pipeline: model.pipeline, scores: model.nominal, level: level, type: type,
                                            targets: type == .balance ? [Double](repeating: 1, count: weights.rows.count) : nil)
        #expect(objective.nodes == weights.rows.map { $0[0] })
        func column(_ table: COINrExport, _ name: String) -> [Double] { table.rows.map { COINrExport.number($0[table.column(name)!]) } }
        func value(_ name: String) -> Double { COINrExport.number(summary.rows[0][summary.column(name)!]) }
        let coinrWeights = column(weights, "weight_opt")
        #expect(Self.close(try objective.value(coinrWeights), value("final_objective_value")))
        #expect(Self.close(try objective.value(column(weights, "opt_par_raw")), value("final_objective_value")))
        #expect(Self.close(try objective.value(objective.runWeights), value("objective_at_original_weights")))
        for (a, b) in zip(try objective.correlations(coinrWeights), column(weights, "r_after")) { #expect(Self.close(a, b)) }
        for (a, b) in zip(try objective.correlations(objective.runWeights), column(weights, "r_before_original_weights")) { #expect(Self.close(a, b)) }

        // COINr's stopping rule: its evaluations one by one (logged to 15 digits), its weights.
        let log = try String(contentsOfFile: ConformanceFixtures.path("coherence/messages_log.txt"), encoding: .utf8)
        let logged = log.split(separator: "\n").filter { $0.contains("get_opt_weights L\(level) \(type.rawValue)]") && $0.contains("objective function = ") }
            .map { Double($0.split(separator: "= ").last!)! }
        var seen: [Double] = []
        let coinr = try OptimisedWeights.coinrSearch.minimise(start: objective.targets ?? objective.runWeights) { weights in
            let v = try objective.value(weights)
            seen.append(v)
            return v
        }
        #expect(seen.count == logged.count)
        for (a, b) in zip(seen, logged) { #expect(Self.close(a, b, 1e-13), "\(seen) against \(logged)") }
        #expect(coinr.evaluations == Int(value("counts_function")))
        let found = try OptimisedWeights(objective, search: OptimisedWeights.coinrSearch)
        for (a, b) in zip(found.weights, coinrWeights) { #expect(Self.close(a, b)) }
        #expect(Self.close(found.objectiveAfter, value("final_objective_value")))

        let full = try OptimisedWeights(objective)
        #expect(full.ending == .converged)
        #expect(full.objectiveAfter <= value("final_objective_value"))
        #expect(abs(full.weights.reduce(0, +) - 1) < 1e-12)
    }
}
