// Eigenvalues and eigenvectors of a small symmetric matrix, by cyclic Jacobi rotations.

/// The eigen-decomposition of a real symmetric matrix: `matrix = V · diag(values) · Vᵀ`.
///
/// Computed with the cyclic Jacobi method: sweeps of plane rotations that each zero one
/// off-diagonal element, until the off-diagonal mass is negligible against the diagonal. It is
/// exact to a few ulps on the correlation matrices of an index's groups (a handful to a few
/// dozen children), needs no library (AgileCore stays pure Swift; the package has no Swift
/// linear-algebra dependency and LAPACK would be C), and its eigenvectors are orthonormal to
/// rounding even when eigenvalues are close.
///
/// ```swift
/// let eigen = SymmetricEigen([[1, 0.5], [0.5, 1]])
/// eigen.values      // [1.5, 0.5]
/// eigen.vectors[0]  // ±[0.7071, 0.7071]
/// ```
public struct SymmetricEigen: Sendable {
    /// The eigenvalues, largest first.
    public var values: [Double]
    /// `vectors[k]` is the unit eigenvector of `values[k]` (its sign is arbitrary).
    public var vectors: [[Double]]

    /// The most sweeps made; a symmetric matrix of this size converges in well under 20.
    public static let maximumSweeps = 100

    /// Decomposes `matrix`, which must be square and symmetric (only its upper triangle is read).
    public init(_ matrix: [[Double]]) {
        let n = matrix.count
        var a = matrix
        for i in 0..<n {
            for j in 0..<i { a[i][j] = a[j][i] }
        }
        var v = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
        for _ in 0..<Self.maximumSweeps {
            var off = 0.0, diagonal = 0.0
            for i in 0..<n {
                diagonal += a[i][i] * a[i][i]
                for j in (i + 1)..<max(i + 1, n) { off += a[i][j] * a[i][j] }
            }
            if off == 0 || off <= 1e-30 * diagonal { break }
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) where a[p][q] != 0 {
                    // The rotation angle θ that zeroes a[p][q]: tan 2θ = 2a_pq / (a_qq − a_pp),
                    // taken through the smaller root t = tan θ for stability.
                    let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {
                        let akp = a[k][p], akq = a[k][q]
                        a[k][p] = c * akp - s * akq
                        a[k][q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p][k], aqk = a[q][k]
                        a[p][k] = c * apk - s * aqk
                        a[q][k] = s * apk + c * aqk
                    }
                    for k in 0..<n {
                        let vkp = v[k][p], vkq = v[k][q]
                        v[k][p] = c * vkp - s * vkq
                        v[k][q] = s * vkp + c * vkq
                    }
                }
            }
        }
        let order = (0..<n).sorted { a[$0][$0] > a[$1][$1] }
        values = order.map { a[$0][$0] }
        vectors = order.map { column in (0..<n).map { v[$0][column] } }
    }
}
