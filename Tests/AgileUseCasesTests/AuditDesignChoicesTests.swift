// One place builds the audit designs: the audit commands' defaults, the report's design and
// the report's sensitivity design (which the report benchmark now uses too).

import AgileCore
import AgileUseCases
import Testing

@Suite struct AuditDesignChoicesTests {
    /// AGILE has four levels (indicator, dimension, pillar, index): the default design varies
    /// the weights of levels 2 and 3 by ×U(0.75, 1.25) and nothing else, from seed 1.
    @Test func theDefaultsAreTheAuditCommands() throws {
        let store = try SampleStore()
        let model = try store.edition().data(earlier: true).auditModel(framework: SampleStore.workspace().framework)
        let design = try AuditDesignChoices().design(for: model)
        #expect(design == UncertaintyDesign(weights: WeightPerturbation(factor: 0.25, levels: [2, 3])))
        #expect(AuditDesignChoices.report(seed: nil) == AuditDesignChoices())
        #expect(AuditDesignChoices.report(seed: 7).seed == 7)
        #expect(AuditDesignChoices().seed == 1)
    }

    /// The report's sensitivity analysis adds the normalisation (AGILE's min-max 0–100 or
    /// percentile ranks) and the winsorisation limit 1–5 to the weights: three inputs, so a
    /// Saltelli sample of N = 500 is 500 × (3 + 2) = 2,500 runs. The benchmark's own copy had
    /// the weights alone (1,500 runs).
    @Test func theReportsSensitivityDesign() throws {
        let store = try SampleStore()
        let model = try store.edition().data(earlier: true).auditModel(framework: SampleStore.workspace().framework)
        let design = try AuditDesignChoices.report(seed: nil).design(for: model)
        let sensitivity = AuditDesignChoices.reportSensitivity(of: design, model: model)
        #expect(sensitivity.normalisations == [.minMax(low: 0, high: 100), .percentileRank])
        #expect(sensitivity.winmax == 1...5)
        #expect(sensitivity.weights == design.weights)
        #expect(sensitivity.inputs == [.winmax, .normalisation, .weights])
        let audit = try ReportAudit.compute(model, replications: 4, seed: 3)
        #expect(audit.sensitivityDesign == sensitivity && audit.design == design && audit.seed == 3)
        #expect(audit.sensitivityCount == 4 && audit.replications == 4)
    }

    /// A level that holds no aggregates is refused by number, with the levels there are.
    @Test func aLevelOutsideTheAggregates() throws {
        let store = try SampleStore()
        let model = try store.edition().data(earlier: true).auditModel(framework: SampleStore.workspace().framework)
        #expect(throws: RunError.levelOutOfRange(level: 7, root: 4)) { try AuditDesignChoices(levels: [2, 7]).design(for: model) }
        #expect(RunError.levelOutOfRange(level: 7, root: 4).description == "--levels 7: the framework's aggregates are at levels 2 to 4")
        #expect(throws: RunError.nothingVaries) { try AuditDesignChoices(weightsFactor: 0).sensitivity(of: model, count: 4, bootstrap: 2) }
    }
}

extension EditionData {
    /// The nominal audit model of this data under the framework's own method.
    func auditModel(framework: Framework) throws -> AuditModel {
        try AuditData(framework: framework, input: input, method: framework.method, countries: CountryCatalog([])).model()
    }
}
