// `agile report`: the static report site of a run — country pages, ranking, methodology, audit.

import AgileCore
import AgileIO
import AgileReport
import AgileUseCases
import ArgumentParser

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the report site: a page per country, the ranking, the methodology and the audit.",
        discussion: """
            Scores the stored data (or replays a recorded run with --run) and writes Markdown and \
            HTML pages from the templates in Templates/ (edit them and run again; no rebuild; \
            without that folder, the templates built into agile). \
            The site is written to a temporary folder and swapped into place, so a failure or a \
            kill never leaves half a site; the folder is replaced whole, and so --out must be a \
            new path, an empty folder or a site agile report wrote (it carries a .agile-site \
            marker, or holds only page names, charts/ and downloads/, the ranking and methodology \
            among them): any other folder, and one that is or \
            holds the store, the registry, the templates or the working folder, is refused \
            untouched. The same run gives byte-identical \
            files: no clock time is printed; a date is shown only when SOURCE_DATE_EPOCH is set.

            The audit page (audit.md, audit.html) runs the default design of `agile audit \
            uncertainty` (N replications from a fixed seed), a sensitivity analysis of the same \
            design (N = 500), effective weights, correlations and leave-one-out; --no-audit \
            leaves it out.

            With --editions the site holds every edition the registries agile-YYYY.xml of the \
            folder of --framework (default Indicators/) declare: YEAR/ per edition, scored as \
            published with the registry's method and weights (an edition whose registry names its \
            predecessor shows the change since it: ▲/▼ on the ranking, a change section on each \
            country page, a "what changed" page), and index.md|html listing the editions. The \
            whole folder is replaced at once; with --edition YEAR only that edition's folder and \
            the landing page are rebuilt, the other editions' folders kept byte for byte.

            Examples:
              agile report --out Reports
              agile report --editions --out Reports
              agile report --editions --edition 2025
              agile report --run 3 --format html --country DEU FRA
              agile report --audit-replications 5000 --audit-seed 7
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, both
    }

    @Option(name: .customLong("run"), help: ArgumentHelp("Replay this recorded run (see `agile runs`), with the registry the store kept with it.", valueName: "id"))
    var recordedRun: Int64?

    @Option(help: ArgumentHelp("The folder of the site: new, empty or an earlier site (replaced whole).", valueName: "dir"))
    var out: String = "Reports"

    @Option(name: .customLong("country"), parsing: .upToNextOption, help: ArgumentHelp("Only these countries' pages (the ranking and methodology are always written).", valueName: "code"))
    var onlyCountries: [String] = []

    @Option(help: "md, html or both.")
    var format: Format = .both

    @Option(help: ArgumentHelp("The template folder (default: the project file's, else Templates/ when the working folder has one, else the built-in templates).", valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp("Replications of the audit page's uncertainty analysis.", valueName: "n"))
    var auditReplications: Int = 1000

    @Option(help: ArgumentHelp("The seed of the audit's draws (default: the audit commands' default seed).", valueName: "s"))
    var auditSeed: UInt64?

    @Flag(help: "Leave the audit page out.")
    var noAudit = false

    @Flag(help: "Every edition the registries of the --framework folder declare, as published, with a landing page (with --edition: rebuild that edition's folder only).")
    var editions = false

    @OptionGroup var edition: EditionOption
    @OptionGroup var vintages: VintageOption
    @OptionGroup var weights: WeightsOption
    @OptionGroup var method: MethodOptions
    @OptionGroup var options: CommonOptions

    func validate() throws {
        guard auditReplications >= 2 else { throw ValidationError("--audit-replications must be at least 2") }
        if editions {
            let other = [recordedRun.map { _ in "--run" }, onlyCountries.isEmpty ? nil : "--country", vintages.given ? "a vintage option" : nil,
                         weights.weights.map { _ in "--weights" }, weights.overrides.isEmpty ? nil : "--weight",
                         method.choices.description.isEmpty ? nil : "a method option"].compactMap { $0 }.first
            if let other { throw ValidationError("--editions builds each edition as published with its registry's method and weights; leave out \(other)") }
        }
        if recordedRun != nil, vintages.given {
            throw ValidationError("--run replays the run with the vintages it was scored with; leave out --as-published, --as-of and --revised")
        }
        if recordedRun != nil { try RunReplay.refuse(RunReplay.choices(weights: weights, method: method, edition: edition)) }
    }

    func run() throws {
        if editions { return try runEditions() }
        let options = edition.applied(to: options)
        let report = try SiteReport(out: out, templates: templates ?? options.projectTemplates, store: options.db, registry: options.coinrMeta ?? options.framework, countries: options.countries)
        let run = try recordedRun.map { try RecordedRun($0, store: options.db, registry: options.framework, countries: options.countries).replay() }
            ?? ScoringRun(method: method.choices, weights: weights.request).score(options.storedEdition(edition.edition, vintages: vintages.request))
        if let note = run.notRecorded { Terminal.error("note: \(note)") }
        let assessments = try SiteReport.recordedAssessments(of: run, store: options.db, registry: options.framework)
        let formats: Set<ReportSite.Format> = format == .both ? [.markdown, .html] : format == .md ? [.markdown] : [.html]
        let site = try ProgressLine.showing { progress in
            try report.write(run, formats: formats, countries: onlyCountries, audit: noAudit ? nil : .init(replications: auditReplications, seed: auditSeed),
                             assessments: assessments, progress: progress)
        }
        for stale in site.stale {
            if stale.keptBecause == nil { print(stale) } else { Terminal.warning(stale.description) }
        }
        print("wrote \(site.files) files to \(out)/ (run \(run.runID.map(String.init) ?? "–"), data snapshot \(run.snapshot.prefix(12)))")
    }

    /// `--editions`: every edition's site and the landing page, or one edition rebuilt inside.
    private func runEditions() throws {
        let sites = try EditionSites(registryFolder: EditionRegistry.folder(of: options.framework), countries: options.countries)
        let report = try SiteReport(out: out, templates: templates ?? options.projectTemplates, store: options.db, registry: sites.editions[0].frameworkPath, countries: options.countries)
        let formats: Set<ReportSite.Format> = format == .both ? [.markdown, .html] : format == .md ? [.markdown] : [.html]
        let site = try ProgressLine.showing { progress in
            try sites.write(report, store: options.db, rebuilding: edition.edition.map { [$0] }, formats: formats,
                            audit: noAudit ? nil : .init(replications: auditReplications, seed: auditSeed), progress: progress)
        }
        for stale in site.stale {
            if stale.keptBecause == nil { print(stale) } else { Terminal.warning(stale.description) }
        }
        let built = edition.edition.map { "edition \($0) rebuilt" } ?? "editions " + sites.editions.map { String($0.framework.edition) }.joined(separator: ", ")
        print("wrote \(site.files) files to \(out)/ (\(built), as published)")
    }
}
