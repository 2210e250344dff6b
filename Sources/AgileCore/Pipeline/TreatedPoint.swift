// One value that outlier treatment changed, with its value before and after.

/// A point changed by outlier treatment (COINr's `Treated_Points`, one row of treat_points_long).
public struct TreatedPoint: Hashable, Sendable {
    /// The side a winsorised point was moved in from.
    public enum Side: String, Hashable, Sendable {
        /// The point was at the maximum and took the next value below it (COINr `winhi`).
        case high
        /// The point was at the minimum and took the next value above it (COINr `winlo`).
        case low
    }

    public var unit: String
    public var indicator: String
    public var before: Double
    public var after: Double
    /// Set when the point was winsorised (at the last step of its side, as COINr reports it).
    public var winsorised: Side?
    /// Whether the point's column fell back to the log transform.
    public var logTransformed: Bool

    public init(unit: String, indicator: String, before: Double, after: Double, winsorised: Side?, logTransformed: Bool) {
        self.unit = unit
        self.indicator = indicator
        self.before = before
        self.after = after
        self.winsorised = winsorised
        self.logTransformed = logTransformed
    }

    /// The flag COINr writes for the point: `winhi`, `winlo`, `+log_CT` or `winhi+log_CT`.
    public var coinrFlag: String {
        let side = winsorised.map { $0 == .high ? "winhi" : "winlo" } ?? ""
        return logTransformed ? side + "+log_CT" : side
    }
}
