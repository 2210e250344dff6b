// Sobol indices as a reader should take them: clipped to [0, 1], flagged, noisy at small N.

/// Sobol indices ready to show: every estimate and bootstrap bound clipped to [0, 1] (where a
/// true index lies), each input flagged where its estimator left [0, 1] or gave a first-order
/// index above the total one (a true Si never exceeds STi), and a note on how far to trust
/// estimates from a Saltelli sample of N points.
///
/// ```swift
/// let reading = SobolReading(analysis.indices, count: 100, bootstrap: 100)
/// reading.rows[0].firstOrderBounds  // 0.162...1.0 (estimated 0.162–1.304)
/// reading.rows[0].flags             // ["Si interval 0.162–1.304 clipped"]
/// ```
public struct SobolReading: Hashable, Sendable {
    /// One input's indices, clipped, with its flags in words.
    public struct Row: Hashable, Sendable {
        /// The indices as estimated.
        public var estimate: SobolIndex
        /// The first-order index and its 5–95 % bounds, clipped to [0, 1].
        public var firstOrder: Double
        public var firstOrderBounds: ClosedRange<Double>
        /// The total index and its 5–95 % bounds, clipped to [0, 1].
        public var total: Double
        public var totalBounds: ClosedRange<Double>
        /// What was clipped or is out of order, e.g. `Si estimate −0.031, below 0`, `Si above
        /// STi: 0.595 > 0.449`; empty when nothing was.
        public var flags: [String]

        /// The input's name.
        public var input: String { estimate.input }
    }

    /// The inputs, in the order given.
    public var rows: [Row]
    /// N, the points of the Saltelli sample, and the bootstrap resamples of the bounds.
    public var count: Int
    public var bootstrap: Int

    public init(_ indices: [SobolIndex], count: Int, bootstrap: Int) {
        self.count = count
        self.bootstrap = bootstrap
        rows = indices.map { index in
            var flags: [String] = []
            for (name, value, bounds) in [("Si", index.firstOrder, index.firstOrderBounds), ("STi", index.total, index.totalBounds)] {
                if value < 0 {
                    flags.append("\(name) estimate \(Self.number(value)), below 0")
                } else if value > 1 {
                    flags.append("\(name) estimate \(Self.number(value)), above 1")
                } else if bounds.lowerBound < 0 || bounds.upperBound > 1 {
                    flags.append("\(name) interval \(Self.number(bounds.lowerBound))–\(Self.number(bounds.upperBound)) clipped")
                }
            }
            if index.firstOrder > index.total {
                flags.append("Si above STi: \(Self.number(index.firstOrder)) > \(Self.number(index.total))")
            }
            return Row(estimate: index, firstOrder: Self.clipped(index.firstOrder), firstOrderBounds: Self.clipped(index.firstOrderBounds),
                       total: Self.clipped(index.total), totalBounds: Self.clipped(index.totalBounds), flags: flags)
        }
    }

    /// Whether any input is flagged.
    public var anyFlagged: Bool { rows.contains { !$0.flags.isEmpty } }

    /// How to read the indices: N, why small N makes them noisy, what is clipped and flagged,
    /// and how many inputs are.
    public var sentences: [String] {
        var sentences = [
            "Sobol estimates are noisy at small N (their error shrinks only as 1/√N; here N = \(count), with \(bootstrap) bootstrap resamples for the intervals): "
                + "an estimate can fall outside [0, 1], where every true index lies, or put Si above STi, which a true index never does, "
                + "and a wide 5–95 % interval means the index is not yet pinned down.",
            "Estimates and bounds are shown clipped to [0, 1]; an estimate that needed clipping, an interval that did, or Si above STi is flagged.",
        ]
        let flagged = rows.filter { !$0.flags.isEmpty }.count
        if flagged == 0 {
            sentences.append("No input is flagged at N = \(count).")
        } else {
            let which = switch (rows.count, flagged == rows.count) {
            case (1, _): "The input is"
            case (2, true): "Both inputs are"
            case (_, true): "All \(rows.count) inputs are"
            default: "\(flagged) of \(rows.count) inputs are"
            }
            sentences.append("\(which) flagged at N = \(count); a larger N narrows the intervals and should settle the flags.")
        }
        return sentences
    }

    /// The sentences as one paragraph.
    public var text: String { sentences.joined(separator: " ") }

    static func clipped(_ value: Double) -> Double { value.isNaN ? value : min(max(value, 0), 1) }

    static func clipped(_ bounds: ClosedRange<Double>) -> ClosedRange<Double> {
        clipped(bounds.lowerBound)...clipped(bounds.upperBound)
    }

    /// Three decimals, a true minus sign for negatives: `−0.031`, `1.304`.
    static func number(_ value: Double) -> String {
        let text = FixedDecimal.text(value, decimals: 3)
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }
}
