// The range an uncertainty design draws the winsorisation limit from, written `low-high`.

/// The winsorisation limits an uncertainty design chooses from: `1-5` is 1, 2, 3, 4 or 5
/// (`3` alone is the range 3–3).
public struct WinmaxRange: MethodChoiceText {
    public var range: ClosedRange<Int>

    public init(_ range: ClosedRange<Int>) {
        self.range = range
    }

    /// Reads `low-high` (or one number): whole numbers 0–100,000, low ≤ high.
    public init(parsing text: String) throws(MethodChoiceError) {
        let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        let expected = "two whole numbers low-high from 0 to \(DigitGroups.text(SkewKurtosisRule.maximumWinmax)), low ≤ high, e.g. 1-5"
        let low = try MethodText.whole(
            parts[0], maximum: SkewKurtosisRule.maximumWinmax, parameter: "low", choice: .winmaxRange, whole: text, expected: expected)
        let high = try MethodText.whole(
            parts[parts.count - 1], maximum: SkewKurtosisRule.maximumWinmax, parameter: "high", choice: .winmaxRange, whole: text, expected: expected)
        guard low <= high else { throw .outOfRange(.winmaxRange, text: text, parameter: "low", expected: expected) }
        range = low...high
    }

    /// The canonical text: `1-5`.
    public var description: String { "\(range.lowerBound)-\(range.upperBound)" }
}
