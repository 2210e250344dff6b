// Means, standard deviations, medians and powers computed the way R computes them.

#if arch(x86_64) && !os(Windows)
/// The type R's `long double` is on this machine.
@usableFromInline typealias LongDouble = Float80
#else
@usableFromInline typealias LongDouble = Double
#endif

/// Statistics of a column with R's rounding, so that results match COINr to the last bit.
///
/// Missing values (NaN) are skipped, as with R's `na.rm = TRUE`.
public enum RStatistics {
    /// R's `mean()`: the long-double sum divided by n, plus one correction pass
    /// `Σ(x − mean) / n`, rounded to `Double`. NaN when nothing is observed.
    @inlinable
    public static func mean(_ values: UnsafeBufferPointer<Double>) -> Double {
        Double(longMean(values))
    }

    /// R's two-pass mean before it is rounded to `Double`.
    @inlinable
    static func longMean(_ values: UnsafeBufferPointer<Double>) -> LongDouble {
        var sum: LongDouble = 0
        var count = 0
        for x in values where !x.isNaN {
            sum += LongDouble(x)
            count += 1
        }
        guard count > 0 else { return .nan }
        let n = LongDouble(count)
        var mean = sum / n
        if mean.isFinite {
            var correction: LongDouble = 0
            for x in values where !x.isNaN { correction += LongDouble(x) - mean }
            mean += correction / n
        }
        return mean
    }

    /// R's `sd()` with the n − 1 denominator (`var()` of `cov.c`): squared deviations from the
    /// two-pass mean, summed in long double. NaN with fewer than two values.
    @inlinable
    public static func standardDeviation(_ values: UnsafeBufferPointer<Double>) -> Double {
        let mean = longMean(values)
        var sum: LongDouble = 0
        var count = 0
        for x in values where !x.isNaN {
            let d = LongDouble(x) - mean
            sum += d * d
            count += 1
        }
        guard count > 1 else { return .nan }
        return Double(sum / LongDouble(count - 1)).squareRoot()
    }

    /// R's `median()`: the middle value, or R's `mean()` of the two middle values. NaN when
    /// nothing is observed.
    public static func median(_ values: UnsafeBufferPointer<Double>) -> Double {
        var observed = values.filter { !$0.isNaN }
        guard !observed.isEmpty else { return .nan }
        observed.sort()
        let half = observed.count / 2
        if observed.count % 2 == 1 { return observed[half] }
        return observed[(half - 1)...half].withUnsafeBufferPointer { mean($0) }
    }
}
