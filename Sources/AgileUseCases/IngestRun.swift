// An ingest: data and evidence files into the store, one transaction per file, or into a copy of it.

import AgileCore
import AgileIO

/// Reads files into a store as `agile ingest` does: each file's format recognised from its
/// head (evidence, or country data the framework checks), one transaction per file, a file
/// that fails rejected whole while the others are still read. A dry run ingests into an
/// in-memory copy of the store, so each file sees the ones before it and the store is only
/// read. A store this ingest created and that ends up holding nothing is removed again.
///
/// ```swift
/// let ingest = IngestRun(workspace: workspace, store: ".agile/agile.sqlite")
/// let outcome = try ingest.run(["Data/agile-2024-long.csv"]) { event in print(event) }
/// ```
public struct IngestRun {
    /// What happened to one file, in the order the files are read.
    public enum Event {
        /// A warning about an evidence file, before it is stored (a model the registry does not know).
        case evidenceWarning(String)
        /// A data file stored (its warnings are in `summary.warnings`).
        case data(IngestResult)
        /// An evidence file stored.
        case evidence(EvidenceIngestResult)
        /// A file rejected whole: its name as messages show it, and why.
        case rejected(file: String, error: any Error)
    }

    /// How the ingest ended.
    public struct Outcome: Hashable, Sendable {
        /// The files rejected.
        public let failures: Int
        /// Whether the store, new and left empty, was removed again.
        public let storeRemoved: Bool
    }

    /// The registry the data is checked against.
    public let workspace: Workspace
    /// The store, as given (`--db`).
    public let storePath: String
    /// Ingest into a copy of the store and write nothing.
    public var dryRun: Bool
    /// Mark every file illustrative.
    public var illustrative: Bool
    /// Seconds to wait while another process writes the store.
    public var busyTimeout: Double

    /// An ingest into the store at `path` (created when it does not exist).
    public init(workspace: Workspace, store path: String, dryRun: Bool = false, illustrative: Bool = false, busyTimeout: Double = 30) {
        self.workspace = workspace
        storePath = path
        self.dryRun = dryRun
        self.illustrative = illustrative
        self.busyTimeout = busyTimeout
    }

    /// Ingests `paths` (`-`: standard input), telling `report` about each file as it goes.
    /// - Throws: `StoreError` when the store cannot be opened, copied or registered into; a
    ///   failing file is reported as ``Event/rejected(file:error:)`` instead.
    public func run(_ paths: [String], report: (Event) -> Void) throws -> Outcome {
        let created = NewStoreFiles(path: dryRun ? ":memory:" : storePath)
        let store = dryRun
            ? try Store.copy(of: storePath, countries: workspace.countries, busyTimeout: busyTimeout)
            : try workspace.openStore(path: storePath, busyTimeout: busyTimeout)
        try store.register(workspace.framework, path: workspace.frameworkPath)
        let registries = EvidenceRegistries(workspace: workspace)
        var failures = 0
        for path in paths {
            do {
                try ingest(path, into: store, registries: registries, report: report)
            } catch {
                failures += 1
                report(.rejected(file: InputFile.name(of: path), error: error))
            }
        }
        let removed = failures > 0 ? try created.removeIfEmpty(store) : false
        return Outcome(failures: failures, storeRemoved: removed)
    }

    /// One file: opened once, its head says whether it is evidence or country data, and the
    /// reader goes on reading the same stream (a pipe cannot be read twice).
    private func ingest(_ path: String, into store: Store, registries: EvidenceRegistries, report: (Event) -> Void) throws {
        let input: InputFile?
        let evidence: EvidenceFile?
        if VestaEvidenceReader.isFolder(path) {
            input = nil
            evidence = try workspace.evidence(path: path, registries: registries)
        } else {
            let file = try InputFile(path: path, digesting: true)
            input = file
            evidence = try workspace.evidence(file: file, registries: registries)
        }
        if let evidence {
            for warning in evidence.warnings { report(.evidenceWarning(warning)) }
            report(.evidence(try store.ingest(evidence: evidence, path: input?.path ?? path, illustrative: illustrative)))
            return
        }
        guard let input else { throw InputError(.unreadable, Provenance(file: path, line: 0), problem: "is a folder, not a file") }
        report(.data(try workspace.ingest(file: input, into: store, illustrative: illustrative)))
    }
}
