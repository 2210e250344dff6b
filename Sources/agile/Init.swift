// `agile init DIR`: a folder for a new index, with an example registry, a data template and a project file.

import AgileCore
import AgileIO
import AgileUseCases
import ArgumentParser

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a folder for an index of your own: example registry, data template, project file, README.",
        discussion: """
            DIR must be a new path or an empty folder; anything else is refused (exit 3) and \
            nothing is touched. It gets \(ProjectFile.name) (the project file: commands run in \
            DIR use its registry, store and templates unless --framework, --db or --templates \
            name others), \(ProjectScaffold.registryName) (a commented example registry to edit), \
            \(ProjectScaffold.dataTemplateName) (the header of the data file, its columns \
            explained), README.md (the next commands) and \(ProjectScaffold.templatesName)/ (the \
            report templates). The folder is written beside DIR and renamed into place, so it \
            is there whole or not at all.

            Example:
              agile init myindex && cd myindex && agile validate
            """)

    @Argument(help: ArgumentHelp("The folder to make (new, or empty).", valueName: "dir"))
    var folder: String

    func run() throws {
        let scaffold = ProjectScaffold()
        try scaffold.write(to: folder)
        let top = [ProjectFile.name, ProjectScaffold.registryName, ProjectScaffold.dataTemplateName, "README.md", ProjectScaffold.templatesName + "/"]
        print("created \(Printable.name(folder)): \(top.joined(separator: ", ")) (\(scaffold.files.count) files)")
        print("next: cd \(Printable.name(folder)), edit \(ProjectScaffold.registryName), run agile validate (\(Printable.name(folder))/README.md has the rest)")
    }
}
