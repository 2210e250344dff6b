// Counting finished tasks across threads (for progress lines).

import Synchronization

/// Counts finished tasks across threads.
final class ProgressCounter: Sendable {
    private let count = Atomic<Int>(0)

    /// Adds one and returns the new count.
    func increment() -> Int { count.add(1, ordering: .relaxed).newValue }

    var value: Int { count.load(ordering: .relaxed) }
}
