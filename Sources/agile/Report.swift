// `agile report`: the static report site of a run — country pages, ranking, methodology, audit.

import AgileCore
import AgileIO
import AgileReport
import ArgumentParser
import Foundation

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
            marker, or holds only page names and charts/): any other folder, and one that is or \
            holds the store, the registry, the templates or the working folder, is refused \
            untouched. The same run gives byte-identical \
            files: no clock time is printed; a date is shown only when SOURCE_DATE_EPOCH is set.

            The audit page (audit.md, audit.html) runs the default design of `agile audit \
            uncertainty` (N replications from a fixed seed), a sensitivity analysis of the same \
            design (N = 500), effective weights, correlations and leave-one-out; --no-audit \
            leaves it out.

            Examples:
              agile report --out Reports
              agile report --run 3 --format html --country DEU FRA
              agile report --audit-replications 5000 --audit-seed 7
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, both
    }

    @Option(help: ArgumentHelp("Report this edition with Indicators/agile-YEAR.xml (unless --framework is given).", valueName: "year"))
    var edition: Int?

    @Option(name: .customLong("run"), help: ArgumentHelp("Replay this recorded run (see `agile score`).", valueName: "id"))
    var recordedRun: Int64?

    @Option(help: ArgumentHelp("The folder of the site: new, empty or an earlier site (replaced whole).", valueName: "dir"))
    var out: String = "Reports"

    @Option(name: .customLong("country"), parsing: .upToNextOption, help: ArgumentHelp("Only these countries' pages (the ranking and methodology are always written).", valueName: "code"))
    var onlyCountries: [String] = []

    @Option(help: "md, html or both.")
    var format: Format = .both

    @Option(help: ArgumentHelp("The template folder (default: Templates/ when the working folder has one, else the built-in templates).", valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp("A weight set of the registry, or 'equal'.", valueName: "name"))
    var weights: String?

    @Option(help: ArgumentHelp("Replications of the audit page's uncertainty analysis.", valueName: "n"))
    var auditReplications: Int = 1000

    @Option(help: ArgumentHelp("The seed of the audit's draws (default: the audit commands' default seed).", valueName: "s"))
    var auditSeed: UInt64?

    @Flag(help: "Leave the audit page out.")
    var noAudit = false

    @OptionGroup var method: MethodOptions
    @OptionGroup var options: CommonOptions

    func validate() throws {
        guard auditReplications >= 2 else { throw ValidationError("--audit-replications must be at least 2") }
    }

    func run() throws {
        var options = self.options
        if let edition, options.framework == Workspace.defaultFramework {
            options.framework = "Indicators/agile-\(edition).xml"
        }
        let templateFolder = TemplateFolder.resolve(templates)
        let site = SiteWriter(destination: out, inUse: SiteFolder.inUse(
            store: options.db, registry: options.coinrMeta ?? options.framework, countries: options.countries, templates: templateFolder))
        try site.checkDestination()
        let templateSet = try ReportTemplates(sources: try templateFolder.map(Report.readTemplates) ?? ReportTemplates.builtInSources)
        let scoreRun: ScoreRun
        if let recordedRun {
            scoreRun = try ScoreRun.replay(run: recordedRun, options: options)
        } else {
            let choice = WeightChoice(name: weights)
            scoreRun = try ScoreRun.stored(options: options, method: method.choices, weights: choice, edition: edition)
        }
        var countries: [String]?
        if !onlyCountries.isEmpty {
            countries = try onlyCountries.map { code in
                guard let alpha3 = scoreRun.countries.alpha3(for: code), scoreRun.scores.units.contains(alpha3) else {
                    throw ValidationError("'\(code)' is not one of the countries scored.")
                }
                return alpha3
            }
        }
        let input = ReportInput(
            framework: scoreRun.framework, method: scoreRun.method, scores: scoreRun.scores, selection: scoreRun.selection,
            countries: scoreRun.countries, illustrative: scoreRun.illustrative,
            snapshot: String(scoreRun.snapshot.prefix(12)), date: Report.sourceDate(),
            weights: scoreRun.weightsText == "declared" ? "as declared in the registry" : scoreRun.weightsText,
            evidence: scoreRun.evidence,
            audit: noAudit ? nil : try ReportAudit.compute(scoreRun, replications: auditReplications, seed: auditSeed))
        let formats: Set<ReportSite.Format> = switch format {
        case .md: [.markdown]
        case .html: [.html]
        case .both: [.markdown, .html]
        }
        let progress = ProgressLine(label: "report")
        let files = ReportSite(input: input, templates: templateSet).files(formats: formats, countries: countries) { done, total in
            progress.update(done, of: total)
        }
        progress.finish()
        for stale in try site.write(files.map { ($0.path, $0.content) }) {
            if stale.keptBecause == nil { print(stale) } else { Terminal.warning(stale.description) }
        }
        print("wrote \(files.count) files to \(out)/ (run \(scoreRun.runID.map(String.init) ?? "–"), data snapshot \(scoreRun.snapshot.prefix(12)))")
    }

    /// The template files, read from `folder`.
    static func readTemplates(from folder: String) throws -> [String: String] {
        var sources: [String: String] = [:]
        for name in ReportTemplates.files {
            let path = "\(folder)/\(name)"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ValidationError("\(path): the template cannot be read (the folder needs \(ReportTemplates.files.joined(separator: ", "))).")
            }
            sources[name] = text
        }
        return sources
    }

    /// The date of SOURCE_DATE_EPOCH as YYYY-MM-DD (UTC), or `nil` when it is not set.
    static func sourceDate() -> String? {
        guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text) else { return nil }
        var days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
