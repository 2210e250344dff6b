// `agile assess`: countries' own values scored against a recorded run, nobody else's score moving.

import AgileCore
import AgileIO

/// A self-assessment: reads one or more countries' values from data files (any format
/// `agile ingest` reads; the countries need not be in the edition, but must be ISO countries),
/// and scores them against a recorded run with the run's fitted parameters frozen
/// (``Assessment``). The store is only read.
///
/// ```swift
/// let recorded = try RecordedRun(SelfAssessment.latestRun(edition: 2024, store: store), in: store, …)
/// let result = try SelfAssessment(extrapolate: false).assess(["Data/assess/ken.csv"], against: recorded)
/// result.units[0].indexPlacement   // would rank 9 of 15
/// ```
public struct SelfAssessment: Sendable {
    /// Let values beyond the run's range score beyond the scale (else they are clipped).
    public var extrapolate: Bool

    public init(extrapolate: Bool = false) {
        self.extrapolate = extrapolate
    }

    /// The id of the latest recorded run of `edition`.
    /// - Throws: ``RunError/noRunOfEdition(_:)``.
    public static func latestRun(edition: Int, in store: Store) throws -> Int64 {
        guard let record = try store.runs().last(where: { $0.edition == edition }) else { throw RunError.noRunOfEdition(edition) }
        return record.id
    }

    /// Reads `paths` and assesses every country they hold values for against `recorded`.
    /// - Throws: the readers' `InputError` (file:line:column), ``RunError/nothingToAssess(files:years:)``,
    ///   the replay's errors and `ScoringError` (a country screening would exclude).
    public func assess(_ paths: [String], against recorded: RecordedRun) throws -> AssessmentResult {
        let run = try recorded.replay()
        let workspace = recorded.edition.workspace
        var observations: [Observation] = []
        var files: [AssessedFile] = []
        for path in paths {
            let file = try InputFile(path: path, digesting: true)
            let format = try DataFormat.detect(head: file.head(), file: file.path)
            _ = try workspace.reader(for: format).read(file: file, check: workspace.check) { observations.append($0) }
            files.append(AssessedFile(name: InputFile.name(of: path), sha256: try file.sha256()))
        }
        // The files' countries, as participants of the run's framework (with their groups where
        // the edition lists them).
        var framework = run.framework
        let groups = Dictionary(framework.participants.map { ($0.code, $0.groups) }, uniquingKeysWith: { first, _ in first })
        let codes = Set(observations.filter { $0.value != nil && framework.years.contains($0.year) && framework.dataCodes.contains($0.indicator) }.map(\.country))
        guard !codes.isEmpty else { throw RunError.nothingToAssess(files: files.map(\.name), years: framework.years) }
        framework.participants = codes.sorted().map { Participant(code: $0, groups: groups[$0] ?? [:]) }
        let input = ScoringInput(framework: framework, selection: EditionSelection(framework: framework, observations: observations), earlier: observations)
        let pipeline = try ScoringPipeline(framework: run.framework, method: run.method, weights: run.weights)
        let assessment = Assessment(pipeline: pipeline, input: run.input, scores: run.scores)
        let units = try assessment.assess(input, extrapolate: extrapolate)
        return AssessmentResult(run: run, runID: recorded.record.id, files: files, units: units, extrapolate: extrapolate, parameters: assessment.parameters)
    }
}

/// A file a self-assessment read, as it names it, and the SHA-256 of its bytes.
public struct AssessedFile: Hashable, Sendable {
    public var name: String
    public var sha256: String

    public init(name: String, sha256: String) {
        self.name = name
        self.sha256 = sha256
    }
}

/// What a self-assessment gives: the run it was placed in, the files, each country's scores
/// and placements.
public struct AssessmentResult: Sendable {
    /// The run assessed against (replayed from the store).
    public var run: ScoredRun
    public var runID: Int64
    public var files: [AssessedFile]
    /// One per country the files hold values for, by code.
    public var units: [AssessedUnit]
    public var extrapolate: Bool
    /// What the run fitted.
    public var parameters: FittedParameters
}
