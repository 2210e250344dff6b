// The pages of self-assessed countries: the country template, marked on the page and on every
// chart as a self-assessment, not part of the published ranking.

extension ReportSite {
    /// The page of each self-assessed country (`assessment-KEN.md`, `assessment-KEN.html`) and,
    /// for Markdown, its charts. Each of `assessed` holds the run's scores with the country's
    /// row added (`Scores.adding(_:)`) and its ``SelfAssessmentMark``; its links go to this
    /// site's ranking and methodology, which do not list it.
    public func assessedFiles(_ assessed: [ReportInput], formats: Set<Format>) -> [File] {
        var files: [File] = []
        var svgs: [String: String] = [:]
        for input in assessed {
            guard let mark = input.assessment, let row = input.scores.units.lastIndex(of: mark.unit) else { continue }
            let charts = ReportCharts(input: input).country(row: row)
            let name = ReportInput.pageName(mark.unit, assessed: true)
            files += countryPages(
                name, formats: Format.allCases.filter { formats.contains($0) }, title: "\(input.name(mark.unit)): \(mark.label)",
                charts: charts, of: input, row: row)
            for chart in charts.values { svgs[chart.name] = chart.svg }
        }
        if formats.contains(.markdown) {
            for (name, svg) in svgs.sorted(by: { $0.key < $1.key }) {
                files.append(File(path: "charts/\(name).svg", content: svg + "\n"))
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}
