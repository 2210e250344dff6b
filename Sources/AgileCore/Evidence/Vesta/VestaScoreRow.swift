// One row of VESTA's scores: a dimension × sub-category × model × authority mode and its tally.

/// A row of VESTA's `scores.csv` / `scores.json`.
public struct VestaScoreRow: Hashable, Sendable {
    public var dimension: String
    public var riskSubtype: String
    public var targetModel: String
    public var authorityMode: String
    /// The row's counters and rates, as VESTA rounds them.
    public var tally: VestaTally
    /// Where the row was read (a `scores.csv` line, a `scores.json` object) or, for rows scored
    /// from episodes, where the group's first episode starts.
    public var provenance: Provenance?

    /// A row of a group and its tally.
    public init(dimension: String, riskSubtype: String, targetModel: String, authorityMode: String, tally: VestaTally, provenance: Provenance? = nil) {
        self.dimension = dimension
        self.riskSubtype = riskSubtype
        self.targetModel = targetModel
        self.authorityMode = authorityMode
        // A row holds what VESTA's files show: the sum of tool calls behind the average is not among them.
        self.tally = tally
        self.tally.toolCallSum = nil
        self.provenance = provenance
    }

    /// The group key, compared as VESTA sorts it.
    public var key: [String] { [dimension, riskSubtype, targetModel, authorityMode] }
}
