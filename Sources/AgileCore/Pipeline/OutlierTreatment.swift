// Outlier treatment exactly as COINr's Treat() defaults: winsorise, else log the original.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// COINr's two-stage outlier treatment, column by column.
///
/// An indicator passes when |skew| < `rule.skew` OR kurtosis < `rule.kurtosis`. While it fails
/// and fewer than `rule.winmax` points are winsorised: if the skew is ≥ 0, every point equal to
/// the current maximum takes the largest remaining value, otherwise the same at the minimum; the
/// side is decided again at each step from the sign of the skew, and the count is COINr's (the
/// points moved at the last high step plus those moved at the last low step). If it still fails,
/// the ORIGINAL column becomes `log(x − min + 0.01·(max − min))`, kept even if it still fails.
enum OutlierTreatment {
    /// Treats every indicator column of `values` (column-major, `rows` rows) in place;
    /// `original` holds the same matrix untouched, for the log fallback.
    static func treat(
        _ values: inout [Double], original: [Double], rows: Int, indicators: [String],
        choices: [MethodOverrides.TreatmentChoice], treatment: Treatment
    ) -> (details: [IndicatorTreatment], points: [PointChange]) {
        guard case .skewKurtosis(let rule) = treatment else {
            let details = indicators.indices.map { column in
                IndicatorTreatment(indicator: indicators[column], outcome: .notTreated, observed: observedCount(original, column: column, rows: rows))
            }
            return (details, [])
        }
        var details: [IndicatorTreatment] = []
        details.reserveCapacity(indicators.count)
        var points: [PointChange] = []
        var high: [Int] = []
        var low: [Int] = []
        high.reserveCapacity(rows)
        low.reserveCapacity(rows)
        values.withUnsafeMutableBufferPointer { matrix in
            original.withUnsafeBufferPointer { source in
                for column in indicators.indices {
                    let range = column * rows ..< (column + 1) * rows
                    let x = UnsafeMutableBufferPointer(rebasing: matrix[range])
                    let x0 = UnsafeBufferPointer(rebasing: source[range])
                    let detail = treatColumn(
                        x, original: x0, rule: rule, choice: choices[column], indicator: indicators[column],
                        column: column, high: &high, low: &low, points: &points)
                    details.append(detail)
                }
            }
        }
        return (details, points)
    }

    private static func observedCount(_ values: [Double], column: Int, rows: Int) -> Int {
        values[column * rows ..< (column + 1) * rows].reduce(0) { $0 + ($1.isNaN ? 0 : 1) }
    }

    /// Treats one column; `high` and `low` are scratch lists of the rows moved at the last
    /// step of each side.
    private static func treatColumn(
        _ x: UnsafeMutableBufferPointer<Double>, original: UnsafeBufferPointer<Double>,
        rule: SkewKurtosisRule, choice: MethodOverrides.TreatmentChoice, indicator: String,
        column: Int, high: inout [Int], low: inout [Int], points: inout [PointChange]
    ) -> IndicatorTreatment {
        var observed = 0
        for value in x where !value.isNaN { observed += 1 }
        if choice == .skip { return IndicatorTreatment(indicator: indicator, outcome: .skipped, observed: observed) }
        if observed < 4 { return IndicatorTreatment(indicator: indicator, outcome: .tooFewValues, observed: observed) }
        guard let before = SkewKurtosis.of(UnsafeBufferPointer(x), rule: rule) else {
            return IndicatorTreatment(indicator: indicator, outcome: .passed, observed: observed)
        }
        let force = choice == .force
        if before.passes && !force {
            return IndicatorTreatment(indicator: indicator, outcome: .passed, observed: observed, before: before)
        }

        high.removeAll(keepingCapacity: true)
        low.removeAll(keepingCapacity: true)
        var moved: [Int] = []
        var current = before
        while (!current.passes || force) && high.count + low.count < rule.winmax {
            let fromTop = current.skew >= 0
            if fromTop { swap(&moved, &high) } else { swap(&moved, &low) }
            defer { if fromTop { swap(&moved, &high) } else { swap(&moved, &low) } }
            guard let extreme = winsorise(x, fromTop: fromTop, moved: &moved) else { break }
            guard let checked = SkewKurtosis.of(UnsafeBufferPointer(x), rule: rule) else {
                undoStep(x, extreme: extreme, moved: &moved, original: original)
                break
            }
            current = checked
        }
        var detail = IndicatorTreatment(
            indicator: indicator, outcome: .winsorised, observed: observed, before: before,
            winsorisedPoints: high.count + low.count, afterWinsorising: current)
        let logged = !current.passes && rule.logFallback
        if high.isEmpty && low.isEmpty && current.passes {
            detail.outcome = .passed
        } else if logged {
            var minimum = Double.infinity, maximum = -Double.infinity
            for value in original where !value.isNaN {
                minimum = min(minimum, value)
                maximum = max(maximum, value)
            }
            let shift = 0.01 * (maximum - minimum)
            for row in x.indices { x[row] = log(original[row] - minimum + shift) }
            detail.afterLog = SkewKurtosis.of(UnsafeBufferPointer(x), rule: rule)
            detail.outcome = .logTransformed
        } else if !current.passes {
            detail.outcome = .stillFailing
        }
        record(x, original: original, column: column, high: high, low: low, logged: logged, points: &points)
        return detail
    }

    /// Moves every point at the maximum (or minimum) to the next value inward and lists their
    /// rows in `moved`. Returns the extreme they had, or `nil` (nothing changed) when every
    /// observed value is equal.
    private static func winsorise(_ x: UnsafeMutableBufferPointer<Double>, fromTop: Bool, moved: inout [Int]) -> Double? {
        let sign: Double = fromTop ? 1 : -1
        var top = -Double.infinity, next = -Double.infinity
        for value in x where !value.isNaN {
            let v = value * sign
            if v > top {
                next = top
                top = v
            } else if v < top && v > next {
                next = v
            }
        }
        guard next > -Double.infinity else { return nil }
        moved.removeAll(keepingCapacity: true)
        let extreme = top * sign, inner = next * sign
        for row in x.indices where x[row] == extreme {
            x[row] = inner
            moved.append(row)
        }
        return extreme
    }

    /// Reverts a step that left a single distinct value (COINr stops with an error there): the
    /// moved points take back `extreme`, and `moved` keeps the rows earlier steps had moved.
    private static func undoStep(_ x: UnsafeMutableBufferPointer<Double>, extreme: Double, moved: inout [Int], original: UnsafeBufferPointer<Double>) {
        for row in moved { x[row] = extreme }
        moved.removeAll { original[$0] == extreme }
    }

    /// Appends the changed points of one column: the rows of the last high and low steps, and
    /// every observed row when the column was log-transformed.
    private static func record(
        _ x: UnsafeMutableBufferPointer<Double>, original: UnsafeBufferPointer<Double>, column: Int,
        high: [Int], low: [Int], logged: Bool, points: inout [PointChange]
    ) {
        func side(_ row: Int) -> TreatedPoint.Side? {
            low.contains(row) ? .low : high.contains(row) ? .high : nil
        }
        if logged {
            for row in x.indices where !original[row].isNaN {
                points.append(PointChange(row: row, column: column, before: original[row], after: x[row], winsorised: side(row), logTransformed: true))
            }
        } else {
            for row in x.indices {
                guard let side = side(row) else { continue }
                points.append(PointChange(row: row, column: column, before: original[row], after: x[row], winsorised: side, logTransformed: false))
            }
        }
    }
}
