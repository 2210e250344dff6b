// Loads the predecessor a registry names and checks the registry's lineage against it.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgileCore

extension RegistryLoader {
    /// The path of the predecessor registry named by the registry at `path`: its `<lineage
    /// predecessor="…">`, taken from that registry's folder.
    public static func predecessorPath(of framework: Framework, at path: String) -> String? {
        framework.predecessor.map { RegistryCompanion.beside($0.file, of: path) }
    }

    /// The lineage of `framework`, loaded from `path`, against the predecessor it names
    /// (`nil` when it names none). The predecessor is loaded with this loader's country list
    /// and schema and checked like any registry; its own predecessor is not read.
    ///
    /// ```swift
    /// let loader = RegistryLoader(countries: catalog)
    /// let framework = try loader.load(path: "Indicators/agile-2025.xml")
    /// let lineage = try loader.lineage(of: framework, path: "Indicators/agile-2025.xml")
    /// lineage?.revised.first // Revision(id: "I41", revises: "I09")
    /// ```
    /// - Throws: ``RegistryError`` when the predecessor is not there or the lineage does not
    ///   hold against it (every problem, each where it is declared); the predecessor's own
    ///   errors (``InputError``, ``RegistryError``) naming its file.
    public func lineage(of framework: Framework, path: String) throws -> EditionLineage? {
        guard let declaration = framework.predecessor, let predecessorPath = RegistryLoader.predecessorPath(of: framework, at: path) else {
            return nil
        }
        var status = stat()
        guard stat(predecessorPath, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            let place = declaration.provenance.map { "\($0): " } ?? "\(path): "
            throw RegistryError([
                "\(place)predecessor '\(Printable.name(declaration.file))' is not there: expected the registry of the previous edition at \(Printable.name(predecessorPath))",
            ])
        }
        let predecessor = try load(path: predecessorPath)
        let lineage = EditionLineage(edition: framework, predecessor: predecessor)
        guard lineage.problems.isEmpty else {
            throw RegistryError(lineage.problems.map { problem in
                problem.location == nil ? "\(path): \(problem.message)" : problem.description
            })
        }
        return lineage
    }
}
