// Effective weights and leave-one-out on COINr's ASEM example.

import AgileCore
import Testing

@Suite struct WeightAuditASEMTests {
    static func model() throws -> AuditModel {
        try AuditModel(framework: ConformanceFixtures.asem.framework, input: ConformanceFixtures.asem.input, method: COINrVariant.a.method)
    }

    /// Declared, implied and correlation shares each sum to 1 on every level below the index;
    /// every node has r with the index in [−1, 1]; every aggregate has a symmetric matrix.
    @Test func sharesSumToOnePerLevel() throws {
        let model = try Self.model()
        let shares = WeightShares(model: model)
        let levels = Set(shares.nodes.map(\.level))
        #expect(levels == [1, 2, 3])
        #expect(shares.nodes.count == model.pipeline.nodes.count - 1)
        for level in levels {
            let nodes = shares.nodes.filter { $0.level == level }
            for total in [nodes.map(\.declared), nodes.map(\.implied), nodes.map(\.correlationShare)].map({ $0.reduce(0, +) }) {
                #expect(abs(total - 1) < 1e-12, "level \(level): \(total)")
            }
        }
        #expect(shares.nodes.allSatisfy { (-1...1).contains($0.correlation) })
        #expect(shares.correlations.count == model.pipeline.aggregates.count)
        for block in shares.correlations {
            for i in block.children.indices {
                for j in block.children.indices { #expect(block.matrix[i][j] == block.matrix[j][i]) }
            }
        }
    }

    /// Removing nothing changes no rank; removing any sub-index or pillar changes some, and
    /// every removal names a largest mover when the mean shift is positive.
    @Test func leaveOneOutSanity() throws {
        let model = try Self.model()
        #expect(try LeaveOneOut.comparison(model, removing: []).meanAbsoluteRankChange == 0)
        for level in [2, 3] {
            let removals = try LeaveOneOut(model: model, level: level).removals
            #expect(removals.count == model.pipeline.levels.dropLast().filter { $0 == level }.count)
            #expect(removals.allSatisfy { $0.meanAbsoluteRankChange > 0 && $0.largestMover != nil && $0.largestMove != 0 })
        }
    }
}
