// Results of concurrent work, one slot per task, read back in task order.

import Synchronization

/// A fixed number of slots that concurrent tasks fill, each its own; reading them in order
/// makes the combined result independent of scheduling.
final class ConcurrentSlots<Value: Sendable>: Sendable {
    private let slots: Mutex<[Value?]>

    init(count: Int) {
        slots = Mutex(Array(repeating: nil, count: count))
    }

    subscript(slot: Int) -> Value? {
        get { slots.withLock { $0[slot] } }
        set { slots.withLock { $0[slot] = newValue } }
    }
}

/// Counts finished tasks across threads.
final class ProgressCounter: Sendable {
    private let count = Atomic<Int>(0)

    /// Adds one and returns the new count.
    func increment() -> Int { count.add(1, ordering: .relaxed).newValue }

    var value: Int { count.load(ordering: .relaxed) }
}
