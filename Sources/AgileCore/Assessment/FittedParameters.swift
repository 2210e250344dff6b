// The parameters a run fitted to its data, read back from its input and results.

/// What a ``ScoringPipeline`` run fitted to the data it scored: per indicator the fill for a
/// missing value, the treatment with its winsorisation bounds or log fallback, and the
/// normalisation's parameters; and the split of the development–governance match.
///
/// Read from a finished run (``ScoringPipeline/fitted(_:scores:)``), so the run itself is
/// unchanged and a Monte Carlo audit pays nothing for it.
public struct FittedParameters: Hashable, Sendable {
    /// One fit per indicator, in the framework's order.
    public var indicators: [IndicatorFit]
    /// The development and governance scores at which the match splits high from low (the
    /// run's medians, or the declared threshold); `nil` without a match rule.
    public var matchSplit: (development: Double, governance: Double)? {
        guard let developmentSplit, let governanceSplit else { return nil }
        return (developmentSplit, governanceSplit)
    }
    var developmentSplit: Double?
    var governanceSplit: Double?

    public init(indicators: [IndicatorFit], matchSplit: (development: Double, governance: Double)?) {
        self.indicators = indicators
        developmentSplit = matchSplit?.development
        governanceSplit = matchSplit?.governance
    }
}

extension ScoringPipeline {
    /// The parameters the run of `input` that gave `scores` fitted (``run(_:)`` of this
    /// pipeline; the scores of a panel normalised globally are not a single run's).
    public func fitted(_ input: ScoringInput, scores: Scores) -> FittedParameters {
        let stage = method.coverage.stage
        // The table imputation filled, and the table treatment started from.
        let beforeImputation = stage == .beforeImputation ? scores.screened : scores.transformed
        let imputationUnits: [Participant]
        if stage == .beforeImputation {
            let kept = Set(scores.screened.rows)
            imputationUnits = input.units.filter { kept.contains($0.code) }
        } else {
            imputationUnits = input.units
        }
        let beforeTreatment = stage == .beforeImputation ? scores.imputed : scores.screened
        var fits: [IndicatorFit] = []
        for column in indicators.indices {
            let original = beforeImputation.column(column)
            let pre = beforeTreatment.column(column)
            let treated = scores.treated.column(column)
            let normalisation = normalisations[column]
            let observedTreated = treated.filter { !$0.isNaN }
            var range = observedTreated.min().map { $0...observedTreated.max()! }
            var rangeIsGoalposts = false
            if case .goalposts = normalisation.method, normalisation.truncatesToGoalposts, let posts = normalisation.goalposts {
                range = posts
                rangeIsGoalposts = true
            }
            fits.append(IndicatorFit(
                indicator: indicators[column], direction: normalisation.direction,
                imputation: imputationFit(original, units: imputationUnits),
                treatment: treatmentFit(scores.treatment[column].outcome, before: pre, after: treated),
                normalisation: normalisation.fitted(to: treated), range: range, rangeIsGoalposts: rangeIsGoalposts))
        }
        var split: (Double, Double)?
        if let matchSplit, let match = scores.match {
            switch matchSplit {
            case .median:
                split = (match.map(\.development).withUnsafeBufferPointer(RStatistics.median),
                         match.map(\.governance).withUnsafeBufferPointer(RStatistics.median))
            case .threshold(let value):
                split = (value, value)
            }
        }
        return FittedParameters(indicators: fits, matchSplit: split)
    }

    /// The fill imputation would give a missing value of the column `values` (the values it
    /// saw, of `units`).
    private func imputationFit(_ values: [Double], units: [Participant]) -> IndicatorFit.ImputationFit {
        switch method.imputation {
        case .none:
            return .none
        case .mean:
            return .value(values.withUnsafeBufferPointer(RStatistics.mean), source: .mean)
        case .median:
            return .value(values.withUnsafeBufferPointer(RStatistics.median), source: .median)
        case .groupMean(let grouping):
            var members: [String: [Double]] = [:]
            for (row, unit) in units.enumerated() {
                guard let group = unit.groups[grouping] else { continue }
                members[group, default: []].append(values[row])
            }
            return .groupMeans(grouping: grouping, means: members.mapValues { $0.withUnsafeBufferPointer(RStatistics.mean) })
        case .latestEarlier:
            return .earlier
        }
    }

    /// What treatment did to a column: its bounds where it winsorised (read off the values it
    /// moved), the range of the values before it where it fell back to the log.
    private func treatmentFit(_ outcome: IndicatorTreatment.Outcome, before: [Double], after: [Double]) -> IndicatorFit.TreatmentFit {
        let observed = before.filter { !$0.isNaN }
        switch outcome {
        case .logTransformed:
            return .logTransformed(minimum: observed.min()!, maximum: observed.max()!)
        case .winsorised, .stillFailing:
            var lower: Double?, upper: Double?
            let treated = after.filter { !$0.isNaN }
            for row in before.indices where !before[row].isNaN {
                if after[row] < before[row] { upper = treated.max() }
                if after[row] > before[row] { lower = treated.min() }
            }
            return lower == nil && upper == nil ? .untouched : .winsorised(lower: lower, upper: upper)
        case .passed, .skipped, .tooFewValues, .notTreated:
            return .untouched
        }
    }
}
