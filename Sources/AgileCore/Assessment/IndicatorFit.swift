// What a run fitted to one indicator: the fill for missing values, the treatment, the normalisation.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The parameters a run fitted to one indicator's values, frozen so that a value from outside
/// the run can be put through the same steps (``Assessment``) without moving anyone's score.
public struct IndicatorFit: Hashable, Sendable {
    /// How the run filled a missing value of this indicator.
    public enum ImputationFit: Hashable, Sendable {
        /// Missing values stay missing.
        case none
        /// The run's mean or median of the column (``ImputedCell/Source/mean`` or `.median`).
        case value(Double, source: ImputedCell.Source)
        /// The run's mean of the column within each group of `grouping`.
        case groupMeans(grouping: String, means: [String: Double])
        /// The unit's own latest value from before the window.
        case earlier
    }

    /// What outlier treatment did to the indicator.
    public enum TreatmentFit: Hashable, Sendable {
        /// Left as it was (passed, skipped, too few values, or no treatment declared).
        case untouched
        /// Winsorised: values above `upper` took `upper`, values below `lower` took `lower`
        /// (`nil` for a side that was not winsorised).
        case winsorised(lower: Double?, upper: Double?)
        /// The log fallback: `log(x − minimum + 0.01·(maximum − minimum))`, with the minimum
        /// and maximum of the values before treatment.
        case logTransformed(minimum: Double, maximum: Double)

        /// The treated value of `x`, as the run would have treated it; `nil` when `x` is
        /// outside the log fallback's domain (`x ≤ minimum − 0.01·(maximum − minimum)`).
        public func apply(_ x: Double) -> Double? {
            switch self {
            case .untouched:
                return x
            case .winsorised(let lower, let upper):
                var y = x
                if let upper, y > upper { y = upper }
                if let lower, y < lower { y = lower }
                return y
            case .logTransformed(let minimum, let maximum):
                let shift = 0.01 * (maximum - minimum)
                let argument = x - minimum + shift
                guard argument > 0 || x.isNaN else { return nil }
                return log(argument)
            }
        }
    }

    /// A normalisation with the parameters the run computed from its values. The values it
    /// takes are multiplied by the polarity's direction first, as the run's were.
    public enum NormalisationFit: Hashable, Sendable {
        /// No value of the indicator was observed: every score is missing.
        case noValues
        /// Every observed value was equal (or the target was the minimum): each took `value`.
        case constant(Double)
        /// `(v − minimum)/(maximum − minimum)·(high − low) + low`.
        case minMax(minimum: Double, maximum: Double, low: Double, high: Double)
        /// `(v − observedMean)/observedSD·sd + mean` (R's mean, the n − 1 standard deviation).
        case zScore(observedMean: Double, observedSD: Double, mean: Double, sd: Double)
        /// 1 + the number of the run's values below `v`; `sorted` holds the run's values, ascending.
        case rank(sorted: [Double])
        /// The rank less 1 over the run's count less 1.
        case percentileRank(sorted: [Double])
        /// `1 − (maximum − v)/(maximum − minimum)`.
        case distanceToMax(minimum: Double, maximum: Double)
        /// `1 − (goal − v)/(goal − minimum)`, capped at 1.
        case distanceToTarget(goal: Double, minimum: Double)
        /// `(v − low)/(high − low)·scale`, cut to `0...scale` when `truncates`.
        case goalposts(low: Double, high: Double, scale: Double, truncates: Bool)

        /// The score of `v` (already multiplied by the direction); `truncating` says whether
        /// goalpost scores are cut to the scale (the run's rule, unless extrapolating).
        public func score(_ v: Double, truncating: Bool) -> Double {
            guard !v.isNaN else { return .nan }
            switch self {
            case .noValues:
                return .nan
            case .constant(let value):
                return value
            case let .minMax(minimum, maximum, low, high):
                return (v - minimum) / (maximum - minimum) * (high - low) + low
            case let .zScore(observedMean, observedSD, mean, sd):
                return (v - observedMean) / observedSD * sd + mean
            case .rank(let sorted):
                return Double(Self.below(v, in: sorted) + 1)
            case .percentileRank(let sorted):
                return Double(Self.below(v, in: sorted)) / Double(sorted.count - 1)
            case let .distanceToMax(minimum, maximum):
                return 1 - (maximum - v) / (maximum - minimum)
            case let .distanceToTarget(goal, minimum):
                let y = 1 - (goal - v) / (goal - minimum)
                return y > 1 ? 1 : y
            case let .goalposts(low, high, scale, truncates):
                let y = (v - low) / (high - low)
                return truncates && truncating ? min(max(y, 0), 1) * scale : y * scale
            }
        }

        /// The number of values of `sorted` (ascending) strictly below `v`.
        static func below(_ v: Double, in sorted: [Double]) -> Int {
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle] < v { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    /// The indicator's code.
    public var indicator: String
    /// +1 or −1: the values are multiplied by it before normalisation.
    public var direction: Double
    public var imputation: ImputationFit
    public var treatment: TreatmentFit
    public var normalisation: NormalisationFit
    /// The range a value is held to (clipped to unless extrapolating, and flagged when outside):
    /// the goalposts where goalpost scores are cut to them, else the run's treated values'
    /// smallest and largest; `nil` when the run observed no value.
    public var range: ClosedRange<Double>?
    /// Whether ``range`` is the goalposts (else the run's treated values).
    public var rangeIsGoalposts: Bool

    public init(
        indicator: String, direction: Double, imputation: ImputationFit, treatment: TreatmentFit,
        normalisation: NormalisationFit, range: ClosedRange<Double>?, rangeIsGoalposts: Bool
    ) {
        self.indicator = indicator
        self.direction = direction
        self.imputation = imputation
        self.treatment = treatment
        self.normalisation = normalisation
        self.range = range
        self.rangeIsGoalposts = rangeIsGoalposts
    }
}
