// What every command works on: the registry, the country list and the store, found by path.

import AgileCore

/// The registry, the ISO country list and the store a command uses.
///
/// ```swift
/// let workspace = try Workspace(framework: "Indicators/agile-2024.xml", db: ".agile/agile.sqlite")
/// ```
public struct Workspace {
    /// The registry used unless `--framework` names another.
    public static let defaultFramework = "Indicators/agile-2024.xml"

    public let frameworkPath: String
    public let framework: Framework
    public let countries: CountryCatalog

    /// The ISO country list beside a registry: `iso3166-1.csv` in the same folder.
    public static func defaultCountries(for frameworkPath: String) -> String {
        let folder = frameworkPath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return folder.isEmpty ? "iso3166-1.csv" : "\(folder)/iso3166-1.csv"
    }

    /// Loads the country list and the registry (validated against its schema and checked).
    ///
    /// - Parameters:
    ///   - coinrMeta: a COINr `iMeta` table to use as the framework instead of the registry.
    public init(framework path: String = Workspace.defaultFramework, countries countriesPath: String? = nil, coinrMeta: String? = nil) throws {
        countries = try CountryList.load(path: countriesPath ?? Workspace.defaultCountries(for: path))
        if let coinrMeta {
            frameworkPath = coinrMeta
            framework = try COINrMetaReader().read(path: coinrMeta)
        } else {
            frameworkPath = path
            framework = try RegistryLoader(countries: countries).load(path: path)
        }
    }

    /// The check every reader applies to this framework's data.
    public var check: ObservationCheck { ObservationCheck(framework: framework, countries: countries) }

    /// Opens the store at `path` (`:memory:` for a throw-away one).
    public func openStore(path: String) throws -> Store {
        try Store(path: path, countries: countries)
    }
}
