// Gamma draws for Dirichlet weights, from a seeded generator.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gamma(shape, 1) variates by Marsaglia and Tsang's method (2000), with the boost
/// Gamma(a) = Gamma(a + 1)·U^(1/a) for shapes below 1; normals by Box–Muller.
enum GammaSampler {
    /// One Gamma(`shape`, 1) draw (`shape` > 0).
    static func draw(shape: Double, _ generator: inout SplitMix64) -> Double {
        if shape < 1 {
            let u = max(generator.uniform(), 0x1p-53)
            return draw(shape: shape + 1, &generator) * pow(u, 1 / shape)
        }
        let d = shape - 1.0 / 3, c = 1 / (9 * d).squareRoot()
        while true {
            var x = 0.0, v = 0.0
            repeat {
                x = normal(&generator)
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = generator.uniform()
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if log(max(u, 0x1p-53)) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }

    /// One standard normal draw.
    private static func normal(_ generator: inout SplitMix64) -> Double {
        let u = max(generator.uniform(), 0x1p-53), v = generator.uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}
