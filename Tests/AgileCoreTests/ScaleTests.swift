// Scale.contains, Indicator.problem(with:) for each type, and the expectation texts.

import AgileCore
import Testing

@Suite struct ScaleTests {
    @Test func containsHonoursBoundsInclusively() {
        let percent = Scale(minimum: 0, maximum: 100)
        #expect(percent.contains(0))         // lower bound is inclusive
        #expect(percent.contains(100))       // upper bound is inclusive
        #expect(percent.contains(50.5))
        #expect(!percent.contains(-0.001))
        #expect(!percent.contains(100.001))
        #expect(!percent.contains(.nan))     // never on any scale
        #expect(!percent.contains(.infinity))
    }

    @Test func containsHonoursIntegerAndOpenSides() {
        let ordinal = Scale(minimum: 0, maximum: 3, integer: true)
        #expect(ordinal.contains(2))
        #expect(!ordinal.contains(2.5))      // not a whole number
        #expect(!ordinal.contains(4))
        let open = Scale()
        #expect(open.contains(-1e300))       // unbounded on both sides
        #expect(open.contains(1e300))
        #expect(!open.contains(-.infinity))  // but still finite
        let atLeastOne = Scale(minimum: 1)
        #expect(atLeastOne.contains(1e9) && !atLeastOne.contains(0.99))
        let atMostTen = Scale(maximum: 10)
        #expect(atMostTen.contains(-1e9) && !atMostTen.contains(10.5))
    }

    @Test func impliedScales() {
        #expect(Scale.implied(by: .count) == Scale(minimum: 0))
        #expect(Scale.implied(by: .percent) == Scale(minimum: 0, maximum: 100))
        #expect(Scale.implied(by: .index) == Scale())
        #expect(Scale.implied(by: .ordinal) == Scale(integer: true))
        #expect(Scale.implied(by: .binary) == Scale(minimum: 0, maximum: 1, integer: true))
    }

    @Test func formatWritesNumbersAsPeopleDo() {
        #expect(Scale.format(100) == "100")     // whole: no ".0"
        #expect(Scale.format(2.5) == "2.5")
        #expect(Scale.format(-2.5) == "-2.5")
        #expect(Scale.format(-0.0) == "0")      // Int64(-0.0) == 0
        #expect(Scale.format(1e20) == "1e+20")  // too large for the integer form
    }

    @Test func countProblems() {
        let count = Sound.i01  // implied scale: ≥ 0
        #expect(count.problem(with: 0) == nil)
        #expect(count.problem(with: 1e9) == nil)
        #expect(count.problem(with: 2.5) == nil)  // counts may be amounts, not integers
        #expect(count.problem(with: -1) == "is below the scale")
        #expect(count.problem(with: .nan) == "is not a number")
        #expect(count.problem(with: .infinity) == "is infinite")
        #expect(count.problem(with: -.infinity) == "is infinite")
    }

    @Test func percentProblems() {
        let percent = Sound.i14  // 0–100
        #expect(percent.problem(with: 100) == nil)
        #expect(percent.problem(with: 0) == nil)
        #expect(percent.problem(with: 100.5) == "is above the scale")
        #expect(percent.problem(with: -0.1) == "is below the scale")
    }

    @Test func indexProblems() {
        let bounded = Sound.i11  // −2.5…2.5
        #expect(bounded.problem(with: -2.5) == nil)
        #expect(bounded.problem(with: 2.6) == "is above the scale")
        #expect(bounded.problem(with: -2.51) == "is below the scale")
        let open = Indicator(id: "X", name: "X", parent: "D", type: .index)  // no scale
        #expect(open.problem(with: -1e6) == nil)
        #expect(open.problem(with: .nan) == "is not a number")
    }

    @Test func ordinalProblems() {
        let ordinal = Sound.i16  // whole numbers 0–3
        #expect(ordinal.problem(with: 3) == nil)
        #expect(ordinal.problem(with: 1.5) == "is not a whole number")
        #expect(ordinal.problem(with: 4) == "is above the scale")  // bounds are checked first
        #expect(ordinal.problem(with: -1) == "is below the scale")
    }

    @Test func binaryProblems() {
        let binary = Sound.i19  // 0 or 1
        #expect(binary.problem(with: 0) == nil)
        #expect(binary.problem(with: 1) == nil)
        #expect(binary.problem(with: 2) == "is above the scale")
        #expect(binary.problem(with: 0.5) == "is not a whole number")
    }

    @Test func refusalKinds() {
        // Off the scale is out of range; not finite, or a fraction of a whole-number scale, no number.
        #expect(Sound.i14.refusal(of: 100.5)?.kind == .outOfRange)
        #expect(Sound.i01.refusal(of: -1)?.kind == .outOfRange)
        #expect(Sound.i16.refusal(of: 4)?.kind == .outOfRange)
        #expect(Sound.i16.refusal(of: 1.5)?.kind == .notANumber)
        #expect(Sound.i01.refusal(of: .nan)?.kind == .notANumber)
        #expect(Sound.i01.refusal(of: .infinity)?.kind == .notANumber)
        #expect(Sound.i14.refusal(of: 50) == nil)
        // The problem is the one problem(with:) gives.
        #expect(Sound.i19.refusal(of: 0.5)?.problem == Sound.i19.problem(with: 0.5))
    }

    @Test func expectationTexts() {
        // (lo?, nil) → " ≥ lo"; article "a" for count, percent, binary.
        #expect(Sound.i01.expectation == "a count ≥ 0")
        // (lo?, hi?) with lo ≥ 0 → " lo–hi".
        #expect(Sound.i14.expectation == "a percent 0–100")
        // lo < 0 → " from lo to hi"; article "an" for index.
        #expect(Sound.i11.expectation == "an index from -2.5 to 2.5")
        // Integer scale of an ordinal: no "(whole number)", that is what ordinal means.
        #expect(Sound.i16.expectation == "an ordinal 0–3")
        #expect(Sound.i19.expectation == "a binary 0–1")
        // (nil, nil) → no range.
        #expect(Indicator(id: "X", name: "X", parent: "D", type: .index).expectation == "an index")
        #expect(Indicator(id: "X", name: "X", parent: "D", type: .ordinal).expectation == "an ordinal")
        // (nil, hi?) → " ≤ hi".
        #expect(Indicator(id: "X", name: "X", parent: "D", type: .index, scale: Scale(maximum: 10)).expectation == "an index ≤ 10")
        // An integer count says so.
        #expect(Indicator(id: "X", name: "X", parent: "D", type: .count, scale: Scale(minimum: 0, integer: true)).expectation
                == "a count ≥ 0 (whole number)")
        #expect(Indicator(id: "X", name: "X", parent: "D", type: .index, scale: Scale(minimum: 0.5, maximum: 7.25)).expectation
                == "an index 0.5–7.25")
    }
}
