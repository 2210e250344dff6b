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

    /// The evidence of a file or VESTA results folder when it is written in an evidence format,
    /// with models mapped; `nil` for any other file (country data). The registries are read
    /// only for evidence.
    public func evidence(path: String, registries: EvidenceRegistries) throws -> EvidenceFile? {
        if VestaEvidenceReader.isFolder(path) {
            guard VestaEvidenceReader.recognises(path: path, head: []) else { return nil }
            var file = EvidenceFile(vesta: try VestaEvidenceReader.read(path: path))
            file.sha256 = try FileDigest.sha256(paths: try VestaResultsReader.resultFiles(path: path))
            file.checkTaxonomy(try registries.benchmarks())
            try mapModels(&file, registries)
            return file
        }
        return try evidence(file: InputFile(path: path, digesting: true), registries: registries)
    }

    /// The evidence of a file already open (recognised from its head, which is read once and
    /// kept for the reader), with models mapped and, when the file was opened with `digesting`,
    /// the SHA-256 of the bytes read; `nil` for any other file (country data), which the same
    /// file can then be read as.
    public func evidence(file input: InputFile, registries: EvidenceRegistries) throws -> EvidenceFile? {
        let head = try input.head()
        var file: EvidenceFile
        if EvidenceCSVReader.recognises(head: head) {
            file = try EvidenceCSVReader(benchmarks: try registries.benchmarks(), countries: countries).read(file: input)
        } else if VestaEvidenceReader.recognises(path: input.path, head: head) {
            file = EvidenceFile(vesta: try VestaEvidenceReader.read(file: input))
            file.checkTaxonomy(try registries.benchmarks())
        } else {
            return nil
        }
        if input.isDigesting { file.sha256 = try input.sha256() }
        try mapModels(&file, registries)
        return file
    }

    /// Maps the file's model names onto the model registry, naming that registry in warnings.
    private func mapModels(_ file: inout EvidenceFile, _ registries: EvidenceRegistries) throws {
        let models = RegistryCompanion(.modelRegistry, of: frameworkPath)
        file.mapModels(try registries.models(), registry: models.path ?? "\(RegistryCompanion.beside(models.file.name, of: frameworkPath)) (a copy of the built-in one)")
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
    /// The observations a scoring run of this framework uses: the store's values of its
    /// indicators and denominators for its countries and years, of the vintages asked for
    /// (selected in SQL, see ``Store/editionObservations(countries:indicators:years:earlier:vintage:)``),
    /// plus the values of indicators derived from the store's evidence (none when the framework
    /// declares no such indicator; evidence has no vintage).
    /// - Parameters:
    ///   - earlier: also read the latest values before the window (latest-earlier imputation).
    ///   - vintage: the last vintage read; `nil`: the current values.
    public func scoringObservations(store: Store, earlier: Bool, vintage: CalendarDate? = nil) throws -> [Observation] {
        let participants = framework.participants.map(\.code)
        var observations = try store.editionObservations(
            countries: participants.isEmpty ? nil : participants, indicators: framework.dataCodes,
            years: framework.years, earlier: earlier, vintage: vintage)
        if framework.indicators.contains(where: { $0.evidence != nil }), let evidence = try evidenceSet(store: store) {
            observations += evidence.derivedObservations(for: framework)
        }
        return observations
    }
}
