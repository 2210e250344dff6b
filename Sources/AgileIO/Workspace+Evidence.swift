// The evidence side of a workspace: the benchmark and model registries, and evidence files.

import AgileCore

extension Workspace {
    /// The benchmark registry that goes with the framework: `benchmarks.xml` beside it, else the
    /// built-in one.
    public func benchmarkRegistry() throws -> BenchmarkRegistry {
        try BenchmarkRegistryLoader().load(RegistryCompanion(.benchmarkRegistry, of: frameworkPath))
    }

    /// The model registry that goes with the framework: `models.csv` beside it, else the
    /// built-in one.
    public func modelRegistry() throws -> ModelRegistry {
        try ModelRegistryLoader(countries: countries).load(RegistryCompanion(.modelRegistry, of: frameworkPath))
    }

    /// The evidence of a file when it is written in an evidence format, with models mapped;
    /// `nil` for any other file (country data). The registries are read only for evidence.
    public func evidence(path: String, registries: EvidenceRegistries) throws -> EvidenceFile? {
        var file: EvidenceFile
        if VestaEvidenceReader.isFolder(path) {
            guard VestaEvidenceReader.recognises(path: path, head: []) else { return nil }
            file = EvidenceFile(vesta: try VestaEvidenceReader.read(path: path))
            file.sha256 = try FileDigest.sha256(paths: try VestaResultsReader.resultFiles(path: path))
            file.checkTaxonomy(try registries.benchmarks())
        } else {
            let head = try InputFile.head(of: path)
            if EvidenceCSVReader.recognises(head: head) {
                file = try EvidenceCSVReader(benchmarks: try registries.benchmarks(), countries: countries).read(path: path)
            } else if VestaEvidenceReader.recognises(path: path, head: head) {
                file = EvidenceFile(vesta: try VestaEvidenceReader.read(path: path))
                file.checkTaxonomy(try registries.benchmarks())
            } else {
                return nil
            }
        }
        let models = RegistryCompanion(.modelRegistry, of: frameworkPath)
        file.mapModels(try registries.models(), registry: models.path ?? "\(RegistryCompanion.beside(models.file.name, of: frameworkPath)) (a copy of the built-in one)")
        return file
    }

    /// The store's current evidence with the registries, for reports; `nil` when the store holds
    /// none (the registries are then not read at all).
    public func evidenceSet(store: Store) throws -> EvidenceSet? {
        var records = try store.evidence()
        guard !records.isEmpty else { return nil }
        let models = try modelRegistry()
        for index in records.indices { records[index].modelID = models.model(named: records[index].model)?.id }
        return EvidenceSet(records: records, benchmarks: try benchmarkRegistry(), models: models)
    }
}

extension Workspace {
    /// The observations a scoring run of this framework uses: the store's current values of its
    /// indicators and denominators, plus the values of indicators derived from the store's
    /// evidence (none when the framework declares no such indicator).
    public func scoringObservations(store: Store) throws -> [Observation] {
        var observations = try store.currentObservations(codes: framework.dataCodes)
        if framework.indicators.contains(where: { $0.evidence != nil }), let evidence = try evidenceSet(store: store) {
            observations += evidence.derivedObservations(for: framework)
        }
        return observations
    }
}
