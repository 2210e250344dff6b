// The progress bar's line, worked by hand: bar, counts, rate and time left fitted to a width.

@testable import agile
import Testing

@Suite struct ProgressLineTests {
    /// 250 of 1,000 in 0.5 s: 500 per second, 750 left → 1.5 s, rounded up to 0:02. The tail
    /// "250/1000  500/s  0:02 left" is 26 characters, the label 12, brackets and spaces 4, so a
    /// width of 60 leaves 18 for the bar, of which 250 × 18 / 1000 = 4.5 → 4 are filled.
    @Test func quarterDoneHalfASecondIn() {
        let line = ProgressLine.line(label: "replications", done: 250, total: 1000, elapsed: 0.5, width: 60)
        #expect(line == "replications [████░░░░░░░░░░░░░░] 250/1000  500/s  0:02 left")
        #expect(line.count == 60)
    }

    /// Before the first step there is no rate: both read "–"; 40 − 4 − 4 − 19 = 13 empty cells.
    @Test func nothingDoneYet() {
        #expect(ProgressLine.line(label: "runs", done: 0, total: 1000, elapsed: 0, width: 40) == "runs [░░░░░░░░░░░░░] 0/1000  –/s  – left")
    }

    /// 30 in 12 s is 2.5 per second (one decimal below 10); 970 left take 388 s = 6:28.
    /// 1 in 1 s with 9,999 left: 9,999 s = 2:46:39. A wide terminal caps the bar at 40.
    @Test func slowRatesAndLongWaits() {
        let slow = ProgressLine.line(label: "runs", done: 30, total: 1000, elapsed: 12, width: 200)
        #expect(slow == "runs [█" + String(repeating: "░", count: 39) + "] 30/1000  2.5/s  6:28 left")
        let long = ProgressLine.line(label: "replications", done: 1, total: 10000, elapsed: 1, width: 80)
        // 80 − 12 − 4 − 28 = 36 cells, 1 × 36 / 10000 = 0 filled.
        #expect(long == "replications [" + String(repeating: "░", count: 36) + "] 1/10000  1.0/s  2:46:39 left")
    }

    /// All done: a full bar and nothing left. The tail "8/8  4.0/s  0:00 left" is 21, so a width
    /// of 34 leaves 34 − 4 − 4 − 21 = 5 cells, all filled.
    @Test func allDone() {
        #expect(ProgressLine.line(label: "runs", done: 8, total: 8, elapsed: 2, width: 34) == "runs [█████] 8/8  4.0/s  0:00 left")
    }

    /// Too narrow for a bar of 5: the bar goes, then the label.
    @Test func narrowTerminals() {
        // The tail "250/1000  500/s  0:02 left" is 26; with the label 39 > 30.
        #expect(ProgressLine.line(label: "replications", done: 250, total: 1000, elapsed: 0.5, width: 30) == "250/1000  500/s  0:02 left")
        #expect(ProgressLine.line(label: "runs", done: 250, total: 1000, elapsed: 0.5, width: 34) == "runs 250/1000  500/s  0:02 left")
    }

    @Test func durations() {
        #expect(ProgressLine.duration(0) == "0:00")
        #expect(ProgressLine.duration(59) == "0:59")
        #expect(ProgressLine.duration(61) == "1:01")
        #expect(ProgressLine.duration(3600) == "1:00:00")
    }
}
