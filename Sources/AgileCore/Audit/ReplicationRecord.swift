// Every replication's inputs and ranks of an analysis, kept compact and expanded on first use.

import Synchronization

/// The replications of an ``UncertaintyAnalysis`` and their ranks. The ranks are kept in one
/// array (as 16-bit whole numbers, unit by unit, when they all are); the per-replication arrays and, for a seeded sample, the
/// ``Replication`` values (their weights keyed by node code) are built on first use and kept:
/// a run does not spend its time on them unless they are asked for.
final class ReplicationRecord: Sendable {
    /// Where the replications come from.
    enum Source: Sendable {
        case given([Replication])
        case sampled(design: UncertaintyDesign, seed: UInt64, pipeline: ScoringPipeline)
    }

    /// Every replication's ranks.
    enum Ranks: Sendable {
        /// Whole ranks, 0 for none, unit-major: replication r's rank of unit u at `u × count + r`.
        case whole([UInt16])
        /// Any ranks, NaN for none, replication-major: at `r × units + u`.
        case values([Double])
    }

    /// The number of replications and of units.
    let count: Int
    let units: Int
    /// The ranks.
    let stored: Ranks
    private let source: Source
    /// The per-replication values, once built.
    private let expanded: Mutex<(replications: [Replication]?, ranks: [[Double]]?)>

    init(count: Int, units: Int, ranks: Ranks, source: Source) {
        self.count = count
        self.units = units
        stored = ranks
        self.source = source
        if case .given(let replications) = source {
            expanded = Mutex((replications: replications, ranks: nil))
        } else {
            expanded = Mutex((replications: nil, ranks: nil))
        }
    }

    /// A record of given replications and their ranks, one array per replication.
    convenience init(replications: [Replication], ranks: [[Double]], units: Int) {
        let count = ranks.count
        var whole = [UInt16](repeating: 0, count: count * units)
        let limit = Double(min(units, Int(UInt16.max) - 1))
        var fits = true
        rows: for (replication, row) in ranks.enumerated() {
            for (unit, rank) in row.enumerated() where !rank.isNaN {
                guard rank >= 1 && rank <= limit && Double(Int(rank)) == rank else {
                    fits = false
                    break rows
                }
                whole[unit * count + replication] = UInt16(rank)
            }
        }
        self.init(count: ranks.count, units: units, ranks: fits ? .whole(whole) : .values(ranks.flatMap { $0 }), source: .given(replications))
        expanded.withLock { $0.ranks = ranks }
    }

    /// Replication `replication`'s rank of unit `unit`.
    func rank(_ replication: Int, _ unit: Int) -> Double {
        switch stored {
        case .whole(let ranks):
            let rank = ranks[unit * count + replication]
            return rank == 0 ? .nan : Double(rank)
        case .values(let ranks):
            return ranks[replication * units + unit]
        }
    }

    /// Every replication's inputs.
    var replications: [Replication] {
        expanded.withLock { expanded in
            if let replications = expanded.replications { return replications }
            guard case .sampled(let design, let seed, let pipeline) = source else { return [] }
            let replications = (0..<count).map { design.replication(seed: seed, index: $0, pipeline: pipeline) }
            expanded.replications = replications
            return replications
        }
    }

    /// Per replication, each unit's rank.
    var ranks: [[Double]] {
        expanded.withLock { expanded in
            if let ranks = expanded.ranks { return ranks }
            let ranks = (0..<count).map { replication in (0..<units).map { rank(replication, $0) } }
            expanded.ranks = ranks
            return ranks
        }
    }
}
