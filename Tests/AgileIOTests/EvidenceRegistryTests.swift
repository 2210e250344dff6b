// The benchmark and model registries load whole and match the specification.

import AgileCore
import AgileIO
import Testing

@Suite struct EvidenceRegistryTests {
    @Test func benchmarksMatchTheSpecification() throws {
        let registry = try BenchmarkRegistryLoader().load(path: Project.path("Indicators/benchmarks.xml"))
        #expect(registry.benchmarks.map(\.id) == ["mvpbench", "scirisk", "vesta"])
        #expect(registry.caveats.count == 3)
        let mvp = try #require(registry.benchmark("mvpbench"))
        #expect(mvp.dimensions.count == 7 && mvp.demographics.count == 7)
        #expect(mvp.direction == .higherIsBetter && mvp.provisional && mvp.perCountry)
        #expect(mvp.status?.contains("withdrawn") == true)
        let scirisk = try #require(registry.benchmark("scirisk"))
        #expect(scirisk.dimensions.count == 10 && scirisk.disciplines.count == 7 && scirisk.subDisciplineCount == 31)
        // 350 prompts over the 10 risk dimensions.
        #expect(scirisk.dimensions.compactMap(\.items).reduce(0, +) == 350)
        #expect(scirisk.direction == .lowerIsSafer)
        let vesta = try #require(registry.benchmark("vesta"))
        #expect(vesta.dimensions.count == 5)
        #expect(vesta.dimensions.flatMap(\.subs).count == 16)
        #expect(vesta.contexts.map(\.id) == ["soft", "hard"])
        #expect(vesta.title(of: "reward_hacking") == "Reward hacking")
    }

    @Test func modelsMapToDevelopersCountries() throws {
        let models = try ModelRegistryLoader(countries: Project.countries).load(path: Project.path("Indicators/models.csv"))
        // The twelve VESTA agents, as VESTA's config stems spell them, and MVPBench's three models.
        let agents = ["Kimi-K2-0905", "Claude-Haiku-4.5", "Claude-Sonnet-4.6", "DeepSeek-V3.2", "DeepSeek-V4-Pro", "Doubao-Seed-1.6",
                      "Gemini-2.5-Flash", "Gemini-3-Flash-Preview", "GLM-5.1", "GPT-4o-mini", "Llama-3.3-70B", "Qwen3.6-Plus",
                      "GPT-4o", "Doubao-1.5-Pro", "DeepSeek-V3"]
        for agent in agents { #expect(models.model(named: agent) != nil, "\(agent)") }
        #expect(models.model(named: "claude-haiku-4-5")?.country == "USA")
        #expect(models.model(named: "moonshotai/Kimi-K2-Instruct-0905")?.developer == "Moonshot AI")
        #expect(Set(models.models.map(\.country)) == ["USA", "CHN"])
        #expect(models.models(developedIn: "CHN").count == 8)
    }
}

@Suite struct EvidenceVariantRegistryTests {
    @Test func theVariantIsTheRegistryPlusOneDerivedIndicator() throws {
        let base = Project.framework
        let variant = try RegistryLoader(countries: Project.countries).load(path: Project.path("Indicators/agile-2024-evidence.xml"))
        #expect(base.indicators.allSatisfy { $0.evidence == nil })
        let derived = variant.indicators.filter { $0.evidence != nil }
        #expect(derived.map(\.id) == ["I40"])
        #expect(derived[0].parent == "D18" && derived[0].status == .experimental && derived[0].type == .percent)
        #expect(derived[0].evidence == EvidenceDerivation(benchmark: "vesta", statistic: .domesticSafety))
        // Everything else is the registry's own (declared places aside).
        func plain(_ indicators: [Indicator]) -> [Indicator] { indicators.map { var copy = $0; copy.provenance = nil; return copy } }
        #expect(plain(variant.indicators.filter { $0.id != "I40" }) == plain(base.indicators))
        #expect(variant.aggregates.map(\.id) == base.aggregates.map(\.id))
        #expect(variant.aggregates.map(\.weight) == base.aggregates.map(\.weight))
        #expect(variant.participants.map(\.code) == base.participants.map(\.code))
        #expect(variant.method == base.method)
        #expect(variant.weightSets.map(\.id) == base.weightSets.map(\.id))
    }
}
