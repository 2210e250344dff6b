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
}
