// The audit of the small report fixture, computed with AgileCore as `agile report` does.

import AgileCore
import AgileReport

/// The mini index of ``ReportFixture`` audited: its pillar and dimension weights ×U(0.75, 1.25).
///
/// Worked by hand: the pillars P1 = (USA 50, DEU 25, JPN 100) and P2 = (50, 75, 25) weigh w1 and
/// w2. JPN's index (100·w1 + 25·w2)/(w1 + w2) is at least 53.1 (w1 = 0.75, w2 = 1.25), above
/// USA's constant 50; DEU's is 50 + 25·(w2 − w1)/(w1 + w2), so DEU and USA swap places 2 and 3,
/// each half of the time. DEU passes JPN when 75·w1 < 50·w2, i.e. w2 > 1.5·w1: the corner of
/// the square [0.75, 1.25]² of area ∫ from 0.75 to 5/6 of (1.25 − 1.5·w1) dw1 = 0.0052, 2.1 % of
/// it; so Japan is second in about 2 % of the replications, below the 5th percentile's reach. Against the index (50, 50, 62.5), r(P1) =
/// 0.945 and r(P2) = −0.866: r² shares 54.3 % and 45.7 %, and P2 is flagged negative.
/// Leaving P1 out ranks DEU 1, USA 2, JPN 3: Japan loses 2 places, mean |change| (2 + 0 + 1)/3
/// = 1.00; leaving P2 out ranks JPN 1, USA 2, DEU 3: Germany loses 1, mean 0.33. D1 and D2 are
/// their pillars' only children, so leaving them out is the same.
enum AuditFixture {
    static func audit(_ input: ReportInput, threads: Int = ReplicationBatch.cores, replications: Int = 200) throws -> AuditResults {
        let framework = input.framework
        let observations = ReportFixture.observations()
        let selection = EditionSelection(framework: framework, observations: observations)
        let model = try AuditModel(framework: framework, input: ScoringInput(framework: framework, selection: selection, earlier: observations))
        let design = UncertaintyDesign(weights: WeightPerturbation(factor: 0.25, levels: [2, 3]))
        let uncertainty = try UncertaintyAnalysis.run(model, design: design, count: replications, seed: 5, threads: threads)
        let sensitivity = try SensitivityAnalysis.run(model, design: design, count: 50, seed: 5, bootstrap: 100, threads: threads)
        return AuditResults(
            design: design, replications: replications, seed: 5, statistics: uncertainty.statistics,
            reading: RankReading(uncertainty.statistics), sensitivity: sensitivity.indices, sensitivityCount: 50, bootstrap: 100,
            shares: WeightShares(model: model).nodes,
            correlations: CorrelationTable(scores: model.nominal, rows: ["P1", "P2", "D1", "D2"], columns: ["P1", "P2", "IDX"]),
            removals: try [3, 2].map { try LeaveOneOut(model: model, level: $0).removals })
    }

    /// The fixture's input with its audit.
    static func input(countries: CountryCatalog = ReportFixture.catalog(), threads: Int = ReplicationBatch.cores) throws -> ReportInput {
        var input = try ReportFixture.input(countries: countries)
        input.audit = try audit(input, threads: threads)
        return input
    }
}
