// The index ranks of a block of weights-only replications at once, through effective weights.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ``EffectiveWeights`` for many replications of one group at a time: the same numbers in the
/// same order (so the same bits), laid out so that the inner loops run over the replications of
/// a block, in contiguous arrays, without allocating.
///
/// For a block of B replications (B rounded up to a multiple of 8 lanes), every presence
/// pattern's effective weights are computed for all B at once (pattern × base node ×
/// replication), then each unit's weighted sum (its logs' for the geometric mean) for all B,
/// eight replications to a register block, and each replication's units are ranked: a counting
/// pass into buckets over the block's range (units in nominal order, so that a bucket's units
/// come nearly in order), then an insertion pass (the exact order within a bucket). The
/// geometric mean's `exp` is monotone, so ranks come from the sums of logs; `exp` is taken only
/// inside runs of sums too close for that to be safe (within 1e-9 of the largest magnitude),
/// where the values decide.
struct EffectiveWeightBlock: Sendable {
    let path: EffectiveWeights
    /// The share computations, in an order where every parent's row comes first. Row 0 holds
    /// zeros, row 1 the root's share (ones); patterns that agree on a parent's row and on which
    /// of its children are present share the children's rows, computed once.
    private let steps: [ShareStep]
    /// How many share rows the steps fill (with rows 0 and 1).
    let rowCount: Int
    /// Per pattern and base node (column), the row of its share.
    private let baseRows: [Int32]
    /// The units with a score, by nominal index score, highest first (so that the units sharing
    /// a bucket come nearly in order).
    private let start: [Int32]
    /// The units without a score (no base node present).
    private let unscored: [Int]

    /// One share computation: the shares of a parent's present children (`rows`), from the
    /// parent's row and the children's weights.
    private struct ShareStep: Sendable {
        /// What makes two patterns' computations the same.
        struct Key: Hashable {
            var node: Int
            var parent: Int32
            var present: [Bool]
        }

        let parent: Int
        let children: [Int]
        let rows: [Int]
    }

    /// Buckets of the counting pass.
    static let buckets = 1024
    /// Replications computed together in the inner loops.
    static let lanes = 8

    /// The scratch one worker needs for blocks of up to `replications` replications, allocated
    /// once and reused from block to block.
    final class Scratch {
        let share: UnsafeMutablePointer<Double>
        let total: UnsafeMutablePointer<Double>
        let sums: UnsafeMutablePointer<Double>
        let keys: UnsafeMutablePointer<Double>
        let values: UnsafeMutablePointer<Double>
        let order: UnsafeMutablePointer<Int32>
        let slot: UnsafeMutablePointer<Int32>
        let bucketOf: UnsafeMutablePointer<Int32>
        let histogram: UnsafeMutablePointer<Int32>
        var ranking = Ranking()

        init(_ block: EffectiveWeightBlock, replications: Int) {
            let path = block.path
                func doubles(_ count: Int) -> UnsafeMutablePointer<Double> {
                let pointer = UnsafeMutablePointer<Double>.allocate(capacity: max(count, 1))
                pointer.initialize(repeating: 0, count: max(count, 1))
                return pointer
            }
            func indices(_ count: Int) -> UnsafeMutablePointer<Int32> {
                let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: max(count, 1))
                pointer.initialize(repeating: 0, count: max(count, 1))
                return pointer
            }
            share = doubles(block.rowCount * replications)
            total = doubles(replications)
            sums = doubles(path.units * replications)
            keys = doubles(path.units)
            values = doubles(path.units)
            order = indices(path.units)
            slot = indices(path.units)
            bucketOf = indices(path.units * replications)
            histogram = indices(EffectiveWeightBlock.buckets)
            precondition(replications % EffectiveWeightBlock.lanes == 0, "blocks are whole register blocks")
        }

        deinit {
            for pointer in [share, total, sums, keys, values] { pointer.deallocate() }
            for pointer in [order, slot, bucketOf, histogram] { pointer.deallocate() }
        }
    }

    /// The block form of `path`, with `nominalWeights` giving the starting order of the sorts.
    init(path: EffectiveWeights, nominalWeights: [Double]) {
        self.path = path
        var steps: [ShareStep] = []
        var stepOf: [ShareStep.Key: Int] = [:]
        var rowCount = 2
        var baseRows = [Int32](repeating: 0, count: path.patterns.count * path.baseNodes.count)
        for (index, pattern) in path.patterns.enumerated() {
            var present = [Bool](repeating: false, count: path.nodeCount)
            for (column, node) in path.baseNodes.enumerated() { present[node] = pattern[column] }
            for position in path.tree.indices.reversed() {
                let (node, children) = path.tree[position]
                present[node] = children.contains { present[$0] }
            }
            var rowOf = [Int32](repeating: 0, count: path.nodeCount)
            if let root = path.tree.first?.node { rowOf[root] = 1 }
            for (node, children) in path.tree where present[node] {
                let key = ShareStep.Key(node: node, parent: rowOf[node], present: children.map { present[$0] })
                if stepOf[key] == nil {
                    let shown = children.filter { present[$0] }
                    stepOf[key] = steps.count
                    steps.append(ShareStep(parent: Int(rowOf[node]), children: shown, rows: shown.indices.map { rowCount + $0 }))
                    rowCount += shown.count
                }
                let step = steps[stepOf[key]!]
                for (child, row) in zip(step.children, step.rows) { rowOf[child] = Int32(row) }
            }
            for (column, node) in path.baseNodes.enumerated() { baseRows[index * path.baseNodes.count + column] = rowOf[node] }
        }
        self.steps = steps
        self.rowCount = rowCount
        self.baseRows = baseRows
        let nominal = path.indexScores(weights: nominalWeights)
        let scored = (0..<path.units).filter { path.patternOf[$0] >= 0 }
        start = scored.sorted { (nominal[$0], $1) > (nominal[$1], $0) }.map { Int32($0) }
        unscored = (0..<path.units).filter { path.patternOf[$0] < 0 }
    }

    /// Ranks `count` replications. `weights` holds every node's weight for each replication,
    /// node-major with `count` rounded up to whole lanes (`weights[node × lanes + r]`; the
    /// padding lanes hold any positive weights); replication r's rank of unit u goes to
    /// `ranks(r)[u × stride]` (0 for a unit without a score).
    func rank(count: Int, weights: UnsafePointer<Double>, ranks: (Int) -> UnsafeMutablePointer<UInt16>, stride: Int, scratch: Scratch) {
        let lanes = (count + Self.lanes - 1) / Self.lanes * Self.lanes
        let width = path.baseNodes.count, units = path.units
        let share = scratch.share, total = scratch.total, sums = scratch.sums
        for r in 0..<lanes {
            share[r] = 0
            share[lanes + r] = 1
        }
        // share(child) = share(parent) · w(child) / Σ w(present siblings), summed in order.
        for step in steps {
            let parent = share + step.parent * lanes
            for r in 0..<lanes { total[r] = 0 }
            for child in step.children {
                let w = weights + child * lanes
                for r in 0..<lanes { total[r] += w[r] }
            }
            for (child, row) in zip(step.children, step.rows) {
                let w = weights + child * lanes, target = share + row * lanes
                for r in 0..<lanes { target[r] = parent[r] * w[r] / total[r] }
            }
        }
        // sum = Σ_column w·z in column order, eight replications in registers.
        path.z.withUnsafeBufferPointer { z in
            path.patternOf.withUnsafeBufferPointer { patternOf in
                baseRows.withUnsafeBufferPointer { baseRows in
                    for row in 0..<units {
                        let pattern = patternOf[row]
                        guard pattern >= 0 else { continue }
                        let values = z.baseAddress! + row * width
                        let rows = baseRows.baseAddress! + pattern * width
                        var block = 0
                        while block < lanes {
                            var sum = SIMD8<Double>(repeating: 0)
                            for column in 0..<width {
                                let w = UnsafeRawPointer(share + Int(rows[column]) * lanes + block).loadUnaligned(as: SIMD8<Double>.self)
                                sum = sum + w * SIMD8(repeating: values[column])
                            }
                            UnsafeMutableRawPointer(sums + row * lanes + block).storeBytes(of: sum, as: SIMD8<Double>.self)
                            block += Self.lanes
                        }
                    }
                }
            }
        }
        // The buckets span the block's sums; each sum's bucket (the highest sums first) for all
        // replications at once. A NaN sum, or a geometric one beyond exp's safe range, sends
        // the block's replications to the ranking of their scores.
        var least = Double.infinity, most = -Double.infinity, missing = 0
        for row in 0..<units where path.patternOf[row] >= 0 {
            let sum = sums + row * lanes
            for r in 0..<lanes {
                least = sum[r] < least ? sum[r] : least
                most = sum[r] > most ? sum[r] : most
                missing |= sum[r] != sum[r] ? 1 : 0
            }
        }
        let valid = missing == 0 && (most - least).isFinite && (!path.geometric || (most <= 700 && least >= -700))
        var scale = Double(Self.buckets) / (most - least)
        if !scale.isFinite { scale = 0 }
        let top = Self.buckets - 1, ceiling = Double(top), bucketOf = scratch.bucketOf
        if valid {
            for row in 0..<units where path.patternOf[row] >= 0 {
                let sum = sums + row * lanes, bucket = bucketOf + row * lanes
                for r in 0..<lanes {
                    let x = (sum[r] - least) * scale
                    bucket[r] = Int32(top) - Int32(x > 0 ? (x < ceiling ? x : ceiling) : 0)
                }
            }
        }
        let close = 1e-9 * max(1, abs(most), abs(least))
        start.withUnsafeBufferPointer { start in
            for r in 0..<count {
                let out = ranks(r)
                if valid {
                    rankReplication(r, of: lanes, start: start, close: close, into: out, stride: stride, scratch: scratch)
                } else {
                    rankScores(r, of: lanes, into: out, stride: stride, scratch: scratch)
                }
            }
        }
    }

    /// Ranks replication `r` of the block from its sums and buckets: counts per bucket, the
    /// units placed bucket by bucket (in nominal order within one), then an insertion pass; sums
    /// within `close` of each other are ordered and tied by their exp (geometric mean).
    private func rankReplication(
        _ r: Int, of count: Int, start: UnsafeBufferPointer<Int32>, close: Double,
        into out: UnsafeMutablePointer<UInt16>, stride: Int, scratch: Scratch
    ) {
        let m = start.count, geometric = path.geometric
        let sums = scratch.sums, keys = scratch.keys, values = scratch.values, bucketOf = scratch.bucketOf
        let order = scratch.order, slot = scratch.slot, histogram = scratch.histogram
        for unit in unscored { out[unit * stride] = 0 }
        guard m > 0 else { return }
        histogram.update(repeating: 0, count: Self.buckets)
        for k in 0..<m {
            let bucket = bucketOf[Int(start[k]) * count + r]
            slot[k] = bucket
            histogram[Int(bucket)] &+= 1
        }
        var total: Int32 = 0
        for bucket in 0..<Self.buckets {
            let size = histogram[bucket]
            histogram[bucket] = total
            total &+= size
        }
        for k in 0..<m {
            let bucket = Int(slot[k]), unit = start[k]
            let position = Int(histogram[bucket])
            histogram[bucket] = Int32(position + 1)
            order[position] = unit
            keys[position] = sums[Int(unit) * count + r]
        }
        for k in 1..<m {
            let key = keys[k], unit = order[k]
            var j = k
            while j > 0 && keys[j - 1] < key {
                keys[j] = keys[j - 1]
                order[j] = order[j - 1]
                j -= 1
            }
            keys[j] = key
            order[j] = unit
        }
        var k = 0
        while k < m {
            var end = k + 1
            if geometric {
                while end < m && keys[end - 1] - keys[end] <= close { end += 1 }
            } else {
                while end < m && keys[end] == keys[k] { end += 1 }
            }
            if !geometric || end == k + 1 {
                for j in k..<end { out[Int(order[j]) * stride] = UInt16(k + 1) }
            } else {
                // A run of close sums: order and tie them by their exp.
                for j in k..<end { values[j] = exp(keys[j]) }
                for j in (k + 1)..<end {
                    let value = values[j], unit = order[j]
                    var i = j
                    while i > k && values[i - 1] < value {
                        values[i] = values[i - 1]
                        order[i] = order[i - 1]
                        i -= 1
                    }
                    values[i] = value
                    order[i] = unit
                }
                var rank = k + 1
                for j in k..<end {
                    if j > k && values[j] != values[j - 1] { rank = j + 1 }
                    out[Int(order[j]) * stride] = UInt16(rank)
                }
            }
            k = end
        }
    }

    /// Ranks replication `r` from its scores themselves, as a full run ranks them.
    private func rankScores(_ r: Int, of count: Int, into out: UnsafeMutablePointer<UInt16>, stride: Int, scratch: Scratch) {
        let units = path.units
        var scores = [Double](repeating: .nan, count: units), ranks = scores
        for row in 0..<units where path.patternOf[row] >= 0 {
            let sum = scratch.sums[row * count + r]
            scores[row] = path.geometric ? exp(sum) : sum
        }
        scores.withUnsafeBufferPointer { x in ranks.withUnsafeMutableBufferPointer { scratch.ranking.descending(x, into: $0) } }
        for unit in 0..<units { out[unit * stride] = ranks[unit].isNaN ? 0 : UInt16(ranks[unit]) }
    }
}
