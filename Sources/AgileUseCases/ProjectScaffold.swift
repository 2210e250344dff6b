// `agile init`: the folder of a new index — example registry, data template, project file, README, templates.

import AgileIO
import AgileReport

/// The files of a new index's folder, written by `agile init DIR`:
///
/// - `agile.toml`, the project file (``ProjectFile``) naming the registry, the store and the
///   templates, so the commands run in the folder need no `--framework`, `--db`, `--templates`;
/// - `registry.xml`, a commented example registry (2 pillars, 7 indicators of every type, 10
///   countries, no evidence) that validates as written;
/// - `data-template.csv`, the long CSV header with its columns explained (not illustrative);
/// - `README.md`, the commands to run next;
/// - `templates/`, a copy of the built-in report templates to edit.
///
/// ```swift
/// try ProjectScaffold().write(to: "myindex")
/// ```
public struct ProjectScaffold: Sendable {
    /// The registry's file name.
    public static let registryName = "registry.xml"
    /// The data template's file name.
    public static let dataTemplateName = "data-template.csv"
    /// The template folder's name.
    public static let templatesName = "templates"

    /// The folder's files: path relative to the folder, and text.
    public let files: [(path: String, text: String)]

    public init() {
        var files: [(path: String, text: String)] = [
            (ProjectFile.name, Self.projectFile),
            (Self.registryName, Self.registry),
            (Self.dataTemplateName, Self.dataTemplate),
            ("README.md", Self.readme),
        ]
        for name in ReportTemplates.files {
            files.append(("\(Self.templatesName)/\(name)", ReportTemplates.builtInSources[name] ?? ""))
        }
        self.files = files
    }

    /// Writes the folder `path`, which must be new or an empty folder; nothing is overwritten.
    /// - Throws: `OutputError` naming `path` when it is refused or cannot be written (nothing
    ///   is left half-written).
    public func write(to path: String) throws(OutputError) {
        try NewFolder.create(path, files: files, advice: "give agile init a new folder or an empty one")
    }
}
