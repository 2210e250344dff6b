// The values of evidence-derived indicators: one observation per country with evaluated models.

extension EvidenceSet {
    /// The observations of every indicator of `framework` declared as derived from evidence,
    /// dated the last year of the framework's window. A country none of whose models has a
    /// result on the benchmark gets no observation (the indicator is missing for it).
    ///
    /// ```swift
    /// // Two US models with VESTA ASR 0.5 and 0.3: I40 for USA = 100 × (1 − 0.4) = 60.
    /// let derived = evidence.derivedObservations(for: framework)
    /// ```
    public func derivedObservations(for framework: Framework) -> [Observation] {
        var observations: [Observation] = []
        for indicator in framework.indicators {
            guard let derivation = indicator.evidence, let benchmark = benchmarks.benchmark(derivation.benchmark) else { continue }
            for country in framework.participants.map(\.code).sorted() {
                // The country's domestic models on the benchmark, as its report shows them.
                let domestic = self.country(country).domestic.first { $0.benchmark == benchmark.id }?.models ?? []
                let rates = domestic.map(\.overall.value)
                guard !rates.isEmpty else { continue }
                let mean = rates.reduce(0, +) / Double(rates.count)
                let safety = benchmark.direction == .lowerIsSafer ? 100 * (1 - mean) : 100 * mean
                observations.append(Observation(
                    country: country, indicator: indicator.id, year: framework.years.upperBound, value: safety,
                    source: "evidence: \(benchmark.id)",
                    note: "mean over \(rates.count) domestic model\(rates.count == 1 ? "" : "s")",
                    provenance: Provenance(file: "evidence:\(benchmark.id)", line: 0)))
            }
        }
        return observations
    }
}
