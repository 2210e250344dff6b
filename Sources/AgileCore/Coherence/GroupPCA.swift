// Principal component analysis of one group's children, as COINr's get_PCA (prcomp) computes it.

/// A principal component analysis of the children of one aggregate (COINr's `get_PCA` with
/// `by_groups = TRUE`, which calls `prcomp(center = TRUE, scale = TRUE)`).
///
/// The units with a value for every child are kept (R's `na.omit`); each child is centred on
/// its mean and divided by its standard deviation (n − 1) over them, so the components are the
/// eigenvectors of the children's correlation matrix on those units and the variance of each is
/// its eigenvalue. Loadings are unit vectors whose sign is arbitrary in R (it comes from LAPACK);
/// here each component is turned so that its loadings sum to 0 or more, so a child that loads
/// against the others on the first component has a negative loading.
///
/// A group of one child has no PCA (``skipped``), and so does a group with fewer than two
/// complete units or a child constant over them (prcomp cannot scale it).
public struct GroupPCA: Sendable {
    /// The rule of thumb: a first component explaining less than this share of the variance
    /// says the group measures more than one thing.
    public static let firstShareBound = 0.6

    public var parent: String
    public var level: Int
    public var children: [String]
    /// Units in the run, and those with every child (the ones used).
    public var units: Int
    public var completeUnits: Int
    /// Why there is no PCA, when there is none.
    public var skipped: String?
    /// Per child, the mean and standard deviation used to centre and scale it.
    public var centre: [Double] = []
    public var scale: [Double] = []
    /// The components' variances (eigenvalues), largest first.
    public var eigenvalues: [Double] = []
    /// `loadings[k][i]`: child i's loading on component k + 1.
    public var loadings: [[Double]] = []

    /// Each component's share of the total variance.
    public var varianceShares: [Double] {
        let total = eigenvalues.reduce(0, +)
        return eigenvalues.map { $0 / total }
    }

    /// The first component's share of the variance (NaN when skipped).
    public var firstShare: Double { varianceShares.first ?? .nan }

    /// The first component's loadings: COINr's PCA weights (`rotation[, 1]`, not rescaled).
    public var firstLoadings: [Double] { loadings.first ?? [] }

    /// The first loadings as weights: each |loading| over their sum.
    public var weightShares: [Double] {
        let total = firstLoadings.map(abs).reduce(0, +)
        return firstLoadings.map { abs($0) / total }
    }

    /// The children that load against the others on the first component.
    public var againstOthers: [String] {
        zip(children, firstLoadings).filter { $0.1 < 0 }.map(\.0)
    }

    /// Whether the group is flagged: first share under ``firstShareBound`` or a child against the others.
    public var flagged: Bool {
        skipped == nil && (firstShare < Self.firstShareBound || !againstOthers.isEmpty)
    }

    /// The PCA of `group`.
    public init(_ group: CoherenceGroup) {
        parent = group.parent
        level = group.level
        children = group.children
        units = group.columns.first?.count ?? 0
        let rows = group.completeRows
        completeUnits = rows.count
        guard children.count > 1 else {
            skipped = "one child only"
            return
        }
        guard rows.count >= 2 else {
            skipped = "fewer than 2 countries have every child"
            return
        }
        let data = group.columns.map { column in rows.map { column[$0] } }
        centre = data.map { $0.withUnsafeBufferPointer(RStatistics.mean) }
        scale = data.map { $0.withUnsafeBufferPointer(RStatistics.standardDeviation) }
        if let constant = scale.firstIndex(where: { !($0 > 0) }) {
            skipped = "\(children[constant]) is constant"
            centre = []
            scale = []
            return
        }
        let standardised = data.indices.map { i in data[i].map { ($0 - centre[i]) / scale[i] } }
        let k = children.count
        let divisor = Double(rows.count - 1)
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for i in 0..<k {
            for j in i..<k {
                var sum = 0.0
                for row in 0..<rows.count { sum += standardised[i][row] * standardised[j][row] }
                matrix[i][j] = sum / divisor
                matrix[j][i] = matrix[i][j]
            }
        }
        let eigen = SymmetricEigen(matrix)
        // prcomp keeps min(n, k) components; the rest have no variance.
        let kept = min(k, rows.count)
        eigenvalues = eigen.values.prefix(kept).map { max($0, 0) }
        loadings = eigen.vectors.prefix(kept).map { vector in
            vector.reduce(0, +) < 0 ? vector.map { -$0 } : vector
        }
    }
}
