// Index scores as one weighted sum over a fixed level: the fast path for weights-only changes.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The index of a run whose weights change only above a fixed level L, as one weighted sum of
/// the level-L scores (their logs for the geometric mean): both means are linear there, so
/// index = f⁻¹(Σ_c Weff[c]·z[c]) with Weff the product, down the tree, of each node's weight
/// over the weights of its present siblings (COINr's "drop missing children, re-scale the
/// rest"). Weff depends on a unit only through which level-L nodes it is missing, so units are
/// grouped by their pattern of missing values.
///
/// The sums run in a different order than the level-by-level pipeline, so scores can differ
/// from a full run in the last bits (an exact tie there may split); ``ReplicationBase`` is the
/// exact path.
struct EffectiveWeights: Sendable {
    let geometric: Bool
    /// The level-L nodes, and per unit their values (logs when geometric; 0 where missing),
    /// unit-major.
    let baseNodes: [Int]
    let z: [Double]
    /// Distinct presence patterns over ``baseNodes``, and each unit's pattern (−1: none present).
    let patterns: [[Bool]]
    let patternOf: [Int]
    /// The aggregates above L, as (node, children) from the root down.
    let tree: [(node: Int, children: [Int])]
    let nodeCount: Int
    let units: Int

    /// The fast path of `base` for weights that change only at levels ≥ `level`, or `nil` when
    /// it does not apply (another aggregation than arithmetic or geometric above L, an
    /// aggregate minimum, or a value outside the geometric mean's domain).
    init?(base: ReplicationBase, level: Int) {
        let pipeline = base.pipeline
        let first = pipeline.indicators.count
        let above = pipeline.aggregates.indices.filter { pipeline.levels[first + $0] > level }
        guard level >= 1, !above.isEmpty, pipeline.method.coverage.aggregateMinimum <= 0 else { return nil }
        let aggregations = Set(above.map { pipeline.aggregations[$0] })
        guard aggregations.count == 1, let aggregation = aggregations.first, aggregation == .arithmetic || aggregation == .geometric else { return nil }
        geometric = aggregation == .geometric
        var parents: [(node: Int, children: [Int])] = []
        for aggregate in above {
            parents.append((first + aggregate, Array(pipeline.childNodes[pipeline.childStart[aggregate] ..< pipeline.childStart[aggregate + 1]])))
        }
        tree = parents.reversed()
        baseNodes = pipeline.levels.indices.filter { pipeline.levels[$0] == level }
        units = base.units.count
        nodeCount = pipeline.levels.count
        var z = [Double](repeating: 0, count: units * baseNodes.count)
        var patternIndex: [[Bool]: Int] = [:]
        var patterns: [[Bool]] = []
        var patternOf: [Int] = []
        for row in 0..<units {
            var present = [Bool](repeating: false, count: baseNodes.count)
            for (column, node) in baseNodes.enumerated() {
                let x = base.matrix[node * units + row]
                guard !x.isNaN else { continue }
                if geometric && !(x > 0) { return nil }
                present[column] = true
                z[row * baseNodes.count + column] = geometric ? log(x) : x
            }
            guard present.contains(true) else {
                patternOf.append(-1)
                continue
            }
            if let index = patternIndex[present] {
                patternOf.append(index)
            } else {
                patternIndex[present] = patterns.count
                patternOf.append(patterns.count)
                patterns.append(present)
            }
        }
        self.z = z
        self.patterns = patterns
        self.patternOf = patternOf
    }

    /// The index score of every unit with node weights `weights` (indicators, then aggregates).
    func indexScores(weights: [Double]) -> [Double] {
        let width = baseNodes.count
        var efficient = [Double](repeating: 0, count: patterns.count * width)
        var present = [Bool](repeating: false, count: nodeCount)
        var share = [Double](repeating: 0, count: nodeCount)
        for (index, pattern) in patterns.enumerated() {
            for (column, node) in baseNodes.enumerated() { present[node] = pattern[column] }
            for position in tree.indices.reversed() {
                let (node, children) = tree[position]
                var any = false
                for child in children where present[child] { any = true }
                present[node] = any
            }
            if let root = tree.first?.node { share[root] = 1 }
            for (node, children) in tree {
                guard present[node] else {
                    for child in children { share[child] = 0 }
                    continue
                }
                var total = 0.0
                for child in children where present[child] { total += weights[child] }
                for child in children { share[child] = present[child] ? share[node] * weights[child] / total : 0 }
            }
            for (column, node) in baseNodes.enumerated() { efficient[index * width + column] = share[node] }
        }
        var scores = [Double](repeating: .nan, count: units)
        z.withUnsafeBufferPointer { z in
            efficient.withUnsafeBufferPointer { w in
                for row in 0..<units {
                    let pattern = patternOf[row]
                    guard pattern >= 0 else { continue }
                    var sum = 0.0
                    for column in 0..<width { sum += w[pattern * width + column] * z[row * width + column] }
                    scores[row] = geometric ? exp(sum) : sum
                }
            }
        }
        return scores
    }
}
