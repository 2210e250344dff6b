// The edition comparison case of agile-score-bench: the 2024 and 2025 registries for 195
// countries, scored and compared (four scorings, EditionChange), against scoring one edition.

import AgileCore
import AgileIO

/// Median times (µs) of scoring the 2025 edition alone (selection, input, pipeline run) and of
/// comparing it with 2024 (``EditionChange``: both editions' selections, four runs, the rows),
/// both from observations in memory: 195 countries in both editions, every indicator of both
/// registries for 2023 (the earlier data) and 2024 (the later), 8 % of the cells missing.
func editionComparisonCase(packageRoot: String, countries catalog: CountryCatalog, runs: Int) throws -> (one: Double, compare: Double, units: Int) {
    let loader = RegistryLoader(countries: catalog)
    var earlier = try loader.load(path: packageRoot + "/Indicators/agile-2024.xml")
    var later = try loader.load(path: packageRoot + "/Indicators/agile-2025.xml")
    let codes = catalog.countries.prefix(195).map(\.alpha3)
    earlier.participants = codes.map { Participant(code: $0) }
    later.participants = earlier.participants
    var generator = SplitMix64(seed: 195)
    func uniform() -> Double { Double(generator.next() >> 11) / Double(1 << 53) }
    var indicators: [String: Indicator] = [:]
    for indicator in earlier.indicators + later.indicators { indicators[indicator.id] = indicator }
    var earlierData: [Observation] = [], laterData: [Observation] = []
    for country in codes {
        for (code, indicator) in indicators.sorted(by: { $0.key < $1.key }) {
            for year in [2023, 2024] where uniform() >= 0.08 {
                let low = indicator.scale.minimum ?? 0, high = indicator.scale.maximum ?? 10_000
                var value = low + (high - low) * uniform()
                if indicator.scale.integer || indicator.type == .count { value = value.rounded() }
                let observation = Observation(country: country, indicator: code, year: year, value: value, provenance: Provenance(file: "bench", line: 1))
                laterData.append(observation)
                if year == 2023 { earlierData.append(observation) }
            }
        }
    }
    let clock = ContinuousClock()
    func median(_ work: () throws -> Void) rethrows -> Double {
        try work()
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = clock.now
            try work()
            let elapsed = clock.now - start
            samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
        }
        samples.sort()
        return samples[samples.count / 2]
    }
    let pipeline = try ScoringPipeline(framework: later)
    var units = 0
    let one = try median {
        let selection = EditionSelection(framework: later, observations: laterData)
        units = try pipeline.run(ScoringInput(framework: later, selection: selection, earlier: laterData)).units.count
    }
    let compare = try median {
        _ = try EditionChange(earlier: earlier, later: later, earlierData: earlierData, laterData: laterData)
    }
    return (one, compare, units)
}
