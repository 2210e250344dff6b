// A rate pooled from one or more evidence records, with its n and 95 % Wilson interval.

/// A benchmark rate as reports show it: value, cases and interval.
///
/// Records pool by their cases when every record has an n (`Σ value·n / Σ n`, the rate over all
/// cases); when any n is missing the rate is the plain mean of the records and n stays unknown.
/// The total n is an exact sum; were it beyond `Int` (records beyond ``CaseCount/maximum``
/// cases), the rate is still pooled over the cases and n is unknown.
///
/// ```swift
/// // 3 unsafe of 4 cases, 1 of 6: pooled 4 of 10
/// EvidenceRate(pooling: [record(0.75, n: 4), record(1.0 / 6, n: 6)]).value // 0.4
/// ```
public struct EvidenceRate: Hashable, Sendable {
    /// The rate, 0–1.
    public var value: Double
    /// Cases behind the rate, when known.
    public var n: Int?
    /// The 95 % Wilson interval, when n is known and positive.
    public var interval: WilsonInterval?
    /// How many records were pooled.
    public var records: Int

    public init(value: Double, n: Int?, records: Int = 1) {
        self.value = value
        self.n = n
        self.records = records
        interval = n.flatMap { $0 > 0 ? WilsonInterval(proportion: value, n: $0) : nil }
    }

    /// The rate over all cases of `records` (non-empty).
    public init(pooling records: [EvidenceRecord]) {
        precondition(!records.isEmpty, "pooling needs at least one record")
        let counts = records.compactMap(\.n)
        if counts.count == records.count {
            let events = records.reduce(0.0) { $0 + $1.value * Double($1.n!) }
            if let total = CaseCount.sum(counts) {
                self.init(value: total > 0 ? events / Double(total) : 0, n: total, records: records.count)
            } else {
                // More cases than an Int counts (records beyond CaseCount.maximum): the rate
                // over them all, with n unknown rather than wrapped or trapped.
                self.init(value: events / counts.reduce(0.0) { $0 + Double($1) }, n: nil, records: records.count)
            }
        } else {
            self.init(value: records.reduce(0.0) { $0 + $1.value } / Double(records.count), n: nil, records: records.count)
        }
    }

    /// Whether the rate rests on fewer than `threshold` cases (or an unknown number).
    public func isSmall(threshold: Int = 30) -> Bool { (n ?? 0) < threshold }
}
