// What a run has made of its input up to outlier treatment: the tables normalisation starts from.

/// The tables and logs of a ``ScoringPipeline`` run up to outlier treatment. A run normalises
/// its `treated` table; a panel normalised globally pools the `treated` tables of every time
/// point first (``ScoringPipeline/run(panel:normalisation:)``).
struct TreatedStage: Sendable {
    var raw: ScoreTable
    var years: [Int?]
    var denominated: ScoreTable
    var transformed: ScoreTable
    var imputed: ScoreTable
    var screened: ScoreTable
    /// The values normalisation starts from, of the units screening kept.
    var treated: ScoreTable
    var unitCoverage: [UnitCoverage]
    var indicatorCoverage: [IndicatorCoverage]
    var imputations: [ImputedCell]
    var treatment: [IndicatorTreatment]
    var pointChanges: [PointChange]

    /// The units screening kept: the rows of `treated`.
    var units: [String] { treated.rows }
}
