// A small direct-mapped cache from the bytes of a code to what checking the code gave.

/// Remembers, for codes of at most ``CodeKey/maximumCount`` bytes, the result of a look-up
/// that succeeded, so that the next occurrence of the same bytes costs one comparison instead of
/// a `String` and a dictionary look-up.
///
/// It is direct-mapped: each key has one slot, and a newer key that lands in a taken slot
/// replaces the older one. Its size is fixed, so memory stays flat however long the input.
struct CodeCache<Value> {
    private struct Entry {
        var key: CodeKey
        var value: Value
    }

    private let bits: Int
    private var entries: [Entry?]

    /// A cache of `1 << bits` slots.
    init(bits: Int) {
        self.bits = bits
        entries = Array(repeating: nil, count: 1 << bits)
    }

    /// The value stored for `key`, or `nil`.
    @inline(__always)
    func value(for key: CodeKey) -> Value? {
        if let entry = entries[key.slot(bits: bits)], entry.key == key { return entry.value }
        return nil
    }

    /// Stores `value` for `key`, replacing whatever held its slot.
    mutating func store(_ value: Value, for key: CodeKey) {
        entries[key.slot(bits: bits)] = Entry(key: key, value: value)
    }
}
