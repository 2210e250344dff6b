// The parameters one indicator's normalisation computes from a column, named and kept.

extension IndicatorNormalisation {
    /// The parameters ``normalise(_:into:)`` computes from `x` (the treated column), so that
    /// ``IndicatorFit/NormalisationFit/score(_:truncating:)`` gives every value of `x` the
    /// score `normalise` gives it, operation for operation.
    public func fitted(to x: [Double]) -> IndicatorFit.NormalisationFit {
        let d = direction
        let values = x.filter { !$0.isNaN }.map { $0 * d }
        guard let minimum = values.min(), let maximum = values.max() else { return .noValues }
        let constant = minimum == maximum
        switch method {
        case .minMax(let low, let high):
            return constant ? .constant((low + high) / 2) : .minMax(minimum: minimum, maximum: maximum, low: low, high: high)
        case .zScore(let mean, let sd):
            if constant { return .constant(mean) }
            let scaled = x.map { $0 * d }
            let centre = scaled.withUnsafeBufferPointer(RStatistics.mean)
            let spread = scaled.withUnsafeBufferPointer(RStatistics.standardDeviation)
            return .zScore(observedMean: centre, observedSD: spread, mean: mean, sd: sd)
        case .rank:
            return constant ? .constant(Double(values.count + 1) / 2) : .rank(sorted: values.sorted())
        case .percentileRank:
            return constant ? .constant(0.5) : .percentileRank(sorted: values.sorted())
        case .distanceToMax:
            return constant ? .constant(0.5) : .distanceToMax(minimum: minimum, maximum: maximum)
        case .distanceToTarget:
            let goal = (target ?? .nan) * d
            return goal == minimum ? .constant(1) : .distanceToTarget(goal: goal, minimum: minimum)
        case .goalposts(let declared):
            let posts = goalposts ?? 0...1
            let low = d > 0 ? posts.lowerBound : -posts.upperBound
            let high = d > 0 ? posts.upperBound : -posts.lowerBound
            return .goalposts(low: low, high: high, scale: declared ?? 100, truncates: truncatesToGoalposts)
        }
    }
}
