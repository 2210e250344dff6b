// Rank statistics of every unit from all replications' ranks in one array, on all cores.

extension RankStatistics {
    /// Units per block of the statistics.
    static let unitBlock = 8

    /// The statistics of every unit from the ranks of `record`: the values of
    /// ``of(code:nominal:ranks:units:)`` on each unit's column. Whole ranks (kept unit by unit)
    /// take a counting path, a block of units at a time: the long-double sum of whole numbers
    /// is exact, and R's correction pass adds the same terms in the same order.
    static func of(units: [String], nominal: [Double], record: ReplicationRecord, threads: Int) throws(ScoringError) -> [RankStatistics] {
        let unitCount = units.count, count = record.count
        guard case .whole(let ranks) = record.stored else {
            return try ReplicationBatch.parallel(count: unitCount, threads: threads) { unit, _ throws(ScoringError) in
                of(code: units[unit], nominal: nominal[unit], ranks: (0..<count).map { record.rank($0, unit) }, units: unitCount)
            }
        }
        let width = unitBlock
        let blocks = (unitCount + width - 1) / width
        let limit = max(unitCount, 1)
        let parts = try ReplicationBatch.parallel(count: blocks, threads: threads) { block, _ throws(ScoringError) -> [RankStatistics] in
            let first = block * width, columns = min(width, unitCount - first)
            let column = ranks[first * count ..< (first + columns) * count]
            // Per unit: the count of each rank (0: none) and the sum; then R's correction
            // pass, four units at a time (four independent long-double sums, each in order).
            var counts = [[Int]](repeating: [Int](repeating: 0, count: limit + 1), count: columns)
            var sums = [Int](repeating: 0, count: columns)
            var corrections = [LongDouble](repeating: 0, count: columns)
            var means = [LongDouble](repeating: .nan, count: columns)
            column.withUnsafeBufferPointer { column in
                for j in 0..<columns {
                    let values = column.baseAddress! + j * count
                    var sum = 0
                    for replication in 0..<count { sum &+= Int(values[replication]) }
                    sums[j] = sum
                    counts[j].withUnsafeMutableBufferPointer { counts in
                        for replication in 0..<count { counts[Int(values[replication])] += 1 }
                    }
                }
                var terms = [LongDouble](repeating: 0, count: columns * (limit + 1))
                for j in 0..<columns {
                    let n = count - counts[j][0]
                    guard n > 0 else { continue }
                    let mean = LongDouble(sums[j]) / LongDouble(n)
                    means[j] = mean
                    // Rank 0 (none) adds +0, which leaves a sum as it is.
                    for rank in 1...limit { terms[j * (limit + 1) + rank] = LongDouble(rank) - mean }
                }
                terms.withUnsafeBufferPointer { terms in
                    var j = 0
                    while j + 4 <= columns {
                        let a = column.baseAddress! + j * count, b = a + count, c = b + count, d = c + count
                        let ta = terms.baseAddress! + j * (limit + 1), tb = ta + (limit + 1), tc = tb + (limit + 1), td = tc + (limit + 1)
                        var sa: LongDouble = 0, sb: LongDouble = 0, sc: LongDouble = 0, sd: LongDouble = 0
                        for replication in 0..<count {
                            sa += ta[Int(a[replication])]
                            sb += tb[Int(b[replication])]
                            sc += tc[Int(c[replication])]
                            sd += td[Int(d[replication])]
                        }
                        corrections[j] = sa
                        corrections[j + 1] = sb
                        corrections[j + 2] = sc
                        corrections[j + 3] = sd
                        j += 4
                    }
                    while j < columns {
                        let a = column.baseAddress! + j * count, ta = terms.baseAddress! + j * (limit + 1)
                        var sa: LongDouble = 0
                        for replication in 0..<count { sa += ta[Int(a[replication])] }
                        corrections[j] = sa
                        j += 1
                    }
                }
            }
            return (0..<columns).map { j in
                let unit = first + j, reference = nominal[unit]
                var counts = counts[j]
                let n = count - counts[0]
                counts[0] = 0
                guard reference.isNaN || (reference >= 0 && reference <= Double(limit) && Double(Int(reference)) == reference) else {
                    return of(code: units[unit], nominal: reference, ranks: (0..<count).map { record.rank($0, unit) }, units: unitCount)
                }
                var mean = Double.nan, shift = Double.nan
                if n > 0 {
                    var long = means[j]
                    if long.isFinite { long += corrections[j] / LongDouble(n) }
                    mean = Double(long)
                    if !reference.isNaN {
                        var total = 0
                        for rank in 1...limit { total += counts[rank] * abs(rank - Int(reference)) }
                        shift = Double(total) / Double(n)
                    }
                }
                return RankStatistics(
                    unit: units[unit], nominal: reference, mean: mean, median: quantile(counts: counts, total: n, 0.5),
                    percentile5: quantile(counts: counts, total: n, 0.05), percentile95: quantile(counts: counts, total: n, 0.95),
                    meanAbsoluteShift: shift)
            }
        }
        return parts.flatMap { $0 }
    }
}
