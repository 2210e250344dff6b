// A one-line progress display on a terminal; silent when standard error is not a terminal.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shows `label: done/total` on standard error, rewriting one line, only on a terminal.
final class ProgressLine {
    let label: String
    let enabled: Bool
    private var shown = false

    init(label: String) {
        self.label = label
        enabled = isatty(2) == 1
    }

    func update(_ done: Int, of total: Int) {
        guard enabled else { return }
        Terminal.rewrite("\r\(label): \(done)/\(total)")
        shown = true
    }

    func finish() {
        if shown { Terminal.rewrite("\r\u{1B}[K") }
    }
}
