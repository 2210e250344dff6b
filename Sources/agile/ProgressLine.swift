// A one-line progress display on a terminal; silent when standard error is not a terminal.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Shows `label: done/total` on standard error, rewriting one line, only on a terminal.
/// Safe to update from several threads.
final class ProgressLine: Sendable {
    let label: String
    let enabled: Bool
    private let shown = Mutex(false)

    init(label: String) {
        self.label = label
        enabled = isatty(2) == 1
    }

    func update(_ done: Int, of total: Int) {
        guard enabled else { return }
        shown.withLock { shown in
            Terminal.rewrite("\r\(label): \(done)/\(total)")
            shown = true
        }
    }

    func finish() {
        if shown.withLock({ $0 }) { Terminal.rewrite("\r\u{1B}[K") }
    }
}
