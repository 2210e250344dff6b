// Options every command takes: the store, the registry and the country list.

import AgileCore
import AgileIO
import AgileUseCases
import ArgumentParser

/// `--db`, `--framework` and `--countries`, shared by every command.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite store.", valueName: "path"))
    var db: String = Store.defaultPath

    @Option(name: .long, help: ArgumentHelp("The framework registry (XML, validated against framework.xsd beside it, else the built-in one).", valueName: "path"))
    var framework: String = Workspace.defaultFramework

    @Option(name: .long, help: ArgumentHelp("The ISO 3166-1 country list (default: iso3166-1.csv beside the registry, else the built-in one).", valueName: "path"))
    var countries: String?

    @Option(name: .customLong("coinr-meta"), help: ArgumentHelp("Use a COINr iMeta table as the framework instead of the registry.", valueName: "iMeta.csv"))
    var coinrMeta: String?

    /// Loads the registry and the country list.
    func workspace() throws -> Workspace {
        try Workspace(framework: framework, countries: countries, coinrMeta: coinrMeta)
    }

    /// Loads the registry (checked to declare `edition` when given) and opens the store, to
    /// read the values of the `vintages` asked for.
    func storedEdition(_ edition: Int? = nil, vintages: VintageRequest = .standard) throws -> StoredEdition {
        try StoredEdition(workspace: workspace(), store: db, edition: edition, vintages: vintages)
    }
}
