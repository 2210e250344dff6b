// Seeded uncertainty analyses of the ASEM example against COINr's recorded vig4 run.

import AgileCore
import Testing

@Suite struct UncertaintyAnalysisTests {
    /// COINr's vig4 design: winsorisation limit 1..5, min-max [1, 100] or z-score (10, 2),
    /// weights of levels 2 and 3 × U(0.75, 1.25), arithmetic or geometric mean.
    static let vig4 = UncertaintyDesign(
        winmax: 1...5, normalisations: [.minMax(low: 1, high: 100), .zScore(mean: 10, sd: 2)],
        aggregations: [.arithmetic, .geometric], weights: WeightPerturbation(factor: 0.25, levels: [2, 3]))

    static func model() throws -> AuditModel {
        try AuditModel(framework: ConformanceFixtures.asem.framework, input: ConformanceFixtures.asem.input, method: COINrVariant.a.method)
    }

    /// Our own draws of the vig4 design (N = 1000) give median ranks within ±1 of COINr's for
    /// at least 90 % of the units.
    @Test func vig4MediansAgreeWithCOINr() throws {
        let model = try Self.model()
        let analysis = try UncertaintyAnalysis.run(model, design: Self.vig4, count: 1000, seed: 20_240_601)
        let expected = try COINrExport("sensitivity/vig4_UA_N1000/rank_stats.csv")
        var close = 0
        for row in expected.rows {
            let statistic = try #require(analysis.statistics.first { $0.unit == row[0] })
            if abs(statistic.median - COINrExport.number(row[3])) <= 1 { close += 1 }
        }
        #expect(expected.rows.count == 51)
        #expect(Double(close) >= 0.9 * Double(expected.rows.count), "\(close) of \(expected.rows.count) medians within ±1")
    }

    /// The same seed gives the same replications, ranks and statistics on 1 and 2 threads;
    /// another seed gives other draws.
    @Test func sameSeedSameResultForAnyThreadCount() throws {
        let model = try Self.model()
        let one = try UncertaintyAnalysis.run(model, design: Self.vig4, count: 64, seed: 7, threads: 1)
        let two = try UncertaintyAnalysis.run(model, design: Self.vig4, count: 64, seed: 7, threads: 2)
        #expect(one.replications == two.replications)
        #expect(one.ranks == two.ranks)
        #expect(one.statistics == two.statistics)
        #expect(one.ranksCSV() == two.ranksCSV())
        let other = try UncertaintyAnalysis.run(model, design: Self.vig4, count: 64, seed: 8, threads: 2)
        #expect(other.replications != one.replications)
        #expect(Set(one.replications.compactMap(\.winmax)) == Set(1...5))
        #expect(one.replications.allSatisfy { $0.weights.count == 10 && $0.weights.values.allSatisfy { (0.75...1.25).contains($0) } })
    }

    /// The same seed gives byte-identical rank statistics and ranks on 1, 2 and 4 threads, on
    /// both paths (level by level, and the effective weights' blocks).
    @Test(arguments: [true, false]) func sameBytesOnOneTwoAndFourThreads(exact: Bool) throws {
        let model = try Self.wa2Model()
        let runs = try [1, 2, 4].map { threads in
            try UncertaintyAnalysis.run(model, design: Self.wa2, count: 150, seed: 9, threads: threads, exact: exact)
        }
        for run in runs.dropFirst() {
            #expect(run.statisticsCSV() == runs[0].statisticsCSV())
            #expect(run.ranksCSV() == runs[0].ranksCSV())
            #expect(run.replicationsCSV() == runs[0].replicationsCSV())
        }
    }

    /// COINr's wa2 model: the example build normalised onto [1, 100] (variant B).
    static func wa2Model() throws -> AuditModel {
        try AuditModel(framework: ConformanceFixtures.asem.framework, input: ConformanceFixtures.asem.input, method: COINrVariant.b.method)
    }

    /// COINr's wa2 design: weights of levels 2 and 3 × U(0.75, 1.25), arithmetic or geometric.
    static let wa2 = UncertaintyDesign(aggregations: [.arithmetic, .geometric], weights: WeightPerturbation(factor: 0.25, levels: [2, 3]))

    /// The blocked fast path of a seeded run gives the ranks of replaying its replications one
    /// by one through the effective weights, and the statistics of the column-by-column
    /// formulas (R's mean and type-7 quantiles on each unit's ranks).
    @Test func blockedRunEqualsReplay() throws {
        let model = try Self.wa2Model()
        for design in [Self.wa2, UncertaintyDesign(weights: WeightPerturbation(factor: 0.25, levels: [2, 3], dirichlet: 30))] {
            let fast = try UncertaintyAnalysis.run(model, design: design, count: 300, seed: 4, exact: false)
            let replayed = try UncertaintyAnalysis.replay(model, replications: fast.replications, exact: false)
            #expect(fast.ranks == replayed.ranks)
            #expect(fast.statistics == RankStatistics.of(units: model.units, nominal: model.nominalRanks, ranks: fast.ranks))
            #expect(fast.statisticsCSV() == replayed.statisticsCSV())
            let exact = try UncertaintyAnalysis.run(model, design: design, count: 300, seed: 4)
            #expect(exact.replications == fast.replications)
        }
    }

    /// Any exported replication replays to its exported ranks; the exports have one line per
    /// replication (inputs) and per unit (ranks), and the mean absolute shift is the mean of
    /// |rank − nominal|.
    @Test func exportedReplicationsReplay() throws {
        let model = try Self.model()
        let analysis = try UncertaintyAnalysis.run(model, design: Self.vig4, count: 12, seed: 3)
        for index in [0, 5, 11] {
            #expect(try model.indexRanks(analysis.replications[index]) == analysis.ranks[index])
        }
        let inputs = analysis.inputsCSV().split(separator: "\n")
        #expect(inputs.count == 13)
        #expect(inputs[0].hasPrefix("rep,winmax,normalisation,aggregation,"))
        let ranks = analysis.ranksCSV().split(separator: "\n")
        #expect(ranks.count == 52)
        #expect(ranks[0].split(separator: ",").count == 14)
        let first = analysis.statistics[0]
        let shift = analysis.ranks.map { abs($0[0] - first.nominal) }.reduce(0, +) / 12
        #expect(abs(first.meanAbsoluteShift - shift) < 1e-12)
    }

    /// Dirichlet weights: the pillars of each sub-index keep their nominal sum, average to their
    /// nominal weights, spread less with a larger concentration, and depend only on the seed.
    @Test func dirichletWeights() throws {
        let model = try Self.model()
        let pillars = ["Physical", "ConEcFin", "Political", "Instit", "P2P"]
        func sample(_ concentration: Double) -> [Replication] {
            let design = UncertaintyDesign(weights: WeightPerturbation(factor: 0, levels: [2], dirichlet: concentration))
            return (0..<2000).map { design.replication(seed: 5, index: $0, pipeline: model.pipeline) }
        }
        let wide = sample(5), narrow = sample(200)
        #expect(wide == sample(5))
        for replication in wide.prefix(50) {
            #expect(replication.weights.count == 8)
            let sum = pillars.compactMap { replication.weights[$0] }.reduce(0, +)
            #expect(abs(sum - 5) < 1e-12, "\(replication.weights)")
        }
        func spread(_ replications: [Replication]) -> (mean: Double, deviation: Double) {
            let values = replications.compactMap { $0.weights["Physical"] }
            let mean = values.reduce(0, +) / Double(values.count)
            return (mean, (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)).squareRoot())
        }
        let w = spread(wide), n = spread(narrow)
        #expect(abs(w.mean - 1) < 0.03 && abs(n.mean - 1) < 0.01, "\(w) \(n)")
        #expect(n.deviation < w.deviation / 3, "\(w) \(n)")
        let analysis = try UncertaintyAnalysis.run(
            model, design: UncertaintyDesign(weights: WeightPerturbation(factor: 0, levels: [2, 3], dirichlet: 20)), count: 50, seed: 2)
        #expect(analysis.statistics.count == 51)
    }
}

