// Options every command takes: the store, the registry and the country list, defaulting to the
// project file's.

import AgileCore
import AgileIO
import AgileUseCases
import ArgumentParser

/// `--db`, `--framework`, `--countries` and `--project`, shared by every command.
///
/// When a project file is in use (`--project FILE`, else `agile.toml` in the working folder),
/// its paths are the defaults of `--db`, `--framework`, `--countries` and `report --templates`;
/// an option given on the command line still wins. The file is read when the arguments are
/// validated, so a bad one stops the command before it starts (exit 1, with file:line:column).
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The SQLite store (default: the project file's, else \(Store.defaultPath)).", valueName: "path"))
    var dbOption: String?

    @Option(name: .customLong("framework"), help: ArgumentHelp("The framework registry (XML, validated against framework.xsd beside it, else the built-in one; default: the project file's, else \(Workspace.defaultFramework)).", valueName: "path"))
    var frameworkOption: String?

    @Option(name: .long, help: ArgumentHelp("The ISO 3166-1 country list (default: the project file's, else iso3166-1.csv beside the registry, else the built-in one).", valueName: "path"))
    var countries: String?

    @Option(name: .customLong("coinr-meta"), help: ArgumentHelp("Use a COINr iMeta table as the framework instead of the registry.", valueName: "iMeta.csv"))
    var coinrMeta: String?

    @Option(name: .customLong("project"), help: ArgumentHelp("The project file whose registry, store, country list and templates are the defaults (default: \(ProjectFile.name) in the working folder, when there is one).", valueName: "file"))
    var projectOption: String?

    /// The project file in use, read by ``validate()``.
    private(set) var project: ProjectFile?

    enum CodingKeys: String, CodingKey {
        case dbOption, frameworkOption, countries, coinrMeta, projectOption
    }

    /// The store: `--db`, else the project file's, else the default store.
    var db: String { dbOption ?? Store.defaultPath }

    /// The registry: `--framework`, else the project file's, else the AGILE 2024 registry.
    var framework: String {
        get { frameworkOption ?? Workspace.defaultFramework }
        set { frameworkOption = newValue }
    }

    /// The report templates of the project file, if it names them.
    var projectTemplates: String? { project?.templates }

    /// Reads the project file and fills every option the command line left out from it.
    mutating func validate() throws {
        if let projectOption {
            project = try ProjectFile.load(path: projectOption)
        } else {
            project = try ProjectFile.inWorkingFolder()
        }
        guard let project else { return }
        dbOption = dbOption ?? project.db
        frameworkOption = frameworkOption ?? project.framework
        countries = countries ?? project.countries
    }

    /// Loads the registry and the country list.
    func workspace() throws -> Workspace {
        try Workspace(framework: framework, countries: countries, coinrMeta: coinrMeta)
    }

    /// Loads the registry (checked to declare `edition` when given) and opens the store, to
    /// read the values of the `vintages` asked for.
    func storedEdition(_ edition: Int? = nil, vintages: VintageRequest = .revised) throws -> StoredEdition {
        try StoredEdition(workspace: workspace(), store: db, edition: edition, vintages: vintages)
    }
}
