// A short code (a country or indicator code) held as two integers, to compare bytes cheaply.

/// The UTF-8 bytes of a code of at most 16 bytes, packed into two words.
///
/// Two keys are equal exactly when their bytes are, so a key stands for its code in a
/// ``CodeCache`` without making a `String`.
///
/// ```swift
/// "DEU".utf8.withContiguousStorageIfAvailable { CodeKey($0) } // a key for "DEU"
/// ```
struct CodeKey: Equatable {
    /// The longest code a key holds.
    static let maximumCount = 16

    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var count: Int

    /// The key of `bytes`, or `nil` when they are longer than ``maximumCount``.
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= Self.maximumCount else { return nil }
        count = bytes.count
        for (index, byte) in bytes.enumerated() {
            if index < 8 {
                low |= UInt64(byte) << (UInt64(index) * 8)
            } else {
                high |= UInt64(byte) << (UInt64(index - 8) * 8)
            }
        }
    }

    /// A well-mixed hash of the key in `0 ..< 1 << bits`.
    @inline(__always)
    func slot(bits: Int) -> Int {
        let mixed = (low ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> UInt64(64 - bits))
    }
}
