// The command line's numbers go through FixedDecimal: negative percentages, "-0.00" and the
// audit figures' rounding, as they print now and printed before.

@testable import agile
import Testing

@Suite struct NumberTextTests {
    /// A negative share printed "-5.-5 %" when tenths were split with / and %.
    @Test func percentages() {
        #expect(Terminal.percent(-0.055) == "-5.5 %")
        #expect(Terminal.percent(0.9555) == "95.6 %")
        #expect(Terminal.percent(0.65) == "65.0 %")
    }

    /// Audit figures rounded with String(format:) went half to even ("0.12" for 0.125, "6.2"
    /// for a declared share of 6.25 %) and printed "-0.00"; now half away from zero, as the
    /// audit page rounds them.
    @Test func auditFigures() {
        #expect(AuditUncertainty.fixed(0.125, 2) == "0.13")
        #expect(AuditUncertainty.fixed(6.25, 1) == "6.3")
        #expect(AuditUncertainty.fixed(-0.001, 2) == "0.00")
        #expect(AuditUncertainty.fixed(-0.5, 0) == "-1")
        #expect(AuditUncertainty.fixed(.nan, 2) == "–")
    }
}
