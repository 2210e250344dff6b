// The correlation matrix of one aggregate's children.

/// Pearson's correlations (pairwise complete) between the children of one aggregate, over the
/// units scored.
public struct ChildCorrelations: Hashable, Sendable {
    /// The aggregate's code.
    public var parent: String
    /// Its children's codes, the rows and columns of `matrix`.
    public var children: [String]
    /// `matrix[i][j]` is r between `children[i]` and `children[j]` (1 on the diagonal unless the
    /// child is constant, then NaN).
    public var matrix: [[Double]]

    public init(parent: String, children: [String], matrix: [[Double]]) {
        self.parent = parent
        self.children = children
        self.matrix = matrix
    }

    /// The same matrix with every r whose p-value is above `level` set to NaN (COINr's
    /// `get_corr(pval = level)`; ``Correlation/masked(_:pairs:above:)``), the pairs counted in
    /// `scores`' aggregated table. `level` nil or 0 masks nothing.
    public func masked(above level: Double?, scores: Scores) -> ChildCorrelations {
        guard let level, level > 0 else { return self }
        let columns = children.map { scores.aggregated.column(named: $0) ?? [] }
        var copy = self
        copy.matrix = matrix.indices.map { i in
            matrix[i].indices.map { j in
                Correlation.masked(matrix[i][j], pairs: Correlation.pairs(columns[i], columns[j]), above: level)
            }
        }
        return copy
    }
}
