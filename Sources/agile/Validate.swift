// `agile validate`: check a registry and data files without touching the store.

import AgileCore
import AgileIO
import AgileReport
import AgileUseCases
import ArgumentParser

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a framework registry and data files; the store is not touched.",
        discussion: """
            The registry is validated against its XSD and checked (unique ids, parents, weights, \
            scales); its summary is printed. A registry that names its predecessor edition \
            (<lineage predecessor="agile-2024.xml">, read from the registry's folder) is checked \
            against it too, and the changes since it are listed (indicators continued, revised, \
            dropped, new; dimensions merged). Each data file is read exactly as `agile ingest` \
            would read it (format recognised from its content), into a throw-away store in the \
            temporary folder ($TMPDIR, removed afterwards), so every error ingest would give is \
            given here too, with the memory of an ingest.

            Examples:
              agile validate Indicators/agile-2024.xml
              agile validate Indicators/agile-2025.xml
              agile validate Data/agile-2024-long.csv Data/agile-2024-instruments.xml
            """)

    @Argument(help: ArgumentHelp("A registry (XML with a <framework> root) and/or data files (`-`: standard input).", valueName: "file"))
    var files: [String] = []

    @OptionGroup var options: CommonOptions

    func run() throws {
        var options = self.options
        var dataFiles = files
        if let first = files.first, DataFormat.isRegistry(path: first) {
            options.framework = first
            dataFiles.removeFirst()
        }
        let workspace = try options.workspace()
        // The lineage is checked before anything is printed: a registry whose lineage does not
        // hold against its predecessor is not valid.
        let lineage = workspace.coinrMeta != nil ? nil
            : try RegistryLoader(countries: workspace.countries).lineage(of: workspace.framework, path: workspace.frameworkPath)
        print(FrameworkSummary(workspace.framework, path: workspace.frameworkPath).text)
        if let lineage, let predecessorPath = RegistryLoader.predecessorPath(of: workspace.framework, at: workspace.frameworkPath) {
            print(LineageSummary(lineage, framework: workspace.framework, predecessorPath: predecessorPath).text)
        }
        guard !dataFiles.isEmpty else { return }
        let failures = try DataFileCheck(workspace: workspace).check(dataFiles) { file, result in
            switch result {
            case .success(let result):
                for warning in result.summary.warnings { Terminal.warning("\(result.file): \(warning)") }
                print("ok    \(Printable.name(result.file)) (\(result.format.rawValue)): \(result.rows) values\(IngestReport.skipped(result.summary))")
            case .failure(let error):
                Terminal.error("error: \(error)")
                print("FAIL  \(Printable.name(file))")
            }
        }
        if failures > 0 { throw ExitCode.failure }
    }
}
