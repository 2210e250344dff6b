// One scored run: the framework, what went in, the scores, and whether and where it was recorded.

import AgileCore
import AgileIO

/// The framework, inputs and scores of one run, as ``ScoringRun`` makes it.
public struct ScoredRun: Sendable {
    public var framework: Framework
    /// The country list codes and names are read with.
    public var countries: CountryCatalog
    /// The values the run scored, per country and indicator, with their provenance.
    public var selection: EditionSelection
    /// What the pipeline scored, the method it ran and the weights (to audit the run).
    public var input: ScoringInput
    /// The method the pipeline ran: the framework's with the run's choices applied.
    public var method: Method
    public var weights: WeightChoice
    /// Every table of the pipeline: normalised and aggregated scores, ranks, tiers, the match.
    public var scores: Scores
    /// The method choices as the run records them (empty: the registry's method).
    public var methodText: String
    /// Whether a value the run scored (or the evidence shown with it) came from a file marked
    /// illustrative.
    public var illustrative: Bool
    /// The run's id in the store; `nil` when it was not recorded.
    public var runID: Int64?
    /// Why the run was not recorded when it could have been: the store is read only
    /// (`DB: the folder … is read only, so this run was not recorded`).
    public var notRecorded: String?
    /// SHA-256 of the run's inputs (see `Store.snapshot(of:)`).
    public var snapshot: String
    /// The store's model-safety evidence, when it holds any.
    public var evidence: EvidenceSet?
    /// The vintages of the values scored (`nil`: COINr tables, which have none).
    public var vintages: VintageSelection?
    /// The version of agile that scored the run (``AgileVersion/current`` for a new run; a
    /// replayed run's recorded one, `nil` when it was recorded before versions were).
    public var version: String?

    /// The weights as the run records them (`declared`, `equal` or a weight set's id).
    public var weightsText: String { weights.name }

    /// The model an audit of this run varies.
    public func auditModel() throws(ScoringError) -> AuditModel {
        try AuditModel(framework: framework, input: input, method: method, weights: weights)
    }

    /// The rows of ``scores`` of the countries `codes` name (alpha-3 or alpha-2), in that order.
    /// - Throws: ``RunError/notScored(code:)`` for a code that is not a country the run scored.
    public func rows(_ codes: [String]) throws(RunError) -> [Int] {
        try codes.map { code throws(RunError) in
            guard let alpha3 = countries.alpha3(for: code), let row = scores.units.firstIndex(of: alpha3) else { throw .notScored(code: code) }
            return row
        }
    }

    /// What the framework's evidence-derived indicators change: this run against the same run
    /// without them; `nil` when the framework derives none.
    public func evidenceEffect() throws(ScoringError) -> DerivedIndicatorEffect? {
        try DerivedIndicatorEffect(framework: framework, selection: selection, scores: scores, method: method, weights: weights)
    }
}
