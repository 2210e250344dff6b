// `agile assess`: score countries' own values against a recorded run without moving anyone else.

import AgileCore
import AgileIO
import AgileReport
import AgileUseCases
import ArgumentParser

struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score a country against a published edition without moving anyone else (a self-assessment).",
        discussion: """
            Reads the values of one or more countries from data files (any format `agile ingest` \
            reads; a country need not be in the edition, but must be an ISO 3166-1 country) and \
            scores them with the parameters of a recorded run frozen: the run's denominators and \
            transforms, its outlier treatment (winsorisation bounds, log fallback), its \
            normalisation (minimum and maximum, mean and standard deviation, goalposts, or \
            among its values for ranks), weights, aggregation, missing-data rule, tiers and \
            development–governance split. Nobody else's score changes. Each score is placed \
            among the run's countries (the rank it would take, ties at the lowest rank) beside \
            the median of the others. A value outside the run's range (its treated values; the \
            goalposts where goalposts apply) is flagged and clipped to it, unless --extrapolate \
            lets scores leave the scale. The assessment is recorded in the store (the run, each \
            file's name and SHA-256, the values read, --extrapolate, every placement) unless the \
            store is read only; `agile assessments` lists them and --replay ID prints one again, \
            byte for byte, without its files. --out DIR also writes a stand-alone site (as \
            `agile report --out`, whose folder rules it follows): the run's pages and a page per \
            assessed country (assessment-KEN.md, .html), marked on the page and every chart as a \
            self-assessment, not part of the published ranking.

            Examples:
              agile assess Data/assess/ken.csv --edition 2024
              agile assess ken.csv --run 3 --format json
              agile assess --replay 2
              agile assess ken.csv --edition 2024 --out Assessment-KEN
            """)

    @Argument(help: ArgumentHelp("The data files with the countries' values ('-': standard input).", valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp("Assess against the latest recorded run of this edition.", valueName: "year"))
    var edition: Int?

    @Option(name: .customLong("run"), help: ArgumentHelp("Assess against this recorded run (see `agile runs`).", valueName: "id"))
    var recordedRun: Int64?

    @Flag(help: "Let values beyond the run's range score beyond the scale (default: clip them to the range and flag them).")
    var extrapolate = false

    @Option(help: ArgumentHelp("Print this recorded assessment again, from the store alone (see `agile assessments`).", valueName: "id"))
    var replay: Int64?

    @Option(help: ArgumentHelp("Also write a stand-alone site: the run's report and each assessed country's page (assessment-KEN.md, .html), marked as a self-assessment; new, empty or an earlier site (replaced whole), as `agile report --out`.", valueName: "dir"))
    var out: String?

    @Option(help: ArgumentHelp("The template folder of --out (default: the project file's, else Templates/ when the working folder has one, else the built-in templates).", valueName: "dir"))
    var templates: String?

    @OptionGroup var format: FormatOption
    @OptionGroup var options: CommonOptions

    func validate() throws {
        if replay != nil {
            let given = [(!files.isEmpty, "the files"), (edition != nil, "--edition"), (recordedRun != nil, "--run"), (extrapolate, "--extrapolate")]
            if let first = given.first(where: \.0) {
                throw ValidationError("--replay prints a recorded assessment with its own run, values and parameters: leave out \(first.1)")
            }
            return
        }
        guard (edition == nil) != (recordedRun == nil) else { throw ValidationError("Give either --edition YEAR or --run ID.") }
        guard !files.isEmpty else { throw ValidationError("Give the data file(s) with the values to assess.") }
    }

    func run() throws {
        var options = self.options
        if let edition, options.framework == Workspace.defaultFramework { options.framework = "Indicators/agile-\(edition).xml" }
        let catalog = try CountryList.load(path: options.countries, registry: options.framework)
        // The folder is checked and the templates read before anything is assessed or recorded.
        let report = try out.map {
            try SiteReport(out: $0, templates: templates ?? options.projectTemplates, store: options.db, registry: options.framework, countries: options.countries)
        }
        let store = try Workspace.openStore(path: options.db, countries: catalog, mustExist: true)
        let result: AssessmentResult
        if let replay {
            result = try SelfAssessment.replay(replay, in: store, registry: options.framework, countries: catalog)
            for change in result.changed { Terminal.warning("assessment \(replay) replays otherwise than recorded: \(change)") }
        } else {
            let id = try recordedRun ?? SelfAssessment.latestRun(edition: edition!, in: store)
            let recorded = try RecordedRun(id, in: store, registry: options.framework, countries: catalog)
            result = try SelfAssessment(extrapolate: extrapolate).assess(files, against: recorded)
            if let note = result.notRecorded { Terminal.error("note: \(note)") }
        }
        format.print(AssessmentOutput(result).output)
        if let report, let out {
            let site = try report.write(result, formats: [.markdown, .html])
            for stale in site.stale {
                if stale.keptBecause == nil { Terminal.error(stale.description) } else { Terminal.warning(stale.description) }
            }
            let pages = result.units.map { "assessment-\($0.unit).html" }.joined(separator: ", ")
            Terminal.error("wrote \(site.files) files to \(out)/ (\(pages), run \(result.runID))")
        }
    }
}
