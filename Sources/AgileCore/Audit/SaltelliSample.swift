// Saltelli's sampling scheme for Sobol indices: matrices A, B and, per input, A with B's column.

/// The N(d + 2) points of a Saltelli design over d input groups: two independent samples A and
/// B of N points each, and for every input i the sample AB_i (A with input i taken from B).
///
/// A point is one block of uniforms per input group (the weights input takes one uniform per
/// perturbed node). Point j of A and of B comes from its own seeded generator, so the sample
/// depends only on the seed, N and the group sizes.
public struct SaltelliSample: Sendable {
    /// N points of A and of B.
    public var a: [[[Double]]]
    public var b: [[[Double]]]

    /// Draws A and B.
    /// - Parameters:
    ///   - draws: the number of uniforms of each input group.
    ///   - count: N, the points of each of A and B.
    ///   - seed: the seed of the sample.
    public init(draws: [Int], count: Int, seed: UInt64) {
        func point(_ stream: Int) -> [[Double]] {
            var generator = SplitMix64(seed: seed, stream: UInt64(stream))
            return draws.map { n in (0..<n).map { _ in generator.uniform() } }
        }
        a = (0..<count).map { point(2 * $0) }
        b = (0..<count).map { point(2 * $0 + 1) }
    }

    /// N, the points of each sample.
    public var count: Int { a.count }

    /// Point `j` of AB_i: point j of A with the block of input `input` from point j of B.
    public func ab(_ input: Int, _ j: Int) -> [[Double]] {
        var point = a[j]
        point[input] = b[j][input]
        return point
    }

    /// Every point in run order: A, then B, then AB_1, …, AB_d (N(d + 2) points).
    public var points: [[[Double]]] {
        let inputs = a.first?.count ?? 0
        return a + b + (0..<inputs).flatMap { input in (0..<count).map { ab(input, $0) } }
    }
}
