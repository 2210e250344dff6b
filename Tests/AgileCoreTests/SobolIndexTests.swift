// The Sobol estimators and the Saltelli sample on the Ishigami function, whose indices are known.

import AgileCore
import Foundation
import Testing

@Suite struct SobolIndexTests {
    /// Ishigami: sin x1 + a sin² x2 + b x3⁴ sin x1 on [−π, π]³, a = 7, b = 0.1.
    static func ishigami(_ x: [Double]) -> Double {
        sin(x[0]) + 7 * pow(sin(x[1]), 2) + 0.1 * pow(x[2], 4) * sin(x[0])
    }

    /// The analytic indices: S1 ≈ 0.3139, S2 ≈ 0.4424, S3 = 0; ST1 ≈ 0.5576, ST2 ≈ 0.4424,
    /// ST3 ≈ 0.2437. With N = 20,000 (100,000 evaluations) the estimates are within 0.03, and
    /// the bootstrap 5–95 % bounds hold the estimate.
    @Test func ishigami() {
        let n = 20_000
        let sample = SaltelliSample(draws: [1, 1, 1], count: n, seed: 11)
        func y(_ point: [[Double]]) -> Double { Self.ishigami(point.map { -Double.pi + 2 * Double.pi * $0[0] }) }
        let yA = sample.a.map(y), yB = sample.b.map(y)
        let yAB = (0..<3).map { input in (0..<n).map { y(sample.ab(input, $0)) } }
        let indices = SobolIndex.estimate(inputs: ["x1", "x2", "x3"], yA: yA, yB: yB, yAB: yAB, bootstrap: 200, seed: 5)
        let first = [0.3139, 0.4424, 0], total = [0.5576, 0.4424, 0.2437]
        for (index, (s, t)) in zip(indices, zip(first, total)) {
            #expect(abs(index.firstOrder - s) < 0.03, "\(index.input) Si \(index.firstOrder)")
            #expect(abs(index.total - t) < 0.03, "\(index.input) STi \(index.total)")
            #expect(index.firstOrderBounds.contains(index.firstOrder), "\(index.input) \(index.firstOrderBounds)")
            #expect(index.totalBounds.contains(index.total), "\(index.input) \(index.totalBounds)")
            #expect(index.totalBounds.upperBound - index.totalBounds.lowerBound < 0.05)
        }
    }

    /// An output no input moves (N = 4, every run the same) has no variance to apportion:
    /// indices and bounds are 0 (before, the bounds were NaN...NaN, which trapped).
    @Test func constantOutputGivesZeroIndices() {
        let flat = [Double](repeating: 2.5, count: 4)
        let indices = SobolIndex.estimate(inputs: ["weights", "normalisation"], yA: flat, yB: flat, yAB: [flat, flat], bootstrap: 10, seed: 3)
        #expect(indices.map(\.firstOrder) == [0, 0])
        #expect(indices.map(\.total) == [0, 0])
        #expect(indices.allSatisfy { $0.firstOrderBounds == 0...0 && $0.totalBounds == 0...0 })
    }

    /// A and B are independent samples; AB_i takes only input i from B; the same seed gives the
    /// same sample.
    @Test func saltelliSample() {
        let sample = SaltelliSample(draws: [1, 3], count: 8, seed: 2)
        #expect(sample.points.count == 8 * 4)
        #expect(sample.a != sample.b)
        #expect(sample.ab(1, 3)[0] == sample.a[3][0])
        #expect(sample.ab(1, 3)[1] == sample.b[3][1])
        #expect(sample.a[0][1].count == 3)
        #expect(SaltelliSample(draws: [1, 3], count: 8, seed: 2).points == sample.points)
    }
}
