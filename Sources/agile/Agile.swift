// The `agile` command: validate, ingest and inspect AGILE Index data.

import AgileCore
import AgileIO
import ArgumentParser

@main
struct Agile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agile",
        abstract: "Score, report and audit the AI Governance InternationaL Evaluation Index (AGILE Index).",
        discussion: """
            Country data is ingested into a SQLite store (default \(".agile/agile.sqlite"), --db to \
            change) and checked against a framework registry (default Indicators/agile-2024.xml, \
            --framework to change). In a folder with a project file (agile.toml, made by \
            `agile init`; or --project FILE) its registry, store and templates are the defaults.
            """,
        version: AgileVersion.current,
        subcommands: [Init.self, Validate.self, Ingest.self, DataCoverage.self, Score.self, Runs.self, Compare.self, Assess.self, Assessments.self, Report.self, Audit.self, Evidence.self]
    )

    /// Parses and runs the command as ArgumentParser does, but prints its messages (which may
    /// quote an argument, such as an unknown option) with control and invisible characters
    /// escaped (``Printable/message(_:)``), so no argument can drive the terminal, and exits
    /// with the status of the failure's kind (``ExitStatus``).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = ExitStatus.code(for: error) ?? exitCode(for: error)
            let text = fullMessage(for: error)
            if !text.isEmpty {
                if code == .success {
                    print(Printable.message(text))
                } else {
                    Terminal.error(text)
                }
            }
            Self.exit(withError: ExitCode(code.rawValue))
        }
    }
}
