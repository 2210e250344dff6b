// Results of concurrent work, one slot per task, read back in task order.

import Synchronization

/// A fixed number of slots that concurrent tasks fill, each its own; reading them in order
/// makes the combined result independent of scheduling.
///
/// ```swift
/// let squares = ConcurrentSlots<Int>(count: 4)
/// DispatchQueue.concurrentPerform(iterations: 4) { squares[$0] = $0 * $0 }
/// squares[3] // 9
/// ```
public final class ConcurrentSlots<Value: Sendable>: Sendable {
    private let slots: Mutex<[Value?]>

    public init(count: Int) {
        slots = Mutex(Array(repeating: nil, count: count))
    }

    /// The value of `slot`, `nil` until a task sets it.
    public subscript(slot: Int) -> Value? {
        get { slots.withLock { $0[slot] } }
        set { slots.withLock { $0[slot] = newValue } }
    }
}
