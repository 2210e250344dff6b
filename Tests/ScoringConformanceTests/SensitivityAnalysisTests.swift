// Sobol indices of the vig4 design on the ASEM example against COINr's.

import AgileCore
import Testing

@Suite struct SensitivityAnalysisTests {
    /// With our own Saltelli sample at N = 1000 (6,000 runs), the total indices order the inputs
    /// as COINr's sensitivity_indices.csv: aggregation > normalisation > weights > winsorisation
    /// limit; the result does not depend on the thread count.
    @Test func vig4TotalIndicesOrderedAsCOINr() throws {
        let model = try UncertaintyAnalysisTests.model()
        let analysis = try SensitivityAnalysis.run(model, design: UncertaintyAnalysisTests.vig4, count: 1000, seed: 1, bootstrap: 200)
        #expect(analysis.replications.count == 1000 * 6)
        let expected = try COINrExport("sensitivity/vig4_SA_N100/sensitivity_indices.csv")
        let coinrOrder = expected.rows.sorted { COINrExport.number($0[2]) > COINrExport.number($1[2]) }.map { $0[0] }
        #expect(coinrOrder == ["Aggregation", "Normalisation", "Weights", "Winmax"])
        let order = analysis.indices.sorted { $0.total > $1.total }.map(\.input)
        #expect(order == coinrOrder, "\(analysis.indicesCSV())")
        for index in analysis.indices {
            #expect(index.totalBounds.contains(index.total))
            #expect(index.total > 0)
        }
    }

    @Test func sameResultOnOneAndTwoThreads() throws {
        let model = try UncertaintyAnalysisTests.model()
        let one = try SensitivityAnalysis.run(model, design: UncertaintyAnalysisTests.vig4, count: 16, seed: 4, bootstrap: 50, threads: 1)
        let two = try SensitivityAnalysis.run(model, design: UncertaintyAnalysisTests.vig4, count: 16, seed: 4, bootstrap: 50, threads: 2)
        #expect(one.outputs == two.outputs)
        #expect(one.indices == two.indices)
    }
}
