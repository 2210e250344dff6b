// The report site of a run: templates read, the report's input built, pages rendered, the site swapped in.

import AgileCore
import AgileIO
import AgileReport
import Foundation

/// Writes the report site of a scored run into a folder, as `agile report` does: the folder is
/// checked and the templates read before any scoring, the audit page computed when asked for,
/// every page rendered, then the site put in place whole (``SiteWriter``).
///
/// ```swift
/// let report = try SiteReport(out: "Reports", templates: nil, store: db, registry: framework, countries: nil)
/// let run = try ScoringRun().score(edition)
/// let site = try report.write(run, formats: [.markdown, .html], audit: SiteReport.Audit(replications: 1000))
/// ```
public struct SiteReport {
    /// What the audit page runs: N replications from a seed (the audit commands' default when `nil`).
    public struct Audit: Sendable, Hashable {
        /// Replications of the uncertainty analysis (the sensitivity analysis takes at most 500).
        public var replications: Int
        /// The seed of the draws (`nil`: the audit commands' default).
        public var seed: UInt64?

        /// The audit of `replications` replications from `seed`.
        public init(replications: Int, seed: UInt64? = nil) {
            self.replications = replications
            self.seed = seed
        }
    }

    /// The site as written: how many files, and the temporary folders of killed runs found beside it.
    public struct Written {
        /// The number of files written.
        public let files: Int
        /// Temporary folders of killed runs beside the site: removed, or kept with the reason.
        public let stale: [StaleSiteFolder]
    }

    /// Puts the site in place (its destination checked).
    public let writer: SiteWriter
    /// The templates, parsed.
    public let templates: ReportTemplates

    /// Checks that `out` may receive a site (``SiteFolder``: never the store, the registry, the
    /// country list, the templates or the working folder) and reads the templates: those of
    /// `templates`, else `Templates/` of the working folder, else the built-in ones.
    /// - Throws: `SiteFolderError` for a refused folder, ``RunError/unreadableTemplate(path:files:)``
    ///   or `TemplateError` for a template that cannot be read or parsed.
    public init(out: String, templates given: String?, store: String, registry: String, countries: String?) throws {
        let folder = TemplateFolder.resolve(given)
        writer = SiteWriter(destination: out, inUse: SiteFolder.inUse(store: store, registry: registry, countries: countries, templates: folder))
        try writer.checkDestination()
        templates = try ReportTemplates(sources: try folder.map(SiteReport.templateSources) ?? ReportTemplates.builtInSources)
    }

    /// The template files of `folder` (``ReportTemplates/files``), by name.
    public static func templateSources(in folder: String) throws(RunError) -> [String: String] {
        var sources: [String: String] = [:]
        for name in ReportTemplates.files {
            let path = "\(folder)/\(name)"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw .unreadableTemplate(path: path, files: ReportTemplates.files)
            }
            sources[name] = text
        }
        return sources
    }

    /// Writes the site of `run`: every country's page, or only those `countries` names (the
    /// ranking and methodology are always written), the audit page when `audit` is given, and
    /// the page of each country `assessments` assessed against the run (``recordedAssessments(of:store:registry:)``),
    /// linked from the ranking under "Self-assessments", not in its table.
    /// `progress` hears of the audit's steps and of the pages (`report`).
    /// - Throws: ``RunError/notScored(code:)`` for a country the run did not score (before any
    ///   audit is computed), the audit's `ScoringError`, or the writer's errors; the folder is
    ///   then as it was.
    public func write(
        _ run: ScoredRun, formats: Set<ReportSite.Format>, countries: [String] = [], audit: Audit?,
        assessments: [AssessmentResult] = [], progress: StepProgress? = nil
    ) throws -> Written {
        let files = try files(run, formats: formats, countries: countries, audit: audit, assessments: assessments, progress: progress)
        let stale = try writer.write(site: files)
        return Written(files: files.count, stale: stale)
    }

    /// The files of the site of `run`, as ``write(_:formats:countries:audit:assessments:progress:)`` writes
    /// them, with the change since the previous edition (`comparison`) on the ranking and
    /// country pages and its "what changed" page; `landingPage`, when the edition is one of a
    /// site of several, is linked from the HTML pages' menu ("All editions").
    /// - Throws: as ``write(_:formats:countries:audit:assessments:progress:)``, before anything is written.
    public func files(
        _ run: ScoredRun, formats: Set<ReportSite.Format>, countries: [String] = [], audit: Audit?,
        comparison: PreviousEdition? = nil, assessments: [AssessmentResult] = [], landingPage: String? = nil, progress: StepProgress? = nil
    ) throws -> [ReportSite.File] {
        let units = countries.isEmpty ? nil : try run.rows(countries).map { run.scores.units[$0] }
        var report = SiteReport.input(
            run, audit: try audit.map { try ReportAudit.compute(run.auditModel(), replications: $0.replications, seed: $0.seed, progress: progress) })
        report.change = comparison?.change
        report.lineage = comparison?.lineage
        report.earlierRevised = comparison?.revised?.scores
        report.revisedVintages = comparison?.revised?.vintages
        report.landingPage = landingPage
        let assessed = SiteReport.assessedInputs(assessments, site: report)
        report.selfAssessed = assessed.compactMap { $0.assessment?.unit }
        let site = ReportSite(input: report, templates: templates)
        let files = site.files(formats: formats, countries: units) { done, total in
            progress?("report", done, total)
        }
        return assessed.isEmpty ? files : (files + site.assessedFiles(assessed, formats: formats)).sorted { $0.path < $1.path }
    }
}

/// What a site shows of the edition before its own: the change since it (``EditionChange``), the
/// framework's lineage, and the earlier edition scored on its values as revised since.
public struct PreviousEdition: Sendable {
    public var change: EditionChange
    public var lineage: EditionLineage?
    /// The earlier edition's scores on its revised values, and their vintages (`nil`: not computed).
    public var revised: (scores: Scores, vintages: VintageSelection)?

    public init(change: EditionChange, lineage: EditionLineage?, revised: (scores: Scores, vintages: VintageSelection)? = nil) {
        self.change = change
        self.lineage = lineage
        self.revised = revised
    }
}

extension SiteReport {
    /// What the pages of `run` are made from.
    static func input(_ run: ScoredRun, audit: AuditResults?) -> ReportInput {
        var input = ReportInput(
            framework: run.framework, method: run.method, scores: run.scores, selection: run.selection,
            countries: run.countries, illustrative: run.illustrative,
            snapshot: String(run.snapshot.prefix(12)), version: run.version, date: SourceDate.current(),
            weights: run.weights == .declared ? "as declared in the registry" : run.weightsText,
            evidence: run.evidence, audit: audit, vintages: run.vintages)
        input.weightChoice = run.weights
        return input
    }
}
