// Pearson's correlation on pairwise complete observations.

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
}
