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
    func aggregate(_ matrix: inout [Double], units: [String]) throws(ScoringError) -> [AggregationFlag] {
        let rows = units.count
        let first = indicators.count
        let minimum = method.coverage.aggregateMinimum
        var flags: [AggregationFlag] = []
        var failure: ScoringError?
        matrix.withUnsafeMutableBufferPointer { m in
            weights.withUnsafeBufferPointer { w in
                childNodes.withUnsafeBufferPointer { children in
                    for aggregate in aggregates.indices {
                        let node = first + aggregate
                        let members = UnsafeBufferPointer(rebasing: children[childStart[aggregate] ..< childStart[aggregate + 1]])
                        var total = ExtendedSum()
                        for child in members { total.add(w[child]) }
                        let totalWeight = total.value
                        let aggregation = aggregations[aggregate]
                        for row in 0..<rows {
                            var available = ExtendedSum()
                            var missing = 0
                            for child in members {
                                if m[child * rows + row].isNaN { missing += 1 } else { available.add(w[child]) }
                            }
                            let weight = available.value
                            let share = weight / totalWeight
                            if missing == members.count || share < minimum {
                                m[node * rows + row] = .nan
                                flags.append(AggregationFlag(unit: units[row], node: aggregates[aggregate], kind: .belowMinimum, availableShare: missing == members.count ? 0 : share))
                                continue
                            }
                            if missing > 0 {
                                flags.append(AggregationFlag(unit: units[row], node: aggregates[aggregate], kind: .weightsRescaled, availableShare: share))
                            }
                            var sum = ExtendedSum()
                            switch aggregation {
                            case .arithmetic:
                                for child in members {
                                    let x = m[child * rows + row]
                                    if !x.isNaN { sum.add(w[child] / weight * x) }
                                }
                                m[node * rows + row] = sum.value
                            case .geometric, .generalised(p: 0):
                                for child in members {
                                    let x = m[child * rows + row]
                                    guard !x.isNaN else { continue }
                                    guard x > 0 else {
                                        failure = .valueOutsideAggregationDomain(aggregation: aggregation, node: aggregates[aggregate], child: nodes(child), unit: units[row], value: x)
                                        return
                                    }
                                    sum.add(w[child] * log(x))
                                }
                                m[node * rows + row] = exp(sum.value / weight)
                            case .harmonic:
                                for child in members {
                                    let x = m[child * rows + row]
                                    guard !x.isNaN else { continue }
                                    guard x > 0 else {
                                        failure = .valueOutsideAggregationDomain(aggregation: aggregation, node: aggregates[aggregate], child: nodes(child), unit: units[row], value: x)
                                        return
                                    }
                                    sum.add(w[child] / x)
                                }
                                m[node * rows + row] = weight / sum.value
                            case .generalised(let p):
                                for child in members {
                                    let x = m[child * rows + row]
                                    guard !x.isNaN else { continue }
                                    guard p > 0 ? x >= 0 : x > 0 else {
                                        failure = .valueOutsideAggregationDomain(aggregation: aggregation, node: aggregates[aggregate], child: nodes(child), unit: units[row], value: x)
                                        return
                                    }
                                    sum.add(w[child] / weight * pow(x, p))
                                }
                                m[node * rows + row] = pow(sum.value, 1 / p)
                            }
                        }
                    }
                }
            }
        }
        if let failure { throw failure }
        return flags
    }

    /// The code of a node (an indicator or an aggregate) by its index.
    private func nodes(_ index: Int) -> String {
        index < indicators.count ? indicators[index] : aggregates[index - indicators.count]
    }
}
