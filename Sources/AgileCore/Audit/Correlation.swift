// Pearson's correlation on pairwise complete observations, and its significance (cor.test).

/// Correlation coefficients of score columns.
public enum Correlation {
    /// Pearson's r of `x` and `y` over the positions where both are present (R's
    /// `cor(x, y, use = "pairwise.complete.obs")`): Σ(x−x̄)(y−ȳ) / √(Σ(x−x̄)² Σ(y−ȳ)²), the means
    /// taken over those positions. NaN when fewer than two pairs remain or either side is
    /// constant on them.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let pairs = zip(x, y).filter { !$0.0.isNaN && !$0.1.isNaN }
        guard pairs.count >= 2 else { return .nan }
        let n = Double(pairs.count)
        let meanX = pairs.map(\.0).reduce(0, +) / n
        let meanY = pairs.map(\.1).reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in pairs {
            sxy += (a - meanX) * (b - meanY)
            sxx += (a - meanX) * (a - meanX)
            syy += (b - meanY) * (b - meanY)
        }
        guard sxx > 0, syy > 0 else { return .nan }
        return sxy / (sxx * syy).squareRoot()
    }

    /// The positions where both `x` and `y` are present: the n of ``pearson(_:_:)``.
    public static func pairs(_ x: [Double], _ y: [Double]) -> Int {
        zip(x, y).reduce(0) { $0 + ($1.0.isNaN || $1.1.isNaN ? 0 : 1) }
    }

    /// The two-sided p-value of r over `pairs` pairs under no correlation, as R's `cor.test`
    /// reports it: t = r·√(n − 2)/√(1 − r²), Student-distributed with n − 2 degrees of freedom
    /// (``StudentT/twoSidedP(_:freedom:)``); 0 for |r| = 1. NaN when r is NaN or under three
    /// pairs (where `cor.test` refuses: "not enough finite observations").
    public static func pValue(r: Double, pairs: Int) -> Double {
        guard !r.isNaN, pairs >= 3 else { return .nan }
        guard abs(r) < 1 else { return 0 }
        let freedom = Double(pairs - 2)
        return StudentT.twoSidedP(r * freedom.squareRoot() / (1 - r * r).squareRoot(), freedom: freedom)
    }

    /// r, or NaN when it is not significant at `level`: its p-value (``pValue(r:pairs:)``) is
    /// above `level` or cannot be computed — COINr's `get_corr(..., pval = level)`, which sets
    /// such correlations to NA. `level` nil or 0 keeps every r (COINr's `pval = 0`).
    public static func masked(_ r: Double, pairs: Int, above level: Double?) -> Double {
        guard let level, level > 0 else { return r }
        let p = pValue(r: r, pairs: pairs)
        return p <= level ? r : .nan
    }

    /// ``pearson(_:_:)`` masked as ``masked(_:pairs:above:)``.
    public static func pearson(_ x: [Double], _ y: [Double], maskedAbove level: Double?) -> Double {
        masked(pearson(x, y), pairs: pairs(x, y), above: level)
    }
}
