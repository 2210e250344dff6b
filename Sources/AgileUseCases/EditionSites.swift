// Every edition's site under one folder: `YEAR/` per edition as published, each later edition
// with its change since the one before, and the landing page that lists them.

import AgileCore
import AgileIO
import AgileReport
import Foundation

/// The editions the registries of a folder declare (`agile-YYYY.xml`), written as one site as
/// `agile report --editions` does: `YEAR/…` holds each edition's site scored as published (an
/// edition whose registry names its predecessor, also one of the folder's, gets the change since
/// it on its ranking and country pages and a "what changed" page; the assessments recorded
/// against its run, each country's page linked under "Self-assessments"), and `index.md|html` lists the
/// editions. The whole folder is replaced at once (``SiteWriter``); rebuilding some editions
/// keeps the other editions' folders byte for byte as they were.
///
/// ```swift
/// let sites = try EditionSites(registryFolder: "Indicators", countries: nil)
/// let report = try SiteReport(out: "Reports", templates: nil, store: db, registry: sites.editions[0].frameworkPath, countries: nil)
/// try sites.write(report, store: db, formats: [.markdown, .html], audit: SiteReport.Audit(replications: 1000))
/// ```
public struct EditionSites {
    /// The folder the registries were found in.
    public let folder: String
    /// The editions' workspaces, oldest first.
    public let editions: [Workspace]

    /// Finds and loads the registries `agile-YYYY.xml` of `folder`.
    /// - Throws: ``RunError/noEditions(folder:)`` when there is none, ``RunError/otherEdition(registry:declared:asked:)``
    ///   when a registry declares another edition than its name, a registry's own errors.
    public init(registryFolder folder: String, countries: String?) throws {
        self.folder = folder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let years = names.compactMap(EditionSites.year).sorted()
        guard !years.isEmpty else { throw RunError.noEditions(folder: folder) }
        editions = try years.map { try EditionRegistry.workspace($0, in: folder, countries: countries) }
    }

    /// The edition year of a registry file name `agile-YYYY.xml` (`nil` for any other name).
    static func year(_ name: String) -> Int? {
        let digits = name.utf8.dropFirst(6).dropLast(4)
        guard name.hasPrefix("agile-"), name.hasSuffix(".xml"), digits.count == 4, digits.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    /// The edition `workspace`'s registry names as its predecessor, when it is one of ``editions``.
    public func predecessor(of workspace: Workspace) -> Workspace? {
        guard let path = RegistryLoader.predecessorPath(of: workspace.framework, at: workspace.frameworkPath) else { return nil }
        let name = path.split(separator: "/").last.map(String.init)
        return editions.first { $0.frameworkPath.split(separator: "/").last.map(String.init) == name && $0.framework.edition < workspace.framework.edition }
    }

    /// Writes the site: every edition, or only the editions `rebuilding` names (the others'
    /// folders are kept as they are; one missing is built), and the landing page. Each edition
    /// is scored as published; `audit` as for one site.
    /// - Throws: ``RunError/noSuchEdition(_:folder:declared:)`` for an edition no registry
    ///   declares, ``RunError/noPublicationDate(registry:)`` for a registry without a
    ///   publication date, and the errors of scoring, comparing and writing; the folder is then
    ///   as it was.
    public func write(
        _ report: SiteReport, store: String, rebuilding: [Int]? = nil, formats: Set<ReportSite.Format>, audit: SiteReport.Audit?,
        progress: StepProgress? = nil
    ) throws -> SiteReport.Written {
        let declared = editions.map(\.framework.edition)
        if let missing = rebuilding?.first(where: { !declared.contains($0) }) {
            throw RunError.noSuchEdition(missing, folder: folder, declared: declared)
        }
        var files: [ReportSite.File] = []
        var illustrative = false
        var entries: [EditionEntry] = []
        for workspace in editions {
            let year = workspace.framework.edition
            let earlier = predecessor(of: workspace)
            let lineage = earlier.map { EditionLineage(edition: workspace.framework, predecessor: $0.framework) }
            entries.append(EditionEntry(framework: workspace.framework, lineage: lineage, predecessor: earlier?.framework))
            let run = try ScoringRun().score(StoredEdition(workspace: workspace, store: store, vintages: .asPublished))
            illustrative = illustrative || run.illustrative
            if let rebuilding, !rebuilding.contains(year), let kept = EditionSites.read(folder: "\(report.writer.destination)/\(year)") {
                files += kept.map { var file = $0; file.path = "\(year)/\($0.path)"; return file }
                continue
            }
            let comparison = try earlier.map { earlier in
                PreviousEdition(
                    change: try EditionComparison(earlier: earlier, later: workspace, store: store).run().change, lineage: lineage,
                    revised: try EditionSites.revised(earlier, asOf: StoredEdition.publicationDate(of: workspace.framework), store: store))
            }
            let assessments = try SiteReport.recordedAssessments(of: run, store: store, registry: workspace.frameworkPath)
            let site = try report.files(run, formats: formats, audit: audit, comparison: comparison, assessments: assessments, landingPage: "../index.html", progress: progress)
            files += site.map { var file = $0; file.path = "\(year)/\($0.path)"; return file }
        }
        let landing = EditionsPage(entries: entries, countries: editions.last!.countries, illustrative: illustrative)
        files += landing.files(formats: formats, templates: report.templates)
        let stale = try report.writer.write(site: files)
        return SiteReport.Written(files: files.count, stale: stale)
    }

    /// The `earlier` edition scored on its values as published, each replaced by its revision as
    /// of `date` (the later edition's publication): the value of the same country, indicator,
    /// year and source the store held then (values for later years are not revisions and are
    /// left out). Nothing is recorded; `nil` without a date or when no value was revised.
    static func revised(_ earlier: Workspace, asOf date: CalendarDate?, store: String) throws -> (scores: Scores, vintages: VintageSelection)? {
        guard let date else { return nil }
        let before = earlier.framework.method.imputation == .latestEarlier
        let published = try StoredEdition(workspace: earlier, store: store, vintages: .asPublished).data(earlier: before).observations
        let edition = try StoredEdition(workspace: earlier, store: store, vintages: .asOf(date))
        struct Key: Hashable { let country: String, indicator: String, year: Int, source: String }
        // Per year of the published values, the values of that year alone as of the date (a
        // window of one year: the store selects the latest year of a window).
        let participants = earlier.framework.participants.map(\.code)
        var now: [Key: Observation] = [:]
        for year in Set(published.map(\.year)).sorted() {
            for observation in try edition.store.editionObservations(
                countries: participants.isEmpty ? nil : participants, indicators: earlier.framework.dataCodes, years: year...year,
                earlier: false, vintage: edition.vintages.cutoff) {
                now[Key(country: observation.country, indicator: observation.indicator, year: observation.year, source: observation.source)] = observation
            }
        }
        let revised = published.map { now[Key(country: $0.country, indicator: $0.indicator, year: $0.year, source: $0.source)] ?? $0 }
        guard zip(revised, published).contains(where: { $0.value != $1.value }) else { return nil }
        let data = EditionData(framework: earlier.framework, observations: revised)
        return (try ScoringPipeline(framework: earlier.framework).run(data.input), edition.vintages)
    }

    /// The files of an edition's folder in an earlier site (relative paths), or `nil` when it is
    /// not there or a file cannot be read (as text, but for a workbook's bytes).
    static func read(folder: String) -> [ReportSite.File]? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
              let enumerator = FileManager.default.enumerator(atPath: folder) else { return nil }
        var files: [ReportSite.File] = []
        while let path = enumerator.nextObject() as? String {
            var isSubfolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: "\(folder)/\(path)", isDirectory: &isSubfolder) else { return nil }
            if isSubfolder.boolValue { continue }
            guard let data = FileManager.default.contents(atPath: "\(folder)/\(path)") else { return nil }
            if path.hasSuffix(".xlsx") {
                files.append(ReportSite.File(path: path, binary: .bytes(Array(data))))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else { return nil }
            files.append(ReportSite.File(path: path, content: text))
        }
        return files.sorted { $0.path < $1.path }
    }
}
