// The benchmarks of Indicators/benchmarks.xml and the caveats every evidence report carries.

/// All benchmarks the toolkit reads evidence from, in registry order, with the caveats that
/// apply to all of them.
public struct BenchmarkRegistry: Hashable, Sendable {
    public var benchmarks: [EvidenceBenchmark]
    /// Caveats printed wherever evidence is shown (one research group, LLM judges, small cells).
    public var caveats: [String]

    public init(benchmarks: [EvidenceBenchmark], caveats: [String] = []) {
        self.benchmarks = benchmarks
        self.caveats = caveats
    }

    /// The benchmark with this id.
    public func benchmark(_ id: String) -> EvidenceBenchmark? { benchmarks.first { $0.id == id } }

    /// Problems a schema cannot catch: duplicate ids among benchmarks, dimensions, subs, contexts.
    public func problems() -> [String] {
        var problems: [String] = []
        var seen = Set<String>()
        for benchmark in benchmarks {
            if !seen.insert(benchmark.id).inserted { problems.append("benchmark '\(benchmark.id)' is declared twice") }
            var ids = Set<String>()
            for taxon in benchmark.dimensions + benchmark.disciplines + benchmark.contexts {
                if !ids.insert(taxon.id).inserted {
                    problems.append("benchmark '\(benchmark.id)': '\(taxon.id)' is declared twice")
                }
                for sub in taxon.subs where !ids.insert(sub.id).inserted {
                    problems.append("benchmark '\(benchmark.id)': '\(sub.id)' is declared twice")
                }
            }
        }
        return problems
    }
}
