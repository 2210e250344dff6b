// The stand-alone site of a self-assessment: the run's report and the assessed countries' pages.

import AgileCore
import AgileIO
import AgileReport

extension SiteReport {
    /// Writes the site of the run `result` was placed against (its ranking, methodology,
    /// evidence and country pages, as `agile report` writes them without the audit) and a page
    /// per assessed country (`assessment-KEN`), from the country template, marked on the page
    /// and on every chart "self-assessment against the AGILE Index 2024 — not part of the
    /// published ranking", with its coverage. The ranking does not list the assessed countries.
    /// - Throws: the writer's errors; the folder is then as it was.
    public func write(_ result: AssessmentResult, formats: Set<ReportSite.Format>) throws -> Written {
        let run = result.run
        let input = SiteReport.input(run, audit: nil)
        let mark = SiteReport.assessmentLabel(run.framework)
        let assessed = result.units.map { unit in
            ReportInput(
                framework: run.framework, method: run.method, scores: run.scores.adding(unit), selection: result.selection,
                countries: run.countries, illustrative: result.illustrative, snapshot: input.snapshot, version: input.version,
                date: input.date, weights: input.weightsText, evidence: run.evidence, vintages: run.vintages,
                assessment: SelfAssessmentMark(unit: unit.unit, label: mark, rangeFlags: unit.flags))
        }
        let site = ReportSite(input: input, templates: templates)
        let files = (site.files(formats: formats) + site.assessedFiles(assessed, formats: formats)).sorted { $0.path < $1.path }
        let stale = try writer.write(files.map { ($0.path, $0.content) })
        return Written(files: files.count, stale: stale)
    }

    /// "Self-assessment against the AGILE Index 2024 — not part of the published ranking".
    static func assessmentLabel(_ framework: Framework) -> String {
        let name = framework.name.contains(String(framework.edition)) ? framework.name : "\(framework.name) \(framework.edition)"
        return "Self-assessment against the \(name) — not part of the published ranking"
    }
}
