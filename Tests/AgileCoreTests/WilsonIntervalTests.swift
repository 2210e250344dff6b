// The Wilson interval against values worked out by hand (z = 1.959964).

import AgileCore
import Testing

@Suite struct WilsonIntervalTests {
    @Test func halfOfTen() {
        // centre = (0.5 + z²/20) / (1 + z²/10) = 0.5;
        // half = z / (1 + z²/10) · √(0.025 + z²/400) = 1.415984 · 0.186015 = 0.263407.
        let interval = WilsonInterval(proportion: 0.5, n: 10)
        #expect(abs(interval.lower - 0.236593) < 1e-6)
        #expect(abs(interval.upper - 0.763407) < 1e-6)
    }

    @Test func noEventsInTwenty() {
        // p = 0: lower 0, upper = (z²/n) / (1 + z²/n) = 0.192073 / 1.192073 = 0.161125.
        let interval = WilsonInterval(proportion: 0, n: 20)
        #expect(interval.lower == 0)
        #expect(abs(interval.upper - 0.161125) < 1e-6)
    }

    @Test func oneOfOne() {
        // p = 1, n = 1: centre = (1 + z²/2) / (1 + z²) = 2.920729 / 4.841459 = 0.603274;
        // half = z / (1 + z²) · √(z²/4) = 0.404826 · 0.979982 = 0.396722 → lower 0.206549, upper 1.
        let interval = WilsonInterval(proportion: 1, n: 1)
        #expect(abs(interval.lower - 0.206549) < 1e-6)
        #expect(interval.upper == 1)
    }

    @Test func narrowsWithMoreCases() {
        let small = WilsonInterval(proportion: 0.3, n: 8)
        let large = WilsonInterval(proportion: 0.3, n: 800)
        #expect(large.upper - large.lower < (small.upper - small.lower) / 5)
    }
}
