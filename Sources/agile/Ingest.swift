// `agile ingest`: read data files into the store, one transaction per file.

import AgileCore
import AgileIO
import AgileUseCases
import ArgumentParser

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read country-data files into the store (one transaction per file).",
        discussion: """
            The format of each file is recognised from its content: long CSV \
            (country,indicator,year,value[,source,note]), wide CSV (country,year,<codes>…), the \
            toolkit's XML, World Bank bulk CSV or API XML, COINr iData (with --coinr-meta); \
            model-safety evidence in the generic evidence CSV \
            (benchmark,model,country,dimension,sub_dimension,context,metric,value,n). \
            A file with any bad value is rejected whole, with file:line:column of the first \
            problem; the other files are still read. Content ingested before (the same SHA-256, \
            under any name) changes nothing, so a later correction stays; a new value for the \
            same country, indicator, year and source supersedes the stored one, which stays as \
            history, and each one superseded is named on a line of its own \
            (file:line: KEN I14 2023: 4.8 (ingest #2, y2.csv:2) → 48). --dry-run prints all \
            that and writes nothing. `-` reads standard input; a pipe or a FIFO is read once, \
            as it streams.

            A file is illustrative (not official) data when it says so (# illustrative in CSV, \
            illustrative="true" in XML), when a file NAME.illustrative sits beside it (for \
            formats that cannot say so: World Bank, VESTA), or with --illustrative.

            Examples:
              agile ingest Data/*.csv Data/*.xml
              agile ingest --dry-run corrected.csv
              agile ingest --coinr-meta iMeta.csv iData.csv --db coinr.sqlite
              curl -s https://example.org/data.csv | agile ingest -
            """)

    @Argument(help: ArgumentHelp("Data files to ingest (`-`: standard input).", valueName: "file"))
    var files: [String]

    @Flag(help: "Mark the data as illustrative (not official); reports then say so.")
    var illustrative = false

    @Flag(name: .customLong("dry-run"), help: "Print what the ingest would do (values added and superseded) and write nothing.")
    var dryRun = false

    @Option(name: .customLong("busy-timeout"), help: ArgumentHelp("Seconds to wait while another process writes the store.", valueName: "seconds"))
    var busyTimeout: Double = 30

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one data file to ingest.") }
        if !(busyTimeout >= 0) { throw ValidationError("--busy-timeout takes a number of seconds, 0 or more.") }
    }

    func run() throws {
        let ingest = IngestRun(workspace: try options.workspace(), store: options.db, dryRun: dryRun, illustrative: illustrative, busyTimeout: busyTimeout)
        let outcome = try ingest.run(files) { event in
            switch event {
            case .evidenceWarning(let warning):
                Terminal.warning(warning)
            case .evidence(let result):
                print(([IngestReport.line(result, dryRun: dryRun)] + result.supersessions.map(\.description)).joined(separator: "\n"))
            case .data(let result):
                for warning in result.summary.warnings { Terminal.warning("\(result.file): \(warning)") }
                print(([IngestReport.line(result, dryRun: dryRun)] + result.supersessions.map(\.description)).joined(separator: "\n"))
            case .rejected(let file, let error):
                Terminal.error("error: \(error)")
                print("rejected   \(Printable.name(file)): nothing stored")
            }
        }
        if dryRun { print("dry run: nothing written to \(options.db)") }
        if outcome.storeRemoved { print("no store created: nothing was stored in \(options.db)") }
        if outcome.failures > 0 { throw ExitCode.failure }
    }
}
