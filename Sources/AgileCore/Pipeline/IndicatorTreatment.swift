// What outlier treatment found and did for one indicator (COINr's treat_details table).

/// The treatment record of one indicator: the test before, what was done, the test after.
public struct IndicatorTreatment: Hashable, Sendable {
    /// What happened to the indicator.
    public enum Outcome: Hashable, Sendable {
        /// The indicator passed the test (or is constant) and was left as it was.
        case passed
        /// Winsorising brought the indicator within the rule.
        case winsorised
        /// Winsorising did not suffice; the original values were log-transformed
        /// (`log(x − min + 0.01·(max − min))`) and kept whether or not they pass.
        case logTransformed
        /// Winsorising did not suffice and the rule has no log fallback: the winsorised
        /// values are kept although they still fail. Winsorising also stops here when one more
        /// step would leave a single distinct value (COINr stops with an error there).
        case stillFailing
        /// The indicator's override says `skip`.
        case skipped
        /// Fewer than four observed values: kurtosis is undefined, nothing is tested.
        case tooFewValues
        /// The method declares no treatment.
        case notTreated
    }

    public var indicator: String
    public var outcome: Outcome
    /// Observed values in the column.
    public var observed: Int
    /// The test on the values as they arrived (`nil` when undefined: too few or equal values).
    public var before: SkewKurtosis?
    /// COINr's `winsorise.nwin`: the points moved at the last high step plus those moved at
    /// the last low step (`nil` when winsorising did not run).
    public var winsorisedPoints: Int?
    /// The test after winsorising (`nil` when winsorising did not run).
    public var afterWinsorising: SkewKurtosis?
    /// The test after the log fallback (`nil` when it did not run).
    public var afterLog: SkewKurtosis?

    public init(
        indicator: String, outcome: Outcome, observed: Int, before: SkewKurtosis? = nil,
        winsorisedPoints: Int? = nil, afterWinsorising: SkewKurtosis? = nil, afterLog: SkewKurtosis? = nil
    ) {
        self.indicator = indicator
        self.outcome = outcome
        self.observed = observed
        self.before = before
        self.winsorisedPoints = winsorisedPoints
        self.afterWinsorising = afterWinsorising
        self.afterLog = afterLog
    }
}
