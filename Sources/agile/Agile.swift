// The `agile` command: validate, ingest and inspect AGILE Index data.

import ArgumentParser

@main
struct Agile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agile",
        abstract: "Score, report and audit the AI Governance InternationaL Evaluation Index (AGILE Index).",
        discussion: """
            Country data is ingested into a SQLite store (default \(".agile/agile.sqlite"), --db to \
            change) and checked against a framework registry (default Indicators/agile-2024.xml, \
            --framework to change).
            """,
        subcommands: [Validate.self, Ingest.self, DataCoverage.self, Score.self, Report.self, Audit.self, Evidence.self]
    )
}
