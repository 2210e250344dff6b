// The groups a coherence analysis looks at: every aggregate with its children's columns.

/// One aggregate and its children's scores over the units of a run: what a PCA or Cronbach's
/// alpha of the group reads.
public struct CoherenceGroup: Sendable {
    /// The aggregate's code and level.
    public var parent: String
    public var level: Int
    /// Its children's codes, in the pipeline's order.
    public var children: [String]
    /// `columns[i]` holds `children[i]`'s score for every unit (NaN: missing).
    public var columns: [[Double]]

    public init(parent: String, level: Int, children: [String], columns: [[Double]]) {
        self.parent = parent
        self.level = level
        self.children = children
        self.columns = columns
    }

    /// Every aggregate of `pipeline` with its children's columns in `scores.aggregated` (the
    /// normalised indicators and the aggregates), level by level from 2 up.
    public static func all(pipeline: ScoringPipeline, scores: Scores) -> [CoherenceGroup] {
        let first = pipeline.indicators.count
        let codes = pipeline.nodes
        return pipeline.aggregates.indices.map { aggregate in
            let members = Array(pipeline.childNodes[pipeline.childStart[aggregate] ..< pipeline.childStart[aggregate + 1]])
            return CoherenceGroup(parent: codes[first + aggregate], level: pipeline.levels[first + aggregate],
                                  children: members.map { codes[$0] }, columns: members.map { scores.aggregated.column($0) })
        }
    }

    /// The rows where every child has a value (R's `na.omit`).
    public var completeRows: [Int] {
        guard let count = columns.first?.count else { return [] }
        return (0..<count).filter { row in columns.allSatisfy { !$0[row].isNaN } }
    }
}
