// Many replications of an audit model run on all cores, each into its own slot.

import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the replications of an analysis in parallel. Each replication writes its own slot, so
/// the result is the same for any number of threads.
public enum ReplicationBatch {
    /// The number of cores online (at least 1).
    public static var cores: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// The index ranks of every replication.
    /// - Parameters:
    ///   - model: the model under audit.
    ///   - replications: the inputs of every replication.
    ///   - threads: how many threads share the work (all cores by default).
    ///   - progress: called with the number of replications done so far, from any thread.
    ///   - exact: `true` re-aggregates level by level as a full run does (the same bits);
    ///     `false` computes the index of weights-only changes as one weighted sum over the
    ///     highest fixed level (``EffectiveWeights``: much faster, scores may differ from a full
    ///     run in the last bits). Groups the fast path cannot take run exactly.
    /// - Throws: the ``ScoringError`` of the first failing replication (by index).
    public static func indexRanks(
        _ model: AuditModel, replications: [Replication], threads: Int = cores,
        progress: (@Sendable (Int) -> Void)? = nil, exact: Bool = true
    ) throws(ScoringError) -> [[Double]] {
        // One full run per distinct imputation, winsorisation limit, normalisation and aggregation; each
        // replication then only re-aggregates what its weights change.
        var groupOf: [Replication: Int] = [:]
        var keys: [Replication] = []
        let group = replications.map { replication in
            let key = replication.methods
            if let index = groupOf[key] { return index }
            groupOf[key] = keys.count
            keys.append(key)
            return keys.count - 1
        }
        let methods = keys
        let bases = try parallel(count: methods.count, threads: threads) { index, _ throws(ScoringError) in
            try ReplicationBase(model: model, methods: methods[index])
        }
        let pipeline = model.pipeline
        let nodeIndex = Dictionary(pipeline.nodes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        // The fixed level of the fast path: below the lowest weight the first weighted
        // replication varies; a replication that varies a lower one runs exactly.
        var fast: [EffectiveWeights?] = Array(repeating: nil, count: bases.count)
        var fixedLevel = Int.max
        if !exact, let sample = replications.first(where: { !$0.weights.isEmpty }),
           let level = sample.weights.keys.compactMap({ nodeIndex[$0].map { pipeline.levels[$0] } }).min() {
            fixedLevel = level
            fast = bases.map { EffectiveWeights(base: $0, level: level) }
        }
        let paths = fast, lowest = fixedLevel
        let done = Counter()
        return try parallel(count: replications.count, threads: threads) { index, ranking throws(ScoringError) in
            let base = bases[group[index]]
            let ranks: [Double]
            var weights = base.pipeline.weights
            var fits = paths[group[index]] != nil
            if fits {
                for (node, weight) in replications[index].weights {
                    guard let position = nodeIndex[node], weights[position] != weight else { continue }
                    weights[position] = weight
                    if pipeline.levels[position] < lowest { fits = false }
                }
            }
            if fits, let path = paths[group[index]] {
                let scores = path.indexScores(weights: weights)
                var out = [Double](repeating: .nan, count: scores.count)
                scores.withUnsafeBufferPointer { x in out.withUnsafeMutableBufferPointer { ranking.descending(x, into: $0) } }
                ranks = out
            } else {
                ranks = try base.indexRanks(weights: replications[index].weights, ranking: &ranking)
            }
            if let progress { progress(done.increment()) }
            return ranks
        }
    }

    /// `body(index)` for every index in 0..<count, on `threads` threads (worker w takes w,
    /// w + threads, …), each result into its own slot; every worker has its own ranking scratch.
    /// - Throws: the error of the lowest failing index.
    static func parallel<Value: Sendable>(
        count: Int, threads: Int, _ body: @escaping @Sendable (Int, inout Ranking) throws(ScoringError) -> Value
    ) throws(ScoringError) -> [Value] {
        let slots = Slots<Value>(count: count)
        let workers = max(1, min(threads, count))
        let work: @Sendable (Int) -> Void = { worker in
            var ranking = Ranking()
            var index = worker
            while index < count {
                slots.store(index, Result { () throws(ScoringError) -> Value in try body(index, &ranking) })
                index += workers
            }
        }
        if workers == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
        var values: [Value] = []
        values.reserveCapacity(count)
        for index in 0..<count {
            switch slots.value(index) {
            case .success(let value): values.append(value)
            case .failure(let error): throw error
            case nil: throw .input("replication \(index + 1) did not run")
            }
        }
        return values
    }

    /// One result slot per replication; each slot is written by one thread only, and read after
    /// every thread has finished.
    private final class Slots<Value>: @unchecked Sendable {
        private let results: UnsafeMutablePointer<Result<Value, ScoringError>?>
        private let count: Int

        init(count: Int) {
            self.count = count
            results = .allocate(capacity: count)
            results.initialize(repeating: nil, count: count)
        }

        deinit {
            results.deinitialize(count: count)
            results.deallocate()
        }

        func store(_ index: Int, _ result: Result<Value, ScoringError>) {
            results[index] = result
        }

        func value(_ index: Int) -> Result<Value, ScoringError>? {
            results[index]
        }
    }

    /// A count of finished replications shared by the threads.
    final class Counter: @unchecked Sendable {
        private var count = 0
        private let lock: UnsafeMutablePointer<pthread_mutex_t>

        init() {
            lock = .allocate(capacity: 1)
            lock.initialize(to: pthread_mutex_t())
            pthread_mutex_init(lock, nil)
        }

        deinit {
            pthread_mutex_destroy(lock)
            lock.deinitialize(count: 1)
            lock.deallocate()
        }

        func increment() -> Int {
            add(1)
        }

        /// Adds `done` finished replications; returns the new total.
        func add(_ done: Int) -> Int {
            pthread_mutex_lock(lock)
            defer { pthread_mutex_unlock(lock) }
            count += done
            return count
        }
    }
}
