// Statistical coherence worked out by hand: alpha, PCA, Nelder–Mead and optimised weights on
// groups whose answer is known without computing.

import AgileCore
import Testing

@Suite struct CoherenceTests {
    /// Three identical children: every covariance is the variance v, so Σ C = 9v, the mean
    /// off-diagonal entry is v and α = 3²·v / 9v = 1.
    @Test func alphaOfIdenticalColumnsIsOne() {
        let column: [Double] = [1, 2, 3, 5, 8]
        let alpha = CronbachAlpha(CoherenceGroup(parent: "G", level: 2, children: ["A", "B", "C"], columns: [column, column, column]))
        #expect(abs(alpha.alpha - 1) < 1e-15)
        #expect(!alpha.flagged)
        #expect(alpha.completeUnits == 5 && alpha.fewestPairUnits == 5)
    }

    /// Opposed children, x and −x: covariances v, v and −v, so Σ C = 0 and the
    /// off-diagonal mean −v: α = 4·(−v)/0 is −∞ — flagged. One child: no alpha.
    @Test func alphaOfOpposedAndSingleChildren() {
        let x: [Double] = [1, 2, 4]
        let opposed = CronbachAlpha(CoherenceGroup(parent: "G", level: 2, children: ["A", "B"], columns: [x, x.map { -$0 }]))
        #expect(opposed.alpha == -.infinity && opposed.flagged)
        let single = CronbachAlpha(CoherenceGroup(parent: "G", level: 2, children: ["A"], columns: [x]))
        #expect(single.skipped == "one child only" && single.alpha.isNaN && !single.flagged)
    }

    /// y = 2x + 1 correlates perfectly with x: the correlation matrix is [[1, 1], [1, 1]], with
    /// eigenvalues 2 and 0, so PC1 carries 100 % and loads both children 1/√2.
    @Test func pcaOfPerfectlyCorrelatedChildren() {
        let x: [Double] = [1, 3, 4, 10, .nan]
        let y = x.map { 2 * $0 + 1 }
        let pca = GroupPCA(CoherenceGroup(parent: "G", level: 2, children: ["X", "Y"], columns: [x, y]))
        #expect(pca.completeUnits == 4 && pca.units == 5)
        #expect(abs(pca.firstShare - 1) < 1e-15)
        #expect(abs(pca.eigenvalues[1]) < 1e-15)
        for loading in pca.firstLoadings { #expect(abs(loading - 0.5.squareRoot()) < 1e-15) }
        #expect(pca.weightShares == [0.5, 0.5])
        #expect(!pca.flagged)
    }

    /// z = −x loads against x: flagged; a constant child and a single child have no PCA.
    @Test func pcaFlagsAndSkips() {
        let x: [Double] = [1, 3, 4, 10]
        let against = GroupPCA(CoherenceGroup(parent: "G", level: 2, children: ["X", "Y", "Z"], columns: [x, x.map { $0 * $0 }, x.map { -$0 }]))
        #expect(against.againstOthers == ["Z"] && against.flagged)
        #expect(GroupPCA(CoherenceGroup(parent: "G", level: 2, children: ["X", "C"], columns: [x, [2, 2, 2, 2]])).skipped == "C is constant")
        #expect(GroupPCA(CoherenceGroup(parent: "G", level: 2, children: ["X"], columns: [x])).skipped == "one child only")
    }

    /// [[2, 1], [1, 2]] has eigenvalues 3 and 1, eigenvectors (1, 1)/√2 and (1, −1)/√2.
    @Test func jacobiEigenvalues() {
        let eigen = SymmetricEigen([[2, 1], [1, 2]])
        #expect(abs(eigen.values[0] - 3) < 1e-15 && abs(eigen.values[1] - 1) < 1e-15)
        #expect(abs(abs(eigen.vectors[0][0]) - 0.5.squareRoot()) < 1e-15)
        #expect(abs(eigen.vectors[0][0] - eigen.vectors[0][1]) < 1e-15)
        #expect(abs(eigen.vectors[1][0] + eigen.vectors[1][1]) < 1e-15)
    }

    /// The minimum of (x − 3)² + (y + 1)² is (3, −1); the search to convergence finds it.
    @Test func nelderMeadFindsAQuadraticMinimum() {
        let result = NelderMead(relativeTolerance: 1e-12, maximumEvaluations: 2000).minimise(start: [0, 0]) { x in
            (x[0] - 3) * (x[0] - 3) + (x[1] + 1) * (x[1] + 1)
        }
        #expect(result.ending == .converged)
        #expect(abs(result.point[0] - 3) < 1e-5 && abs(result.point[1] + 1) < 1e-5)
    }

    /// Two dimensions of one indicator each, with the same values in another order: the index
    /// treats them alike, so each correlates equally with it, the equal targets are met at equal
    /// weights and optimising leaves the weights at ½ each.
    @Test func equalTargetsOnABalancedIndexKeepTheWeights() throws {
        let framework = ScoringFixtures.framework([
            ScoringFixtures.indicator("I1", in: "D1"), ScoringFixtures.indicator("I2", in: "D2"),
        ], dimensions: ["D1", "D2"], method: Method(treatment: .none, normalisation: .minMax(low: 0, high: 100)))
        let input = ScoringFixtures.input(units: ["AAA", "BBB", "CCC", "DDD"], indicators: ["I1", "I2"], rows: [[0, 1], [1, 0], [2, 3], [3, 2]])
        let pipeline = try ScoringPipeline(framework: framework)
        let objective = try WeightObjective(pipeline: pipeline, scores: try pipeline.run(input), level: 2, type: .balance, targets: [1, 1])
        let r = try objective.correlations([1, 1])
        #expect(abs(r[0] - r[1]) < 1e-15)
        for search in [OptimisedWeights.fullSearch, OptimisedWeights.coinrSearch] {
            let found = try OptimisedWeights(objective, search: search)
            #expect(abs(found.weights[0] - 0.5) < 1e-9 && abs(found.weights[1] - 0.5) < 1e-9, "\(found.weights)")
        }
    }
}
