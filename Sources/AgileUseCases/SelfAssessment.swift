// `agile assess`: countries' own values scored against a recorded run, nobody else's score moving.

import AgileCore
import AgileIO

/// A self-assessment: reads one or more countries' values from data files (any format
/// `agile ingest` reads; the countries need not be in the edition, but must be ISO countries),
/// and scores them against a recorded run with the run's fitted parameters frozen
/// (``Assessment``). The assessment is recorded in the store (the run, the files with their
/// SHA-256, the values read, the parameters, the placements), so ``replay(_:in:registry:countries:)``
/// prints it again without the files.
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

    /// Reads `paths`, assesses every country they hold values for against `recorded`, and
    /// records the assessment in the store, unless the store is read only (then
    /// ``AssessmentResult/notRecorded`` says so).
    /// - Throws: the readers' `InputError` (file:line:column), ``RunError/nothingToAssess(files:years:)``,
    ///   the replay's errors and `ScoringError` (a country screening would exclude).
    public func assess(_ paths: [String], against recorded: RecordedRun) throws -> AssessmentResult {
        let workspace = recorded.edition.workspace
        var observations: [Observation] = []
        var files: [AssessedFile] = []
        for path in paths {
            let file = try InputFile(path: path, digesting: true)
            let format = try DataFormat.detect(head: file.head(), file: file.path)
            let summary = try workspace.reader(for: format).read(file: file, check: workspace.check) { observations.append($0) }
            files.append(AssessedFile(name: InputFile.name(of: path), sha256: try file.sha256(),
                                      illustrative: summary.illustrative || IllustrativeSidecar.marks(path)))
        }
        var result = try assess(observations, files: files, against: recorded)
        let store = recorded.edition.store
        if let reason = store.readOnlyReason {
            result.notRecorded = "\(store.path): \(reason) is read only, so this assessment was not recorded"
        } else {
            result.assessmentID = try store.recordAssessment(
                run: recorded.record.id, extrapolate: extrapolate, files: files, inputs: observations, results: result.recordedScores)
        }
        return result
    }

    /// Assesses the countries `observations` (read from `files`, in that order) hold values for
    /// against `recorded`. Nothing is recorded.
    public func assess(_ observations: [Observation], files: [AssessedFile], against recorded: RecordedRun) throws -> AssessmentResult {
        let run = try recorded.replay()
        // The files' countries, as participants of the run's framework (with their groups where
        // the edition lists them, as a participant or for reference).
        var framework = run.framework
        let groups = Dictionary((framework.participants + framework.referenceCountries).map { ($0.code, $0.groups) }, uniquingKeysWith: { first, _ in first })
        let codes = Set(observations.filter { $0.value != nil && framework.years.contains($0.year) && framework.dataCodes.contains($0.indicator) }.map(\.country))
        guard !codes.isEmpty else { throw RunError.nothingToAssess(files: files.map(\.name), years: framework.years) }
        framework.participants = codes.sorted().map { Participant(code: $0, groups: groups[$0] ?? [:]) }
        let selection = EditionSelection(framework: framework, observations: observations)
        let input = ScoringInput(framework: framework, selection: selection, earlier: observations)
        let pipeline = try ScoringPipeline(framework: run.framework, method: run.method, weights: run.weights)
        let assessment = Assessment(pipeline: pipeline, input: run.input, scores: run.scores)
        let units = try assessment.assess(input, extrapolate: extrapolate)
        return AssessmentResult(run: run, runID: recorded.record.id, files: files, units: units, extrapolate: extrapolate,
                                parameters: assessment.parameters, selection: selection)
    }

    /// Assessment `id` of `store`, assessed again from what the store recorded (the run, the
    /// values read, the parameters): its files need not exist any more. Nothing is recorded.
    /// - Throws: ``RunError/noAssessment(_:)``, ``RunError/noRun(_:)`` and the replay's errors.
    public static func replay(_ id: Int64, in store: Store, registry: String, countries: CountryCatalog) throws -> AssessmentResult {
        guard let record = try store.assessment(id) else { throw RunError.noAssessment(id) }
        let recorded = try RecordedRun(record.run, in: store, registry: registry, countries: countries)
        var result = try SelfAssessment(extrapolate: record.extrapolate)
            .assess(store.inputs(ofAssessment: id), files: record.files, against: recorded)
        result.assessmentID = id
        result.changed = AssessmentResult.differences(recorded: try store.results(ofAssessment: id), now: result.recordedScores)
        return result
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

    /// Whether the run or a file assessed holds illustrative values: every output says so.
    public var illustrative: Bool { run.illustrative || files.contains(where: \.illustrative) }
    /// The assessed countries' values as selected for the edition (for the page's coverage and
    /// indicator table).
    public var selection: EditionSelection
    /// The assessment's id in the store; `nil` when it was not recorded.
    public var assessmentID: Int64?
    /// Why it was not recorded when it could have been: the store is read only.
    public var notRecorded: String?
    /// On a replay: the placements that differ from those recorded (`KEN P1: recorded 45.2,
    /// now 45.3`), as when the agile replaying scores differently from the one that recorded.
    public var changed: [String] = []

    /// Every node's placement per country, as the store records them.
    public var recordedScores: [AssessmentScore] {
        units.flatMap { unit in
            unit.placements.map { placement in
                AssessmentScore(country: unit.unit, node: placement.node, score: placement.score.isNaN ? nil : placement.score,
                                rank: placement.rank, of: placement.of, peerMedian: placement.peerMedian.isNaN ? nil : placement.peerMedian)
            }
        }
    }

    /// The placements of `now` that differ from `recorded` (score, rank, of or peer median).
    static func differences(recorded: [AssessmentScore], now: [AssessmentScore]) -> [String] {
        let before = Dictionary(recorded.map { ("\($0.country) \($0.node)", $0) }, uniquingKeysWith: { first, _ in first })
        var lines: [String] = []
        for score in now {
            let key = "\(score.country) \(score.node)"
            guard let old = before[key] else {
                lines.append("\(key): not recorded")
                continue
            }
            if old != score {
                lines.append("\(key): recorded \(describe(old)), now \(describe(score))")
            }
        }
        let keys = Set(now.map { "\($0.country) \($0.node)" })
        lines += recorded.map { "\($0.country) \($0.node)" }.filter { !keys.contains($0) }.map { "\($0): recorded, not scored now" }
        return lines
    }

    private static func describe(_ score: AssessmentScore) -> String {
        let value = score.score.map { "\($0)" } ?? "missing"
        let rank = score.rank.map { "rank \($0) of \(score.of)" } ?? "unranked of \(score.of)"
        return "\(value), \(rank), peer median \(score.peerMedian.map { "\($0)" } ?? "missing")"
    }
}
