// Ranks of a column with ties at the lowest rank ("min") and missing values left unranked.

/// Ranking of one column, as R's `rank(ties.method = "min", na.last = "keep")`.
///
/// Tied values share the lowest of their ranks (1, 2, 2, 4) and NaN stays NaN. Small columns
/// (the usual case: a few hundred countries) count, for each value, the values that beat it —
/// a branch-free loop over contiguous memory; larger ones sort once and search.
enum Ranking {
    /// Above this many rows the quadratic count gives way to sorting.
    static let countingLimit = 384

    /// Ranks with the highest value first: rank = 1 + the number of values above.
    static func descending(_ x: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>, scratch: inout [Double]) {
        rank(x, sign: -1, into: out, scratch: &scratch)
    }

    /// Ranks with the lowest value (after multiplying by `direction`) first, as COINr's
    /// rank normalisation: rank = 1 + the number of values below.
    static func ascending(_ x: UnsafeBufferPointer<Double>, direction: Double, into out: UnsafeMutableBufferPointer<Double>) {
        var scratch: [Double] = []
        rank(x, sign: direction, into: out, scratch: &scratch)
    }

    /// rank(i) = 1 + #{j : sign·x[j] < sign·x[i]}.
    private static func rank(_ x: UnsafeBufferPointer<Double>, sign: Double, into out: UnsafeMutableBufferPointer<Double>, scratch: inout [Double]) {
        let n = x.count
        if n <= countingLimit {
            for i in 0..<n {
                let v = x[i] * sign
                if v.isNaN {
                    out[i] = .nan
                    continue
                }
                var below = 0
                for j in 0..<n { below &+= (x[j] * sign < v) ? 1 : 0 }
                out[i] = Double(below + 1)
            }
            return
        }
        scratch.removeAll(keepingCapacity: true)
        for value in x where !value.isNaN { scratch.append(value * sign) }
        scratch.sort()
        scratch.withUnsafeBufferPointer { sorted in
            for i in 0..<n {
                let v = x[i] * sign
                if v.isNaN {
                    out[i] = .nan
                    continue
                }
                var lo = 0, hi = sorted.count
                while lo < hi {
                    let mid = (lo + hi) >> 1
                    if sorted[mid] < v { lo = mid + 1 } else { hi = mid }
                }
                out[i] = Double(lo + 1)
            }
        }
    }
}
