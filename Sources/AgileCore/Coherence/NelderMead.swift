// Nelder–Mead minimisation in the variant of Nash's Compact Numerical Methods (R's optim default).

/// Minimises a function of several variables without derivatives, by Nelder and Mead's simplex
/// method in the form J. C. Nash gives it (*Compact Numerical Methods for Computers*, 2nd ed.,
/// 1990, Algorithm 19), which R's `optim(method = "Nelder-Mead")` also uses — so that COINr's
/// `get_opt_weights`, which calls it, can be followed step by step.
///
/// The method, with reflection 1, contraction ½ and expansion 2:
/// - the first simplex is the start point and, for each coordinate i, the start point with
///   coordinate i increased by a step of a tenth of the largest |start coordinate| (0.1 when all
///   are 0);
/// - each iteration takes the lowest (L) and highest (H) vertices; it stops when
///   f(H) ≤ f(L) + reltol·(|f(start)| + reltol) — a tolerance fixed at the start — or when
///   f(L) ≤ `absoluteTolerance`;
/// - H is reflected through the centroid C of the others, R = 2C − H. If f(R) < f(L), the
///   expansion E = 2R − C is tried and the better of E and R replaces H. Otherwise R replaces H
///   when f(R) < f(H), and the contraction ½(H + C) (of the new H) replaces H when it is lower
///   still; when it is not and f(R) ≥ f(H), every vertex is halved towards L and re-evaluated —
///   and if that shrink does not reduce the simplex's size (Σ|vertex − L|), the search stops;
/// - the search also stops once the function has been evaluated more than `maximumEvaluations`
///   times; a non-finite value counts as a very large one.
///
/// ```swift
/// let result = NelderMead(relativeTolerance: 1e-10).minimise(start: [1, 1]) { x in
///     (x[0] - 3) * (x[0] - 3) + (x[1] + 1) * (x[1] + 1)
/// }
/// result.point  // ≈ [3, −1]
/// ```
public struct NelderMead: Sendable {
    /// The relative tolerance of the stopping rule (R's `reltol`; its default is √ε ≈ 1.49e-8).
    public var relativeTolerance: Double
    /// Stop when the lowest value reaches this (R's `abstol`, default −∞).
    public var absoluteTolerance: Double
    /// Stop after more than this many evaluations (R's `maxit`, default 500 for Nelder–Mead).
    public var maximumEvaluations: Int

    /// R's default relative tolerance, √ε.
    public static let defaultRelativeTolerance = Double.ulpOfOne.squareRoot()

    public init(relativeTolerance: Double = NelderMead.defaultRelativeTolerance, absoluteTolerance: Double = -.infinity, maximumEvaluations: Int = 500) {
        self.relativeTolerance = relativeTolerance
        self.absoluteTolerance = absoluteTolerance
        self.maximumEvaluations = maximumEvaluations
    }

    /// Why a search ended.
    public enum Ending: String, Hashable, Sendable {
        /// The simplex's values came within the tolerance of each other (or below the absolute one).
        case converged
        /// The evaluation limit was passed first.
        case evaluationLimit = "evaluation limit"
        /// A shrink did not reduce the simplex.
        case stalled
    }

    /// The lowest vertex found and how the search went.
    public struct Result: Hashable, Sendable {
        /// The lowest vertex of the last simplex.
        public var point: [Double]
        /// The function's value there.
        public var value: Double
        /// How many times the function was evaluated.
        public var evaluations: Int
        public var ending: Ending
    }

    /// The value a non-finite function value is replaced by (R's `big`).
    public static let big = 1.0e35

    /// Minimises `function` from `start` (at least one coordinate).
    public func minimise(start: [Double], _ function: ([Double]) throws -> Double) rethrows -> Result {
        let n = start.count
        var evaluations = 0
        func value(_ x: [Double]) throws -> Double {
            evaluations += 1
            let f = try function(x)
            return f.isFinite ? f : Self.big
        }
        let first = try value(start)
        let tolerance = relativeTolerance * (abs(first) + relativeTolerance)
        var vertices = [start]
        var values = [first]
        var step = start.map { 0.1 * abs($0) }.max() ?? 0
        if step == 0 { step = 0.1 }
        var size = 0.0
        for coordinate in 0..<n {
            var vertex = start
            var trial = step
            // A step too small to change the coordinate is enlarged tenfold until it does.
            while vertex[coordinate] == start[coordinate] {
                vertex[coordinate] = start[coordinate] + trial
                trial *= 10
            }
            size += trial
            vertices.append(vertex)
            values.append(.nan)
        }
        var oldSize = size
        var lowest = 0
        var evaluateAll = true
        var ending = Ending.evaluationLimit
        repeat {
            if evaluateAll {
                for j in vertices.indices where j != lowest { values[j] = try value(vertices[j]) }
                evaluateAll = false
            }
            var high = lowest
            for j in vertices.indices where j != lowest {
                if values[j] < values[lowest] { lowest = j }
                if values[j] > values[high] { high = j }
            }
            // The scan above compares with the running lowest and highest, starting both at L.
            if values[high] <= values[lowest] + tolerance || values[lowest] <= absoluteTolerance {
                ending = .converged
                break
            }
            let highValue = values[high], lowValue = values[lowest]
            var centroid = [Double](repeating: 0, count: n)
            for i in 0..<n {
                var total = -vertices[high][i]
                for vertex in vertices { total += vertex[i] }
                centroid[i] = total / Double(n)
            }
            let reflected = (0..<n).map { 2 * centroid[$0] - vertices[high][$0] }
            let reflectedValue = try value(reflected)
            if reflectedValue < lowValue {
                let expanded = (0..<n).map { 2 * reflected[$0] - centroid[$0] }
                let expandedValue = try value(expanded)
                if expandedValue < reflectedValue {
                    vertices[high] = expanded
                    values[high] = expandedValue
                } else {
                    vertices[high] = reflected
                    values[high] = reflectedValue
                }
            } else {
                if reflectedValue < highValue {
                    vertices[high] = reflected
                    values[high] = reflectedValue
                }
                let contracted = (0..<n).map { 0.5 * vertices[high][$0] + 0.5 * centroid[$0] }
                let contractedValue = try value(contracted)
                if contractedValue < values[high] {
                    vertices[high] = contracted
                    values[high] = contractedValue
                } else if reflectedValue >= highValue {
                    evaluateAll = true
                    size = 0
                    for j in vertices.indices where j != lowest {
                        for i in 0..<n {
                            vertices[j][i] = 0.5 * (vertices[j][i] - vertices[lowest][i]) + vertices[lowest][i]
                            size += abs(vertices[j][i] - vertices[lowest][i])
                        }
                    }
                    if size < oldSize {
                        oldSize = size
                    } else {
                        ending = .stalled
                        break
                    }
                }
            }
        } while evaluations <= maximumEvaluations
        return Result(point: vertices[lowest], value: values[lowest], evaluations: evaluations, ending: ending)
    }
}
