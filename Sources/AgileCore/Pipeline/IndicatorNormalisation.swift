// One indicator's normalisation, resolved from the method block and the indicator's overrides.

/// The normalisation of one indicator with everything it needs: the method (the framework's,
/// or the indicator's override), the polarity, and the goalposts or target it uses.
///
/// Polarity is multiplied in first, as COINr does, so that after normalisation higher is
/// better. Scales are COINr's: min-max onto [low, high]; z-score with mean m and n − 1 standard
/// deviation s; rank 1…n; percentile rank 0…1; distance to max 0…1; distance to target ≤ 1
/// (capped at 1: a value beyond the target scores as the target); goalposts 0…scale, cut to the
/// posts unless ``truncatesToGoalposts`` is off (COINr's `n_goalposts`: with a negative
/// polarity the posts are flipped as its `use_iMeta` flips them, so the score measures the way
/// from the upper post down to the lower one).
///
/// A column whose observed values are all equal cannot be spread: COINr returns NaN there.
/// Here it is a reported condition (``ConstantIndicator``) and every observed value takes the
/// middle of the method's range: (low + high)/2, the mean m, the middle rank (n + 1)/2, or 0.5.
public struct IndicatorNormalisation: Hashable, Sendable {
    public var method: Normalisation
    /// +1 or −1 (``Polarity/direction``).
    public var direction: Double
    /// Goalposts on the values normalisation sees, after the transform (goalpost
    /// normalisation; see ``Indicator/treatedGoalposts()``).
    public var goalposts: ClosedRange<Double>?
    /// Whether goalpost scores are cut to `0...scale` (COINr's `trunc2posts`).
    public var truncatesToGoalposts: Bool
    /// Target in the indicator's own units (distance-to-target normalisation).
    public var target: Double?

    public init(
        method: Normalisation, direction: Double, goalposts: ClosedRange<Double>? = nil, truncatesToGoalposts: Bool = true,
        target: Double? = nil
    ) {
        self.method = method
        self.direction = direction
        self.goalposts = goalposts
        self.truncatesToGoalposts = truncatesToGoalposts
        self.target = target
    }

    /// A number of the normalisation that is not finite: the values are too large or too far
    /// apart for double precision (a range or a variance that overflows).
    public struct Overflow: Error, Hashable, Sendable {
        /// What overflowed: `the range max − min`, `the standard deviation`, `a normalised value`.
        public var quantity: String
        /// The row whose normalised value is not finite, when that is what overflowed.
        public var row: Int?

        public init(quantity: String, row: Int? = nil) {
            self.quantity = quantity
            self.row = row
        }
    }

    /// Normalises `x` into `out` (same length). Returns the value given to a constant column,
    /// or `nil` when the column is not constant (or has no observed value).
    /// - Throws: ``Overflow`` when a range, a mean or standard deviation, or a normalised value
    ///   of an observed row is not finite (`out` is then partly written).
    @discardableResult
    public func normalise(_ x: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>) throws(Overflow) -> Double? {
        let d = direction
        var minimum = Double.infinity, maximum = -Double.infinity
        var observed = 0
        for value in x where !value.isNaN {
            let v = value * d
            minimum = min(minimum, v)
            maximum = max(maximum, v)
            observed += 1
        }
        guard observed > 0 else {
            for row in out.indices { out[row] = .nan }
            return nil
        }
        func fill(_ value: Double) -> Double {
            for row in out.indices { out[row] = x[row].isNaN ? .nan : value }
            return value
        }
        func finite(_ value: Double, _ quantity: String) throws(Overflow) {
            guard value.isFinite else { throw Overflow(quantity: quantity) }
        }
        let constant = minimum == maximum
        switch method {
        case .minMax(let low, let high):
            if constant {
                try finite((low + high) / 2, "the middle (L + U)/2")
                return fill((low + high) / 2)
            }
            try finite(maximum - minimum, "the range max − min")
            for row in out.indices { out[row] = (x[row] * d - minimum) / (maximum - minimum) * (high - low) + low }
        case .zScore(let mean, let sd):
            if constant {
                try finite(mean, "the mean M")
                return fill(mean)
            }
            for row in out.indices { out[row] = x[row] * d }
            let centre = RStatistics.mean(UnsafeBufferPointer(out))
            let spread = RStatistics.standardDeviation(UnsafeBufferPointer(out))
            try finite(centre, "the mean")
            try finite(spread, "the standard deviation")
            for row in out.indices { out[row] = (out[row] - centre) / spread * sd + mean }
        case .rank:
            if constant { return fill(Double(observed + 1) / 2) }
            var ranking = Ranking()
            ranking.ascending(x, direction: d, into: out)
        case .percentileRank:
            if constant { return fill(0.5) }
            var ranking = Ranking()
            ranking.ascending(x, direction: d, into: out)
            let scale = Double(observed - 1)
            for row in out.indices { out[row] = (out[row] - 1) / scale }
        case .distanceToMax:
            if constant { return fill(0.5) }
            try finite(maximum - minimum, "the range max − min")
            for row in out.indices { out[row] = 1 - (maximum - x[row] * d) / (maximum - minimum) }
        case .distanceToTarget:
            let goal = (target ?? .nan) * d
            if goal == minimum { return fill(1) }
            try finite(goal - minimum, "the distance from the minimum to the target")
            for row in out.indices {
                let y = 1 - (goal - x[row] * d) / (goal - minimum)
                out[row] = y > 1 ? 1 : y
            }
        case .goalposts(let declared):
            // As COINr: the values arrive multiplied by the direction, and so do the posts
            // (flipped: −upper, −lower), so a negative indicator scores (upper − x)/(upper − lower).
            let scale = declared ?? 100
            let posts = goalposts ?? 0...1
            let low = d > 0 ? posts.lowerBound : -posts.upperBound
            let high = d > 0 ? posts.upperBound : -posts.lowerBound
            try finite(high - low, "the distance between the goalposts")
            if truncatesToGoalposts {
                for row in out.indices {
                    let y = (x[row] * d - low) / (high - low)
                    out[row] = y.isNaN ? .nan : min(max(y, 0), 1) * scale
                }
            } else {
                for row in out.indices { out[row] = (x[row] * d - low) / (high - low) * scale }
            }
        }
        for row in out.indices where !out[row].isFinite && !x[row].isNaN {
            throw Overflow(quantity: "a normalised value", row: row)
        }
        return nil
    }
}
