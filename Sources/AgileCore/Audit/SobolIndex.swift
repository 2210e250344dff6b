// The first-order and total Sobol index of one input, with bootstrap bounds.

/// How much of the variance of an output one input explains: alone (first order, Si) and with
/// all its interactions (total, STi), each with its bootstrap 5–95 % bounds.
public struct SobolIndex: Hashable, Sendable {
    /// The input's name.
    public var input: String
    public var firstOrder: Double
    public var total: Double
    /// 5th and 95th percentile of the bootstrap estimates of ``firstOrder``.
    public var firstOrderBounds: ClosedRange<Double>
    /// 5th and 95th percentile of the bootstrap estimates of ``total``.
    public var totalBounds: ClosedRange<Double>

    public init(input: String, firstOrder: Double, total: Double, firstOrderBounds: ClosedRange<Double>, totalBounds: ClosedRange<Double>) {
        self.input = input
        self.firstOrder = firstOrder
        self.total = total
        self.firstOrderBounds = firstOrderBounds
        self.totalBounds = totalBounds
    }

    /// The indices of every input from the outputs of a Saltelli design, with COINr's
    /// estimators: `Si = mean(yB·(yABi − yA)) / var(yA ∪ yB)` and
    /// `STi = Σ(yA − yABi)² / (2N·var(yA ∪ yB))` (sample variance, n − 1).
    /// - Parameters:
    ///   - inputs: the inputs' names, one per block of `yAB`.
    ///   - yA, yB: the output at the N points of A and of B.
    ///   - yAB: per input, the output at the N points of AB_i.
    ///   - bootstrap: how many bootstrap resamples of the N points give the bounds.
    ///   - seed: the seed of the resampling.
    ///
    /// An output that does not vary (every run gives the same value, e.g. ranks that no input
    /// moves) leaves no variance to apportion: every index and bound is then 0, where the
    /// estimators would divide 0 by 0.
    public static func estimate(inputs: [String], yA: [Double], yB: [Double], yAB: [[Double]], bootstrap: Int = 1000, seed: UInt64 = 1) -> [SobolIndex] {
        let n = yA.count
        let all = Array(0..<n)
        var resamples: [[Int]] = []
        var generator = SplitMix64(seed: seed)
        for _ in 0..<bootstrap {
            resamples.append((0..<n).map { _ in Int(generator.next() % UInt64(n)) })
        }
        return inputs.indices.map { input in
            let (first, total) = pair(yA, yB, yAB[input], all)
            guard !first.isNaN, !total.isNaN else {
                return SobolIndex(input: inputs[input], firstOrder: 0, total: 0, firstOrderBounds: 0...0, totalBounds: 0...0)
            }
            var firsts: [Double] = [], totals: [Double] = []
            for sample in resamples {
                let (s, t) = pair(yA, yB, yAB[input], sample)
                if !s.isNaN { firsts.append(s) }
                if !t.isNaN { totals.append(t) }
            }
            firsts.sort()
            totals.sort()
            func bounds(_ sorted: [Double], _ value: Double) -> ClosedRange<Double> {
                sorted.isEmpty ? value...value
                    : RankStatistics.quantile(sorted: sorted, 0.05)...RankStatistics.quantile(sorted: sorted, 0.95)
            }
            return SobolIndex(input: inputs[input], firstOrder: first, total: total,
                              firstOrderBounds: bounds(firsts, first), totalBounds: bounds(totals, total))
        }
    }

    /// Si and STi over the points `rows` (an index may repeat).
    private static func pair(_ yA: [Double], _ yB: [Double], _ yAB: [Double], _ rows: [Int]) -> (Double, Double) {
        let n = Double(rows.count)
        var sum = 0.0
        for j in rows { sum += yA[j] + yB[j] }
        let mean = sum / (2 * n)
        var squares = 0.0, first = 0.0, total = 0.0
        for j in rows {
            squares += (yA[j] - mean) * (yA[j] - mean) + (yB[j] - mean) * (yB[j] - mean)
            first += yB[j] * (yAB[j] - yA[j])
            total += (yA[j] - yAB[j]) * (yA[j] - yAB[j])
        }
        let variance = squares / (2 * n - 1)
        guard variance > 0 else { return (.nan, .nan) }
        return (first / n / variance, total / (2 * n * variance))
    }
}
