// Ranks of a column with ties at the lowest rank ("min") and missing values left unranked.

/// Ranking of columns, as R's `rank(-x, ties.method = "min", na.last = "keep")`: the highest
/// value ranks 1, tied values share the lowest of their ranks (1, 2, 2, 4), NaN stays NaN.
///
/// Every column of a run is ranked, so this is on the hot path. The rows are bucket-sorted by
/// their value quantised onto about n levels of the column's range (one counting pass up to
/// 2048 rows, two beyond), an insertion pass then puts the rows that share a level in exact
/// order (ties keep their place), and the ranks are read off in one walk. Quantising is
/// monotone, so the order is exact whatever the data; skewed columns only make the insertion
/// pass longer (infinite values all share the last level and are ordered there). The scratch
/// buffers live in the value and are reused from column to column.
struct Ranking {
    private var values: [Double] = []
    private var levels: [UInt32] = []
    private var order: [UInt32] = []
    private var spare: [UInt32] = []
    private var histogram: [Int] = []

    /// Ranks `x` into `out` (same length), the highest value first.
    mutating func descending(_ x: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>) {
        rank(x, sign: 1, into: out)
    }

    /// Ranks `x` into `out` with the lowest value of `direction · x` first (COINr's rank
    /// normalisation: the rank counts the values below, plus one).
    mutating func ascending(_ x: UnsafeBufferPointer<Double>, direction: Double, into out: UnsafeMutableBufferPointer<Double>) {
        rank(x, sign: -direction, into: out)
    }

    /// rank(i) = 1 + #{j : sign·x[j] > sign·x[i]}, NaN for NaN.
    private mutating func rank(_ x: UnsafeBufferPointer<Double>, sign: Double, into out: UnsafeMutableBufferPointer<Double>) {
        let n = x.count
        guard n > 0 else { return }
        if values.count < n {
            values = [Double](repeating: 0, count: n)
            levels = [UInt32](repeating: 0, count: n)
            order = levels
            spare = levels
        }
        var bits = 1
        while 1 << bits < n { bits += 1 }
        bits = min(max(bits, 8), 22)
        let passes = (bits + 10) / 11
        let digit = (bits + passes - 1) / passes
        let buckets = 1 << digit
        if histogram.count < buckets { histogram = [Int](repeating: 0, count: buckets) }
        let top = UInt32((1 << (digit * passes)) - 1)
        let mask = UInt32(buckets - 1)

        values.withUnsafeMutableBufferPointer { v in
            levels.withUnsafeMutableBufferPointer { level in
                order.withUnsafeMutableBufferPointer { first in
                    spare.withUnsafeMutableBufferPointer { second in
                        histogram.withUnsafeMutableBufferPointer { h in
                            var low = Double.infinity, high = -Double.infinity
                            for row in 0..<n {
                                let value = x[row] * sign
                                v[row] = value
                                low = value < low ? value : low
                                high = value > high ? value : high
                            }
                            var scale = Double(top) / (high - low)
                            if !scale.isFinite { scale = 0 }
                            // Rows with a value and their level, the highest value at level 0;
                            // the first pass counts its digit on the way.
                            for bucket in 0..<buckets { h[bucket] = 0 }
                            var count = 0
                            for row in 0..<n {
                                let value = v[row]
                                if value.isNaN {
                                    out[row] = .nan
                                    continue
                                }
                                let scaled = (value - low) * scale
                                let key = scaled >= 0 && scaled <= Double(top) ? top &- UInt32(scaled) : top
                                level[row] = key
                                h[Int(key & mask)] += 1
                                first[count] = UInt32(row)
                                count += 1
                            }
                            guard count > 0 else { return }
                            var source = first.baseAddress!, target = second.baseAddress!
                            for pass in 0..<passes {
                                let shift = UInt32(pass * digit)
                                if pass > 0 {
                                    for bucket in 0..<buckets { h[bucket] = 0 }
                                    for k in 0..<count { h[Int((level[Int(source[k])] >> shift) & mask)] += 1 }
                                }
                                var sum = 0
                                for bucket in 0..<buckets {
                                    let slots = h[bucket]
                                    h[bucket] = sum
                                    sum += slots
                                }
                                for k in 0..<count {
                                    let row = source[k], bucket = Int((level[Int(row)] >> shift) & mask)
                                    target[h[bucket]] = row
                                    h[bucket] += 1
                                }
                                swap(&source, &target)
                            }
                            for k in 1..<count {
                                let row = source[k], value = v[Int(row)]
                                var j = k
                                while j > 0 && v[Int(source[j - 1])] < value {
                                    source[j] = source[j - 1]
                                    j -= 1
                                }
                                source[j] = row
                            }
                            var rank = 1
                            var previous = Double.nan
                            for k in 0..<count {
                                let row = Int(source[k]), value = v[row]
                                if value != previous {
                                    rank = k + 1
                                    previous = value
                                }
                                out[row] = Double(rank)
                            }
                        }
                    }
                }
            }
        }
    }
}
