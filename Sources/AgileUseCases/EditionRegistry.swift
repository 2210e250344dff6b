// Where an edition's registry is: `agile-YYYY.xml` in the folder of registries.

import AgileIO

/// The registries of editions, one `agile-YYYY.xml` per edition in a folder (`Indicators/`).
///
/// ```swift
/// let folder = EditionRegistry.folder(of: "Indicators/agile-2024.xml")        // "Indicators"
/// let later = try EditionRegistry.workspace(2025, in: folder, countries: nil)   // Indicators/agile-2025.xml
/// ```
public enum EditionRegistry {
    /// The folder of the registry at `path` (`.` for a bare file name).
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    /// Loads `folder/agile-YEAR.xml`, which must declare edition `year`.
    /// - Throws: ``RunError/otherEdition(registry:declared:asked:)`` when it declares another,
    ///   the registry's own errors.
    public static func workspace(_ year: Int, in folder: String, countries: String?) throws -> Workspace {
        let workspace = try Workspace(framework: "\(folder)/agile-\(year).xml", countries: countries)
        guard workspace.framework.edition == year else {
            throw RunError.otherEdition(registry: workspace.frameworkPath, declared: workspace.framework.edition, asked: year)
        }
        return workspace
    }
}
