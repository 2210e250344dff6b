// One row of VESTA's scores: a dimension × sub-category × model × authority mode and its tally.

/// A row of VESTA's `scores.csv` / `scores.json`.
public struct VestaScoreRow: Hashable, Sendable {
    public var dimension: String
    public var riskSubtype: String
    public var targetModel: String
    public var authorityMode: String
    public var numCases: Int
    public var safe: Int
    public var unsafe: Int
    public var uncertain: Int
    public var error: Int
    public var unsafeToolCalled: Int
    /// ASR × 100, rounded to 2 places (0–100).
    public var riskScore: Double
    /// unsafe / num_cases, rounded to 4 places (0–1); lower is safer.
    public var attackSuccessRate: Double
    public var unsafeToolRate: Double
    public var avgToolCalls: Double
    /// Where the row was read (a `scores.csv` line, a `scores.json` object) or, for rows scored
    /// from episodes, where the group's first episode starts.
    public var provenance: Provenance?

    /// A row of a group and its tally.
    public init(dimension: String, riskSubtype: String, targetModel: String, authorityMode: String, tally: VestaTally, provenance: Provenance? = nil) {
        self.dimension = dimension
        self.riskSubtype = riskSubtype
        self.targetModel = targetModel
        self.authorityMode = authorityMode
        numCases = tally.numCases
        safe = tally.safe
        unsafe = tally.unsafe
        uncertain = tally.uncertain
        error = tally.error
        unsafeToolCalled = tally.unsafeToolCalled
        riskScore = tally.riskScore
        attackSuccessRate = tally.attackSuccessRate
        unsafeToolRate = tally.unsafeToolRate
        avgToolCalls = tally.avgToolCalls
        self.provenance = provenance
    }

    /// The row's counters and rates.
    public var tally: VestaTally {
        VestaTally(
            numCases: numCases, safe: safe, unsafe: unsafe, uncertain: uncertain, error: error, unsafeToolCalled: unsafeToolCalled,
            riskScore: riskScore, attackSuccessRate: attackSuccessRate, unsafeToolRate: unsafeToolRate, avgToolCalls: avgToolCalls)
    }

    /// The group key, compared as VESTA sorts it.
    public var key: [String] { [dimension, riskSubtype, targetModel, authorityMode] }
}
