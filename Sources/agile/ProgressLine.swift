// A progress bar on a terminal — bar, done/total, rate and time left; silent when standard error is not a terminal.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgileCore
import AgileUseCases
import Synchronization

/// Shows `label [████░░░░] done/total  rate/s  m:ss left` on standard error, rewriting one line
/// at most ten times a second (and once more when done), only when standard error is a
/// terminal: on a pipe or a file nothing at all is written. The label is the step a use case
/// reports (``StepProgress``); a new step starts its rate afresh. The clock it reads never
/// reaches any other output. Safe to update from several threads.
final class ProgressLine: Sendable {
    let enabled: Bool
    private let state = Mutex(State())

    private struct State {
        var label = ""
        /// When the step's first unit was reported: the rate counts from there, not from the setup before.
        var start: Double?
        var lastDrawn = -Double.infinity
        var shown = false
    }

    /// The shortest time between two redraws, in seconds.
    static let interval = 0.1

    init() {
        enabled = isatty(2) == 1
    }

    /// Runs `body` with a progress report that draws this line on a terminal (`nil` elsewhere,
    /// so nothing is counted), and clears the line when `body` ends.
    static func showing<T>(_ body: (StepProgress?) throws -> T) rethrows -> T {
        let line = ProgressLine()
        defer { line.finish() }
        let progress: StepProgress = { label, done, total in line.update(label, done, of: total) }
        return try body(line.enabled ? progress : nil)
    }

    /// Redraws the line for `done` of `total` of step `label`, unless it was drawn less than
    /// ``interval`` ago in the same step (the last unit is always drawn).
    func update(_ label: String, _ done: Int, of total: Int) {
        guard enabled else { return }
        let now = ProgressLine.now()
        state.withLock { state in
            if state.label != label { (state.label, state.start, state.lastDrawn) = (label, nil, -Double.infinity) }
            let start = state.start ?? now
            state.start = start
            guard done >= total || now - state.lastDrawn >= ProgressLine.interval else { return }
            state.lastDrawn = now
            state.shown = true
            let line = ProgressLine.line(label: label, done: done, total: total, elapsed: now - start, width: ProgressLine.columns() - 1)
            Terminal.rewrite("\r" + line + "\u{1B}[K")
        }
    }

    /// Clears the line, if one was drawn.
    func finish() {
        if state.withLock({ $0.shown }) { Terminal.rewrite("\r\u{1B}[K") }
    }

    /// The longest bar, in characters.
    static let maximumBar = 40
    /// A bar shorter than this is left out.
    static let minimumBar = 5

    /// The line for `done` of `total` steps after `elapsed` seconds, at most `width` characters:
    /// `label [bar] done/total  rate/s  time left`. The bar takes the room left, up to
    /// ``maximumBar``, filled in proportion (rounded down); with less than ``minimumBar`` it is
    /// left out, and then the label if the rest still does not fit. The rate is per second,
    /// whole from 10 up, with one decimal below; the time left, (total − done) / rate rounded up
    /// to a second, reads `m:ss` or `h:mm:ss`. Before the first step both read `–`.
    static func line(label: String, done: Int, total: Int, elapsed: Double, width: Int) -> String {
        let rate = done > 0 && elapsed > 0 ? Double(done) / elapsed : .nan
        var rateText = "–"
        var leftText = "–"
        if rate.isFinite {
            rateText = rate >= 10 ? String(Int(rate.rounded())) : FixedDecimal.text(rate, decimals: 1)
            leftText = duration(Int((Double(max(total - done, 0)) / rate).rounded(.up)))
        }
        let tail = "\(done)/\(total)  \(rateText)/s  \(leftText) left"
        let room = width - label.count - tail.count - 4
        guard room >= minimumBar else {
            return label.count + 1 + tail.count <= width ? label + " " + tail : tail
        }
        let bar = min(room, maximumBar)
        let filled = total > 0 ? min(bar, max(0, done) * bar / total) : 0
        return label + " [" + String(repeating: "█", count: filled) + String(repeating: "░", count: bar - filled) + "] " + tail
    }

    /// `seconds` as `m:ss`, or `h:mm:ss` from an hour.
    static func duration(_ seconds: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let (hours, minutes, rest) = (seconds / 3600, seconds % 3600 / 60, seconds % 60)
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(rest))" : "\(minutes):\(two(rest))"
    }

    /// Seconds on a monotonic clock.
    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The terminal's width in columns (80 when unknown).
    private static func columns() -> Int {
        var size = winsize()
        guard ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
