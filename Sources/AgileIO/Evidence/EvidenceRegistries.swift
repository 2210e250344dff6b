// The benchmark and model registries of a workspace, read the first time evidence needs them.

import AgileCore

/// The benchmark and model registries that go with a workspace's framework, each read once,
/// when evidence first needs it: an ingest of country data alone never reads them, so a
/// registry without evidence needs no evidence files (and a broken one beside it stops only
/// evidence).
///
/// ```swift
/// let registries = EvidenceRegistries(workspace: workspace)
/// if let evidence = try workspace.evidence(path: file, registries: registries) { … }
/// ```
public final class EvidenceRegistries {
    private let workspace: Workspace
    private var benchmarkRegistry: BenchmarkRegistry?
    private var modelRegistry: ModelRegistry?

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// The benchmark registry (read on the first call).
    public func benchmarks() throws -> BenchmarkRegistry {
        if let benchmarkRegistry { return benchmarkRegistry }
        let registry = try workspace.benchmarkRegistry()
        benchmarkRegistry = registry
        return registry
    }

    /// The model registry (read on the first call).
    public func models() throws -> ModelRegistry {
        if let modelRegistry { return modelRegistry }
        let registry = try workspace.modelRegistry()
        modelRegistry = registry
        return registry
    }
}
