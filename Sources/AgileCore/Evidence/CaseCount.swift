// Numbers of cases behind evidence: a declared maximum, and sums that report overflow.

/// The bound on the cases (episodes, items) a single evidence record or counter may state, and
/// sums of counts that say when they overflow instead of trapping.
///
/// With every count at most ``maximum`` (10⁹), a sum of fewer than 9.2 × 10⁹ counts fits in an
/// `Int`, so pooling any evidence a store can hold stays exact; the sums are checked anyway.
///
/// ```swift
/// CaseCount.sum([40, 60])              // 100
/// CaseCount.sum([Int.max, 1])          // nil
/// CaseCount.allows(5_000_000_000)      // false
/// ```
public enum CaseCount {
    /// The most cases one record or counter may state: 10⁹.
    public static let maximum = 1_000_000_000

    /// `1,000,000,000`, for messages.
    public static let maximumText = DigitGroups.text(maximum)

    /// Whether `count` is a count of cases: 0 to ``maximum``.
    public static func allows(_ count: Int) -> Bool {
        (0...maximum).contains(count)
    }

    /// The sum of `counts`, or `nil` when it does not fit in an `Int`.
    public static func sum(_ counts: some Sequence<Int>) -> Int? {
        var total = 0
        for count in counts {
            let (sum, overflow) = total.addingReportingOverflow(count)
            if overflow { return nil }
            total = sum
        }
        return total
    }
}

/// A sum of counts that does not fit in an `Int`.
public struct CountOverflow: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was being added up (`the tool calls of goal_norm_misalignment / reward_hacking / GPT-4o / soft`).
    public var what: String

    public init(_ what: String) {
        self.what = what
    }

    public var description: String { "\(what) add up to more than \(DigitGroups.text(Int.max))" }
}
