// FixedDecimal, the one writer of fixed-decimal numbers: the minus sign, signed changes and
// percentages, worked out by hand.

import AgileCore
import Testing

@Suite struct FixedDecimalTests {
    /// Half away from zero on the decimal digits; no sign on what rounds to zero.
    @Test func roundingAndTheSignOfZero() {
        #expect(FixedDecimal.text(0.125, decimals: 2) == "0.13")  // 12.5 → 13
        #expect(FixedDecimal.text(6.25, decimals: 1) == "6.3")
        #expect(FixedDecimal.text(-0.001, decimals: 2) == "0.00")
        #expect(FixedDecimal.text(-2.5, decimals: 0) == "-3")
    }

    /// Reports may ask for the typographic minus sign (U+2212).
    @Test func theMinusSign() {
        #expect(FixedDecimal.text(-1.25, decimals: 1, minus: .sign) == "\u{2212}1.3")
        #expect(FixedDecimal.text(-1.25, decimals: 1) == "-1.3")
        #expect(FixedDecimal.text(1.25, decimals: 1, minus: .sign) == "1.3")
    }

    /// A change: `+` above zero, `−` below, nothing for what rounds to zero either way.
    @Test func signedChanges() {
        #expect(FixedDecimal.signed(0.125, decimals: 2) == "+0.13")
        #expect(FixedDecimal.signed(-3.0, decimals: 0) == "\u{2212}3")
        #expect(FixedDecimal.signed(-0.004, decimals: 2) == "0.00")
        #expect(FixedDecimal.signed(0.004, decimals: 2) == "0.00")
        #expect(FixedDecimal.signed(-12.5, decimals: 1, minus: .hyphen) == "-12.5")
    }

    /// A share as a percentage: share × 10^(decimals + 2) rounded once. −0.055 is −55 tenths,
    /// so "-5.5" (not "-5.-5", what writing tenths / 10 and tenths % 10 gave).
    @Test func percentages() {
        #expect(FixedDecimal.percent(-0.055, decimals: 1) == "-5.5")
        #expect(FixedDecimal.percent(0.9555, decimals: 1) == "95.6")
        #expect(FixedDecimal.percent(1, decimals: 1) == "100.0")
        #expect(FixedDecimal.percent(0.65, decimals: 0) == "65")
        #expect(FixedDecimal.percent(-0.0004, decimals: 1) == "0.0")
    }

    /// Trailing zeros of the decimals dropped, the point with them; never "-0"; whole-number
    /// zeros kept. Each value worked out by hand from the rounding rule (half away from zero).
    @Test func trimmedDropsTrailingZerosOnly() {
        #expect(FixedDecimal.trimmed(12.5, decimals: 2) == "12.5")
        #expect(FixedDecimal.trimmed(100, decimals: 2) == "100")
        #expect(FixedDecimal.trimmed(1.0 / 3.0, decimals: 2) == "0.33")
        #expect(FixedDecimal.trimmed(0.105, decimals: 2) == "0.11")  // 10.5 hundredths rounds away from zero
        #expect(FixedDecimal.trimmed(-0.001, decimals: 2) == "0")
        #expect(FixedDecimal.trimmed(-0.006, decimals: 2) == "-0.01")
        #expect(FixedDecimal.trimmed(-12.5, decimals: 2, minus: .sign) == "\u{2212}12.5")
        #expect(FixedDecimal.trimmed(7.0007, decimals: 3) == "7.001")
        #expect(FixedDecimal.trimmed(2.96, decimals: 1) == "3")
        #expect(FixedDecimal.trimmed(5, decimals: 0) == "5")
    }
}
