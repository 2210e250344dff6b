// A small seeded random number generator: every draw of an audit comes from one of these.

/// Steele, Lea and Flood's SplitMix64 generator: 64 bits of state, a Weyl sequence passed
/// through a mixing function. Audits give every replication its own generator, seeded from
/// the analysis seed and the replication's index, so the draws never depend on the order in
/// which threads run the replications.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator seeded with `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The generator of stream `stream` of `seed` (e.g. one replication of an analysis).
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed)
        state = mixer.next() ^ SplitMix64.mix(stream &+ 0x632B_E59B_D9B4_E019)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// A uniform draw in [0, 1) with 53 random bits.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
