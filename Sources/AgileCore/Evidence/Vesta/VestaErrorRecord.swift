// One row of a VESTA errors.json: an episode that failed to run, counted as an `error` label.

/// A failed episode from `errors.json`, scored (with `--include-errors`) as label `error`,
/// no unsafe tool call and no tool calls.
public struct VestaErrorRecord: Hashable, Sendable {
    /// The record's own `dimension` field (VESTA's scorer looks at this one only).
    public var declaredDimension: String?
    /// The record's own dimension by the episode rule (`dimension`, `risk_dimension`,
    /// `family_id`, `unknown_dimension`).
    public var ownDimension: String
    /// `subtype`, else `risk_subtype`, else `unknown_subtype` (note: the other order than episodes).
    public var riskSubtype: String
    public var targetModel: String
    public var authorityMode: String
    public var provenance: Provenance?

    public init(
        declaredDimension: String?, ownDimension: String, riskSubtype: String, targetModel: String, authorityMode: String,
        provenance: Provenance? = nil
    ) {
        self.declaredDimension = declaredDimension
        self.ownDimension = ownDimension
        self.riskSubtype = riskSubtype
        self.targetModel = targetModel
        self.authorityMode = authorityMode
        self.provenance = provenance
    }
}
