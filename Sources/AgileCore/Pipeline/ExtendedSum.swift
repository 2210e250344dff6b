// A running sum kept in extended precision, so sums round once as R's `sum()` does.

/// A sum of doubles accumulated in more precision than `Double` and rounded once at the end.
///
/// R's `sum()` accumulates in `long double`, which is the x87 80-bit format on x86-64, and
/// COINr's means and aggregates are built on it. Two weighted means that are mathematically
/// equal therefore come out exactly equal in COINr; a plain `Double` sum can split such a tie by
/// one ulp and change a rank. On x86-64 this type accumulates in `Float80`, as R does; elsewhere
/// (no `Float80`) it uses Neumaier's compensated summation, which keeps the same ties.
///
/// ```swift
/// var sum = ExtendedSum()
/// for x in [0.1, 0.2, 0.3] { sum.add(x) }
/// sum.value // 0.6
/// ```
public struct ExtendedSum: Sendable {
    #if arch(x86_64) && !os(Windows)
    @usableFromInline var total: Float80 = 0

    @inlinable public init() {}

    /// Adds `x` to the sum.
    @inlinable public mutating func add(_ x: Double) { total += Float80(x) }

    /// The sum rounded to `Double`.
    @inlinable public var value: Double { Double(total) }
    #else
    @usableFromInline var total: Double = 0
    @usableFromInline var compensation: Double = 0

    @inlinable public init() {}

    /// Adds `x` to the sum.
    @inlinable public mutating func add(_ x: Double) {
        let t = total + x
        if abs(total) >= abs(x) {
            compensation += (total - t) + x
        } else {
            compensation += (x - t) + total
        }
        total = t
    }

    /// The sum rounded to `Double`.
    @inlinable public var value: Double { total + compensation }
    #endif
}
