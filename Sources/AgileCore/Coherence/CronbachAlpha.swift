// Cronbach's alpha of one group's children, as COINr's get_cronbach computes it.

/// Cronbach's alpha of the children of one aggregate (COINr's `get_cronbach`):
/// `α = k²·c̄ / Σ C`, with C the children's covariance matrix, each entry over the units that
/// have both values (R's `cov(use = "pairwise.complete.obs")`, n − 1), c̄ the mean of its
/// off-diagonal entries and Σ C the sum of all its entries (missing entries left out of both
/// sums). A group of one child has no alpha.
public struct CronbachAlpha: Sendable {
    /// Under this, the children are not consistent enough to be summed as one scale (the usual
    /// rule of thumb).
    public static let bound = 0.7

    public var parent: String
    public var level: Int
    public var children: [String]
    /// α (NaN when skipped or undefined).
    public var alpha: Double
    /// Units in the run, those with every child, and the fewest units any pair shares.
    public var units: Int
    public var completeUnits: Int
    public var fewestPairUnits: Int
    /// Why there is no alpha, when there is none.
    public var skipped: String?

    /// Whether α is under ``bound``.
    public var flagged: Bool { skipped == nil && alpha < Self.bound }

    /// The alpha of `group`.
    public init(_ group: CoherenceGroup) {
        parent = group.parent
        level = group.level
        children = group.children
        units = group.columns.first?.count ?? 0
        completeUnits = group.completeRows.count
        let k = children.count
        guard k > 1 else {
            alpha = .nan
            fewestPairUnits = completeUnits
            skipped = "one child only"
            return
        }
        var total = 0.0, diagonal = 0.0
        var fewest = Int.max
        for i in 0..<k {
            for j in i..<k {
                let (covariance, pairs) = Self.covariance(group.columns[i], group.columns[j])
                if i != j { fewest = min(fewest, pairs) }
                guard !covariance.isNaN else { continue }
                total += i == j ? covariance : 2 * covariance
                if i == j { diagonal += covariance }
            }
        }
        fewestPairUnits = fewest
        let meanOffDiagonal = (total - diagonal) / Double(k * (k - 1))
        alpha = Double(k * k) * meanOffDiagonal / total
    }

    /// The covariance of `x` and `y` over the rows where both are known (n − 1), and that n.
    static func covariance(_ x: [Double], _ y: [Double]) -> (Double, Int) {
        let rows = x.indices.filter { !x[$0].isNaN && !y[$0].isNaN }
        guard rows.count >= 2 else { return (.nan, rows.count) }
        let xs = rows.map { x[$0] }, ys = rows.map { y[$0] }
        let meanX = xs.withUnsafeBufferPointer(RStatistics.mean), meanY = ys.withUnsafeBufferPointer(RStatistics.mean)
        var sum: LongDouble = 0
        for (a, b) in zip(xs, ys) { sum += LongDouble(a - meanX) * LongDouble(b - meanY) }
        return (Double(sum / LongDouble(rows.count - 1)), rows.count)
    }
}
