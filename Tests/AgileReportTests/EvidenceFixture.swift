// Model-safety evidence for the report tests, small enough to check by hand.

import AgileCore
import AgileIO

/// VESTA results of one US model in two dimensions and both contexts, SciRisk-Bench results of
/// a model the registry does not know (named by `unmappedName`), MVPBench alignment of GPT-4o
/// with German annotators.
///
/// | record | value | n | unsafe |
/// |---|---|---|---|
/// | VESTA GPT-4o goal_norm_misalignment soft | 0.6 | 10 | 6 |
/// | VESTA GPT-4o goal_norm_misalignment hard | 0.2 | 10 | 2 |
/// | VESTA GPT-4o autonomy_authority_failure soft | 0.4 | 10 | 4 |
/// | VESTA GPT-4o autonomy_authority_failure hard | 0.2 | 10 | 2 |
///
/// GPT-4o on VESTA: Trust (6 + 4) / 20 = 50 %, Warning (2 + 2) / 20 = 20 %, overall 14 / 40 =
/// 35 %; goal 8 / 20 = 40 %, autonomy 6 / 20 = 30 %.
enum EvidenceFixture {
    static func set(unmappedName: String = "SciLM-13B") throws -> EvidenceSet {
        let benchmarks = try BenchmarkRegistryLoader().load(path: "\(ReportFixture.root)/Indicators/benchmarks.xml")
        let models = try ModelRegistry(models: [
            EvaluatedModel(id: "GPT-4o", aliases: ["gpt-4o-2024-08-06"], developer: "OpenAI", country: "USA", openWeights: .no),
            EvaluatedModel(id: "DeepSeek-V3", developer: "DeepSeek", country: "CHN", openWeights: .yes),
        ])
        let place = Provenance(file: "evidence.csv", line: 2)
        func vesta(_ dimension: String, _ context: String, _ value: Double) -> EvidenceRecord {
            EvidenceRecord(benchmark: "vesta", model: "gpt-4o-2024-08-06", modelID: "GPT-4o", dimension: dimension, context: context,
                           metric: "asr", value: value, n: 10, provenance: place)
        }
        let records = [
            vesta("goal_norm_misalignment", "soft", 0.6), vesta("goal_norm_misalignment", "hard", 0.2),
            vesta("autonomy_authority_failure", "soft", 0.4), vesta("autonomy_authority_failure", "hard", 0.2),
            EvidenceRecord(benchmark: "scirisk", model: unmappedName, dimension: "dual-use", metric: "asr", value: 0.5, n: 4, provenance: place),
            EvidenceRecord(benchmark: "mvpbench", model: "GPT-4o", modelID: "GPT-4o", country: "DEU", dimension: "safety",
                           metric: "alignment-accuracy", value: 0.75, n: 40, provenance: place),
        ]
        return EvidenceSet(records: records, benchmarks: benchmarks, models: models)
    }
}
