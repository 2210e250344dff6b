// The fast path of a seeded run: weights drawn into one array, replications ranked in blocks.

import Dispatch

extension UncertaintyAnalysis {
    /// Replications per block: the inner loops run over them.
    static let block = 64

    /// ``run(_:design:count:seed:threads:progress:exact:)`` with `exact: false`, when the
    /// design varies weights and every group of method choices can take the effective-weights
    /// path (`nil` otherwise). The draws go into one array (no ``Replication`` values: those
    /// are built from the seed when asked for), each group's full run is made once, and its
    /// replications are ranked in blocks of ``block`` consecutive ones by ``EffectiveWeightBlock``
    /// (each group's members of a block together), the blocks shared among the threads (worker
    /// w takes blocks w, w + threads, …). Every replication's
    /// numbers are the same whichever block and thread computes them, so the result does not
    /// depend on `threads`; it equals ``replay(_:replications:threads:progress:exact:)`` of the
    /// same replications with `exact: false`.
    static func sampledBlocks(
        _ model: AuditModel, design: UncertaintyDesign, count: Int, seed: UInt64, threads: Int,
        progress: (@Sendable (Int) -> Void)?
    ) throws(ScoringError) -> UncertaintyAnalysis? {
        let pipeline = model.pipeline
        let nodes = design.perturbedNodes(of: pipeline)
        guard count > 0, !model.units.isEmpty, model.units.count < Int(UInt16.max), design.inputs.contains(.weights),
              let level = nodes.map({ pipeline.levels[$0] }).min() else { return nil }
        let drawn = nodes.count
        // The draws, in fixed chunks on all cores: each replication's from its own stream.
        let inputs = design.inputs, chunk = 1024
        var drawnMethods: [DrawnMethods] = []
        let weights = try [Double](unsafeUninitializedCapacity: max(count * drawn, 1)) { buffer, initialized throws(ScoringError) in
            let rows = DrawRows(pointer: buffer.baseAddress!)
            let chunks = try ReplicationBatch.parallel(count: (count + chunk - 1) / chunk, threads: threads) { part, _ throws(ScoringError) in
                (part * chunk ..< min(count, (part + 1) * chunk)).map { index in
                    design.draw(
                        seed: seed, index: index, inputs: inputs, nodes: nodes, pipeline: pipeline,
                        weights: UnsafeMutableBufferPointer(start: rows.pointer + index * drawn, count: drawn))
                }
            }
            drawnMethods = chunks.flatMap { $0 }
            initialized = max(count * drawn, 1)
        }
        // Groups by their choices in a dictionary: a table of every combination of choices
        // could be huge (a winsorisation range of 100,000 limits times long choice lists).
        var groupOf: [DrawnMethods: Int] = [:]
        var keys: [DrawnMethods] = []
        var group = [Int](repeating: 0, count: count)
        for (index, methods) in drawnMethods.enumerated() {
            if let known = groupOf[methods] {
                group[index] = known
            } else {
                groupOf[methods] = keys.count
                group[index] = keys.count
                keys.append(methods)
            }
        }
        let methods = keys.map { $0.replication(in: design) }
        let bases = try ReplicationBatch.parallel(count: methods.count, threads: threads) { index, _ throws(ScoringError) in
            try ReplicationBase(model: model, methods: methods[index])
        }
        var paths: [EffectiveWeightBlock] = []
        for base in bases {
            guard let path = EffectiveWeights(base: base, level: level) else { return nil }
            paths.append(EffectiveWeightBlock(path: path, nominalWeights: base.pipeline.weights))
        }
        // Blocks of consecutive replications; within a block, each group's replications are
        // ranked together into a tile (unit-major), then copied to the units' columns.
        let units = model.units.count
        let blocks = (count + block - 1) / block
        let done = ReplicationBatch.Counter()
        let draws = weights, nominal = pipeline.weights, blockPaths = paths, groups = group
        let workers = max(1, min(threads, blocks))
        let columns = [UInt16](unsafeUninitializedCapacity: count * units) { buffer, initialized in
            let ranks = RankColumns(pointer: buffer.baseAddress!)
            let worker: @Sendable (Int) -> Void = { worker in
                let scratch = blockPaths.map { EffectiveWeightBlock.Scratch($0, replications: block) }
                var blockWeights = [Double](repeating: 0, count: nominal.count * block)
                var tile = [UInt16](repeating: 0, count: units * block)
                var members = [Int](repeating: 0, count: block)
                var next = worker
                while next < blocks {
                    let first = next * block, size = min(block, count - first)
                    for (path, scratch) in zip(blockPaths.indices, scratch) {
                        var taken = 0
                        for local in 0..<size where groups[first + local] == path {
                            members[taken] = local
                            taken += 1
                        }
                        guard taken > 0 else { continue }
                        let lanes = (taken + EffectiveWeightBlock.lanes - 1) / EffectiveWeightBlock.lanes * EffectiveWeightBlock.lanes
                        blockWeights.withUnsafeMutableBufferPointer { target in
                            for node in nominal.indices {
                                let value = nominal[node]
                                for r in 0..<lanes { target[node * lanes + r] = value }
                            }
                            for r in 0..<taken {
                                let row = (first + members[r]) * drawn
                                for (position, node) in nodes.enumerated() { target[node * lanes + r] = draws[row + position] }
                            }
                        }
                        tile.withUnsafeMutableBufferPointer { tile in
                            blockWeights.withUnsafeBufferPointer { w in
                                members.withUnsafeBufferPointer { members in
                                    blockPaths[path].rank(
                                        count: taken, weights: w.baseAddress!, ranks: { tile.baseAddress! + members[$0] },
                                        stride: block, scratch: scratch)
                                }
                            }
                        }
                    }
                    tile.withUnsafeBufferPointer { tile in
                        for unit in 0..<units {
                            (ranks.pointer + unit * count + first).update(from: tile.baseAddress! + unit * block, count: size)
                        }
                    }
                    if let progress { progress(done.add(size)) }
                    next += workers
                }
            }
            if workers == 1 {
                worker(0)
            } else {
                DispatchQueue.concurrentPerform(iterations: workers, execute: worker)
            }
            initialized = count * units
        }
        let nominalRanks = model.nominalRanks
        let record = ReplicationRecord(count: count, units: units, ranks: .whole(columns), source: .sampled(design: design, seed: seed, pipeline: pipeline))
        let statistics = try RankStatistics.of(units: model.units, nominal: nominalRanks, record: record, threads: threads)
        return UncertaintyAnalysis(units: model.units, nominal: nominalRanks, record: record, statistics: statistics)
    }

    /// The ranks of all replications while the workers write them, unit-major (each block of
    /// replications by one worker only; read after all have finished).
    private struct RankColumns: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<UInt16>
    }

    /// The drawn weights while the workers write them (each replication's row by one worker).
    private struct DrawRows: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<Double>
    }
}
