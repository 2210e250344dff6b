// Indicator values derived from model-safety evidence, worked out by hand.

import AgileCore
import Testing

@Suite struct DerivedObservationsTests {
    @Test func meanSafetyOfDomesticModels() throws {
        let framework = Framework(
            id: "mini", name: "Mini", edition: 2024, years: 2020...2024, levelNames: ["Indicator", "Index"],
            indicators: [
                Indicator(id: "A", name: "Articles", parent: "IDX", type: .count),
                Indicator(id: "S", name: "Agent safety", parent: "IDX", type: .percent, status: .experimental,
                          evidence: EvidenceDerivation(benchmark: "vesta", statistic: .domesticSafety)),
            ],
            aggregates: [Aggregate(id: "IDX", name: "Index", level: 2, parent: nil)],
            participants: [Participant(code: "USA"), Participant(code: "DEU"), Participant(code: "CHN")])
        let models = EvidenceModelTests.models
        func vesta(_ model: String, _ value: Double, _ n: Int) -> EvidenceRecord {
            EvidenceRecord(benchmark: "vesta", model: model, modelID: models.model(named: model)?.id, dimension: "goal",
                           context: "soft", metric: "asr", value: value, n: n, provenance: Provenance(file: "e.csv", line: 2))
        }
        let evidence = EvidenceSet(records: [
            // Claude: 0.5 of 10 and 0.1 of 10 → 6 of 20 = 0.3; GPT-4o 0.5. USA: mean 0.4 → 60.
            vesta("claude-haiku-4-5", 0.5, 10), vesta("claude-haiku-4-5", 0.1, 10), vesta("GPT-4o", 0.5, 4),
            // DeepSeek: 0.9 → CHN 10. An unregistered model counts for no country.
            vesta("DeepSeek-V3.2", 0.9, 10), vesta("Unlisted-7B", 0.0, 10),
        ], benchmarks: EvidenceModelTests.benchmarks, models: models)
        let derived = evidence.derivedObservations(for: framework)
        #expect(derived.map(\.country) == ["CHN", "USA"])
        #expect(derived.map(\.indicator) == ["S", "S"])
        #expect(derived.map(\.year) == [2024, 2024])
        #expect(abs(derived[0].value! - 10) < 1e-9)
        #expect(abs(derived[1].value! - 60) < 1e-9)
        #expect(derived[1].note == "mean over 2 domestic models")
    }
}
