// The self-assessments of a site: the stand-alone site of `agile assess --out`, and the
// assessments recorded against a run that `agile report` renders into that run's site.

import AgileCore
import AgileIO
import AgileReport

extension SiteReport {
    /// Writes the site of the run `result` was placed against (its ranking, methodology,
    /// evidence and country pages, as `agile report` writes them without the audit) and a page
    /// per assessed country (`assessment-KEN`), from the country template, marked on the page
    /// and on every chart "self-assessment against the AGILE Index 2024 — not part of the
    /// published ranking", with its coverage. The ranking does not list the assessed countries
    /// in its table; it links their pages under "Self-assessments".
    /// - Throws: the writer's errors; the folder is then as it was.
    public func write(_ result: AssessmentResult, formats: Set<ReportSite.Format>) throws -> Written {
        var input = SiteReport.input(result.run, audit: nil)
        let assessed = SiteReport.assessedInputs([result], site: input)
        input.selfAssessed = assessed.compactMap { $0.assessment?.unit }
        let site = ReportSite(input: input, templates: templates)
        let files = (site.files(formats: formats) + site.assessedFiles(assessed, formats: formats)).sorted { $0.path < $1.path }
        let stale = try writer.write(site: files)
        return Written(files: files.count, stale: stale)
    }

    /// The assessments recorded against `run` (those whose run id is ``ScoredRun/runID``: a
    /// run scored again on the same data snapshot, method, weights, vintages and agile version
    /// is the same record, so the site of an edition finds the assessments placed against it),
    /// each assessed again from the store alone (``SelfAssessment/replay(_:in:registry:countries:)``),
    /// oldest first. None for a run that was not recorded.
    /// - Throws: the store's errors and the replay's.
    public static func recordedAssessments(of run: ScoredRun, store path: String, registry: String) throws -> [AssessmentResult] {
        guard let runID = run.runID else { return [] }
        let store = try Workspace.openStore(path: path, countries: run.countries, mustExist: true)
        return try store.assessments().filter { $0.run == runID }.map {
            try SelfAssessment.replay($0.id, in: store, registry: registry, countries: run.countries)
        }
    }

    /// What each assessed country's page is made from: the run's scores with its row added and
    /// its mark, one per country; a country assessed more than once shows its latest
    /// assessment (the last of `results`).
    static func assessedInputs(_ results: [AssessmentResult], site input: ReportInput) -> [ReportInput] {
        var byCountry: [String: ReportInput] = [:]
        for result in results {
            let run = result.run
            let mark = SiteReport.assessmentLabel(run.framework)
            for unit in result.units {
                byCountry[unit.unit] = ReportInput(
                    framework: run.framework, method: run.method, scores: run.scores.adding(unit), selection: result.selection,
                    countries: run.countries, illustrative: result.illustrative, snapshot: input.snapshot, version: input.version,
                    date: input.date, weights: input.weightsText, evidence: run.evidence, vintages: run.vintages,
                    assessment: SelfAssessmentMark(unit: unit.unit, label: mark, rangeFlags: unit.flags))
            }
        }
        return byCountry.keys.sorted().map { byCountry[$0]! }
    }

    /// "Self-assessment against the AGILE Index 2024 — not part of the published ranking".
    static func assessmentLabel(_ framework: Framework) -> String {
        let name = framework.name.contains(String(framework.edition)) ? framework.name : "\(framework.name) \(framework.edition)"
        return "Self-assessment against the \(name) — not part of the published ranking"
    }
}
