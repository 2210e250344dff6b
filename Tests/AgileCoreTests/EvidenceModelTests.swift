// Model mapping, pooling of rates and the per-country reading of evidence, checked by hand.

import AgileCore
import Testing

@Suite struct EvidenceModelTests {
    static let models = try! ModelRegistry(models: [
        EvaluatedModel(id: "Claude-Haiku-4.5", aliases: ["claude-haiku-4-5"], developer: "Anthropic", country: "USA", openWeights: .no),
        EvaluatedModel(id: "GPT-4o", developer: "OpenAI", country: "USA", openWeights: .no),
        EvaluatedModel(id: "GPT-4o-mini", developer: "OpenAI", country: "USA", openWeights: .no),
        EvaluatedModel(id: "DeepSeek-V3.2", developer: "DeepSeek", country: "CHN", openWeights: .yes),
    ])

    static let benchmarks = BenchmarkRegistry(benchmarks: [
        EvidenceBenchmark(
            id: "mvpbench", title: "MVPBench — value alignment", paper: "p", version: "1", metric: "alignment-accuracy",
            metricTitle: "m", direction: .higherIsBetter, provisional: true, perCountry: true,
            dimensions: [EvidenceTaxon(id: "safety", title: "Safety"), EvidenceTaxon(id: "fluency", title: "Fluency")]),
        EvidenceBenchmark(
            id: "vesta", title: "VESTA — agents", paper: "p", version: "1", metric: "asr", metricTitle: "m", metricLabel: "agent ASR",
            direction: .lowerIsSafer, dimensions: [EvidenceTaxon(id: "goal", title: "Goal"), EvidenceTaxon(id: "autonomy", title: "Autonomy")],
            contexts: [EvidenceTaxon(id: "soft", title: "Trust: may act"), EvidenceTaxon(id: "hard", title: "Warning: prohibited")]),
    ])

    static func record(_ benchmark: String, _ model: String, country: String = "", _ dimension: String, context: String = "", _ value: Double, n: Int?) -> EvidenceRecord {
        EvidenceRecord(
            benchmark: benchmark, model: model, modelID: models.model(named: model)?.id, country: country, dimension: dimension,
            context: context, metric: benchmark == "vesta" ? "asr" : "alignment-accuracy", value: value, n: n,
            provenance: Provenance(file: "t.csv", line: 2))
    }

    @Test func aliasesAndSpellingsMapToOneModel() {
        let models = Self.models
        #expect(models.model(named: "claude-haiku-4-5")?.id == "Claude-Haiku-4.5")
        #expect(models.model(named: "Claude Haiku 4.5")?.id == "Claude-Haiku-4.5")
        #expect(models.model(named: "CLAUDE_HAIKU_4.5")?.id == "Claude-Haiku-4.5")
        // The dot is kept and suffixes matter: these are other models, or none.
        #expect(models.model(named: "GPT-4o-mini")?.id == "GPT-4o-mini")
        #expect(models.model(named: "gpt4o")?.id == "GPT-4o")
        #expect(models.model(named: "Claude-Haiku-4.6") == nil)
        #expect(models.model(named: "Mistral-Large") == nil)
        #expect(models.models(developedIn: "CHN").map(\.id) == ["DeepSeek-V3.2"])
    }

    @Test func twoModelsWithOneNameAreRefused() {
        #expect(throws: ModelRegistryError.self) {
            try ModelRegistry(models: [
                EvaluatedModel(id: "GPT-4o", developer: "OpenAI", country: "USA", openWeights: .no),
                EvaluatedModel(id: "Other", aliases: ["gpt_4o"], developer: "X", country: "FRA", openWeights: .no),
            ])
        }
    }

    @Test func ratesPoolByCases() {
        // 3 of 4 and 1 of 6 → 4 of 10.
        let pooled = EvidenceRate(pooling: [Self.record("vesta", "GPT-4o", "goal", 0.75, n: 4), Self.record("vesta", "GPT-4o", "goal", 1.0 / 6, n: 6)])
        #expect(abs(pooled.value - 0.4) < 1e-12)
        #expect(pooled.n == 10)
        #expect(pooled.interval == WilsonInterval(proportion: pooled.value, n: 10))
        // An unknown n: the plain mean, n unknown, no interval.
        let mean = EvidenceRate(pooling: [Self.record("vesta", "GPT-4o", "goal", 0.2, n: 4), Self.record("vesta", "GPT-4o", "goal", 0.6, n: nil)])
        #expect(abs(mean.value - 0.4) < 1e-12)
        #expect(mean.n == nil && mean.interval == nil)
    }

    var evidence: EvidenceSet {
        let r = Self.record
        return EvidenceSet(records: [
            // Two US models and one Chinese model on VESTA, both contexts.
            r("vesta", "claude-haiku-4-5", "", "goal", "soft", 0.5, 10),
            r("vesta", "claude-haiku-4-5", "", "goal", "hard", 0.2, 10),
            r("vesta", "GPT-4o", "", "autonomy", "soft", 0.7, 10),
            r("vesta", "GPT-4o", "", "autonomy", "hard", 0.4, 10),
            r("vesta", "DeepSeek-V3.2", "", "goal", "soft", 0.9, 10),
            r("vesta", "Unlisted-7B", "", "goal", "soft", 0.1, 10),
            // MVPBench alignment with German annotators.
            r("mvpbench", "GPT-4o", "DEU", "safety", "", 0.6, 40),
            r("mvpbench", "GPT-4o", "DEU", "fluency", "", 0.8, 60),
        ], benchmarks: Self.benchmarks, models: Self.models)
    }

    @Test func aCountryReadsItsDomesticModels() {
        let usa = evidence.country("USA")
        #expect(usa.domestic.map(\.benchmark) == ["vesta"])
        #expect(usa.domestic[0].models.map(\.model) == ["Claude-Haiku-4.5", "GPT-4o"])
        // Trust: mean of 0.5 and 0.7 = 60 %; Warning: mean of 0.2 and 0.4 = 30 %.
        #expect(usa.summary == "2 domestic models evaluated; mean agent ASR 60 % (Trust) / 30 % (Warning).")
        #expect(usa.alignment.isEmpty)
    }

    @Test func aCountryWithoutDomesticModelsSaysSo() {
        let deu = evidence.country("DEU")
        #expect(deu.domestic.isEmpty)
        // Alignment pooled by cases: (0.6·40 + 0.8·60) / 100 = 72 %.
        #expect(abs(deu.alignment[0].models[0].overall.value - 0.72) < 1e-12)
        #expect(deu.summary == "No model developed in DEU has been evaluated by these benchmarks; MVPBench alignment with annotators from DEU 72 % on average over 1 model (provisional).")
        #expect(evidence.country("BRA").isEmpty)
    }

    @Test func unmappedModelsAreKeptAndListed() {
        #expect(evidence.unmappedModels == ["Unlisted-7B"])
        #expect(evidence.modelEvidence(benchmark: "vesta").map(\.model) == ["Claude-Haiku-4.5", "DeepSeek-V3.2", "GPT-4o", "Unlisted-7B"])
        #expect(evidence.country("CHN").summary == "1 domestic model evaluated; mean agent ASR 90 % (Trust).")
    }

    @Test func modelEvidenceByDimensionAndContext() throws {
        let claude = try #require(evidence.modelEvidence(benchmark: "vesta").first)
        #expect(abs(claude.overall.value - 0.35) < 1e-12 && claude.overall.n == 20)
        #expect(claude.rate(context: "soft")?.value == 0.5)
        #expect(claude.cells["goal"]?["hard"]?.value == 0.2)
        #expect(claude.byDimension.map(\.dimension) == ["goal"])
    }
}
