// Aggregation of the normalised indicators, level by level, as COINr's a_amean / a_gmean.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ScoringPipeline {
    /// Computes every aggregate column of `matrix` (units × nodes, column-major; the indicator
    /// columns already hold normalised values) from its children, level by level.
    ///
    /// Missing children are dropped and the remaining weights re-scaled (flagged); a cell whose
    /// available share of weight is below the coverage rule's aggregate minimum, or that has no
    /// child at all, is left missing (flagged). The means are COINr's, summed in extended
    /// precision: arithmetic `Σ (w/Σw)·x`; geometric `exp(Σ w·log x / Σw)`; harmonic
    /// `Σw / Σ (w/x)`; generalised `(Σ (w/Σw)·x^p)^(1/p)` (p = 0 is the geometric mean).
    /// Aggregates below `fromLevel` are left as they are (an audit recomputes only the levels
    /// whose children's weights changed). A weighted sum or a mean that is infinite (a power that
    /// overflows) is a ``ScoringError/notFinite(step:node:quantity:)``.
    func aggregate(_ matrix: inout [Double], units: [String], fromLevel: Int = 2) throws(ScoringError) -> [FlaggedCell] {
        let rows = units.count
        let first = indicators.count
        let minimum = method.coverage.aggregateMinimum
        var flags: [FlaggedCell] = []
        var failure: ScoringError?
        var failed = false
        var shares: [Double] = []
        // Buffers rather than arrays in the loops: iterating array slices retains and releases
        // their storage once per row, which dominates the re-aggregations of an audit.
        let nodes = childNodes, weights = self.weights
        matrix.withUnsafeMutableBufferPointer { m in nodes.withUnsafeBufferPointer { nodes in weights.withUnsafeBufferPointer { weights in
            for aggregate in aggregates.indices where !failed && levels[first + aggregate] >= fromLevel {
                let node = first + aggregate
                let members = UnsafeBufferPointer(rebasing: nodes[childStart[aggregate] ..< childStart[aggregate + 1]])
                var total = ExtendedSum()
                for child in members { total.add(weights[child]) }
                let totalWeight = total.value
                // Each child's weight re-scaled over all children: the weights of a unit that
                // has every child (the same sum in the same order gives the same divisor).
                shares.removeAll(keepingCapacity: true)
                for child in members { shares.append(weights[child] / totalWeight) }
                let aggregation = aggregations[aggregate]
                for row in 0..<rows {
                    var missing = 0
                    for child in members where m[child * rows + row].isNaN { missing += 1 }
                    var weight = totalWeight
                    if missing > 0 {
                        var available = ExtendedSum()
                        for child in members where !m[child * rows + row].isNaN { available.add(weights[child]) }
                        weight = available.value
                        let share = weight / totalWeight
                        if missing == members.count || share < minimum {
                            m[node * rows + row] = .nan
                            flags.append(FlaggedCell(row: row, node: node, kind: .belowMinimum, availableShare: missing == members.count ? 0 : share))
                            continue
                        }
                        flags.append(FlaggedCell(row: row, node: node, kind: .weightsRescaled, availableShare: share))
                    }
                    var sum = ExtendedSum()
                    if aggregation == .arithmetic {
                        // COINr's a_amean: the weights re-scaled to sum to 1 over the observed children.
                        if missing == 0 {
                            for (index, child) in members.enumerated() { sum.add(shares[index] * m[child * rows + row]) }
                        } else {
                            for child in members {
                                let x = m[child * rows + row]
                                if !x.isNaN { sum.add(weights[child] / weight * x) }
                            }
                        }
                        m[node * rows + row] = sum.value
                        guard !sum.value.isInfinite else { failure = overflow(aggregation, node: node, unit: units[row]); failed = true; return }
                        continue
                    }
                    for child in members {
                        let x = m[child * rows + row], w = weights[child]
                        if x.isNaN { continue }
                        switch aggregation {
                        case .geometric, .generalised(p: 0):
                            guard x > 0 else { failure = domainError(aggregation, node: node, child: child, unit: units[row], value: x); failed = true; return }
                            sum.add(w * log(x))
                        case .harmonic:
                            guard x > 0 else { failure = domainError(aggregation, node: node, child: child, unit: units[row], value: x); failed = true; return }
                            sum.add(w / x)
                        case .generalised(let p):
                            guard p > 0 ? x >= 0 : x > 0 else { failure = domainError(aggregation, node: node, child: child, unit: units[row], value: x); failed = true; return }
                            sum.add(w / weight * pow(x, p))
                        case .arithmetic:
                            break
                        }
                    }
                    switch aggregation {
                    case .geometric, .generalised(p: 0): m[node * rows + row] = exp(sum.value / weight)
                    case .harmonic: m[node * rows + row] = weight / sum.value
                    case .generalised(let p): m[node * rows + row] = pow(sum.value, 1 / p)
                    case .arithmetic: break
                    }
                    // A power or reciprocal that overflowed, even when the mean it gives looks
                    // finite (1/∞ = 0). NaN stays: children whose weights are all zero.
                    guard !sum.value.isInfinite, !m[node * rows + row].isInfinite else {
                        failure = overflow(aggregation, node: node, unit: units[row]); failed = true; return
                    }
                }
            }
        } } }
        if let failure { throw failure }
        return flags
    }

    /// The error for a weighted sum or mean that is not finite.
    private func overflow(_ aggregation: Aggregation, node: Int, unit: String) -> ScoringError {
        .notFinite(step: .aggregation, node: aggregates[node - indicators.count], quantity: "the \(aggregation.description) mean for \(unit)")
    }

    /// The error for a value outside the domain of an aggregation.
    private func domainError(_ aggregation: Aggregation, node: Int, child: Int, unit: String, value: Double) -> ScoringError {
        func code(_ index: Int) -> String { index < indicators.count ? indicators[index] : aggregates[index - indicators.count] }
        return .valueOutsideAggregationDomain(aggregation: aggregation, node: code(node), child: code(child), unit: unit, value: value)
    }
}
