// Student's t distribution function, the incomplete beta function behind it and the p-value of
// a correlation, against closed forms, printed tables and R.

import AgileCore
import Foundation
import Testing

@Suite struct StudentTTests {
    /// Within `tolerance`, relative above 1.
    static func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(b))
    }

    /// Cases of I_x(a, b) with a closed form: I_x(1, 1) = x, I_x(a, 1) = x^a,
    /// I_x(1, b) = 1 − (1 − x)^b, I_½(a, a) = ½ by symmetry; the ends 0 and 1; NaN out of range.
    @Test func incompleteBetaClosedForms() {
        for x in [0.01, 0.2, 0.5, 0.77, 0.999] {
            #expect(Self.close(IncompleteBeta.regularised(x, a: 1, b: 1), x, 1e-14))
            #expect(Self.close(IncompleteBeta.regularised(x, a: 3.5, b: 1), pow(x, 3.5), 1e-14), "x = \(x)")
            #expect(Self.close(IncompleteBeta.regularised(x, a: 1, b: 7), 1 - pow(1 - x, 7), 1e-14), "x = \(x)")
        }
        for a in [0.5, 2, 12.5, 150] { #expect(Self.close(IncompleteBeta.regularised(0.5, a: a, b: a), 0.5, 1e-14), "a = \(a)") }
        #expect(IncompleteBeta.regularised(0, a: 2, b: 3) == 0 && IncompleteBeta.regularised(1, a: 2, b: 3) == 1)
        // ln B(a, b) without lgamma's cancellation (mpmath: ln B(150, ½), ln B(25, 40)).
        #expect(abs(IncompleteBeta.logBeta(150, 0.5) - -1.9321193723332837557) < 1e-14)
        #expect(abs(IncompleteBeta.logBeta(25, 40) - -43.751709823885420219) < 1e-13)
        #expect(IncompleteBeta.regularised(1.5, a: 2, b: 3).isNaN && IncompleteBeta.regularised(0.5, a: 0, b: 3).isNaN)
    }

    /// The closed forms of the distribution function for ν = 1 (Cauchy: ½ + arctan(t)/π),
    /// ν = 2 (½ + t/(2√(2 + t²))) and ν = 3 (½ + [t/(√3(1 + t²/3)) + arctan(t/√3)]/π).
    @Test func closedFormsForOneToThreeDegrees() {
        for t in [-25.0, -3, -1.5, -0.2, 0, 0.001, 0.7, 2, 6.5, 40] {
            #expect(Self.close(StudentT.cdf(t, freedom: 1), 0.5 + atan(t) / .pi, 1e-14), "ν = 1, t = \(t)")
            #expect(Self.close(StudentT.cdf(t, freedom: 2), 0.5 + t / (2 * (2 + t * t).squareRoot()), 1e-14), "ν = 2, t = \(t)")
            let three = 0.5 + (t / (3.0.squareRoot() * (1 + t * t / 3)) + atan(t / 3.0.squareRoot())) / .pi
            #expect(Self.close(StudentT.cdf(t, freedom: 3), three, 1e-14), "ν = 3, t = \(t)")
        }
    }

    /// pt(2, 10) = 0.9633060 and pt(-1.5, 3) = 0.1152919 (the 30-digit incomplete beta
    /// integral, mpmath's betainc; the second also the ν = 3 closed form), the printed critical values of t tables (t₀.₉₇₅,₁₀ = 2.228,
    /// t₀.₉₅,₅ = 2.015, t₀.₉₉₅,₂₀ = 2.845, t₀.₉₇₅,₃₀ = 2.042, three decimals: within 2e-4), and
    /// values from the incomplete beta integral at 30 digits (mpmath's betainc) for whole,
    /// fractional and large ν.
    @Test func againstRAndTables() {
        #expect(Self.close(StudentT.cdf(2, freedom: 10), 0.96330598261462982, 1e-14))
        #expect(Self.close(StudentT.cdf(-1.5, freedom: 3), 0.11529193262241153, 1e-14))
        for (t, freedom, p) in [(2.228, 10.0, 0.975), (2.015, 5, 0.95), (2.845, 20, 0.995), (2.042, 30, 0.975)] {
            #expect(abs(StudentT.cdf(t, freedom: freedom) - p) < 2e-4, "t = \(t), ν = \(freedom)")
            #expect(abs(StudentT.cdf(-t, freedom: freedom) - (1 - p)) < 2e-4, "t = \(-t), ν = \(freedom)")
        }
        let integral: [(Double, Double, Double)] = [
            (2.5, 1.5, 0.91509674869265196759), (5, 200, 0.99999937490093611423), (-1.96, 1000, 0.025136592477874357138),
            (-40, 7, 7.9510899924251852343e-10), (0.001, 4, 0.50037499992187502051), (-0.3, 0.5, 0.42242957606524540736),
            (-2.5, 98, 0.007039877687385989626), (-2, 500, 0.023020341384515721452), (-1.7, 2000, 0.044643204608558120531),
        ]
        for (t, freedom, p) in integral {
            #expect(Self.close(StudentT.cdf(t, freedom: freedom), p, 1e-13), "t = \(t), ν = \(freedom): \(StudentT.cdf(t, freedom: freedom))")
        }
        #expect(StudentT.cdf(.infinity, freedom: 4) == 1 && StudentT.cdf(-.infinity, freedom: 4) == 0)
        #expect(StudentT.cdf(.nan, freedom: 4).isNaN && StudentT.cdf(1, freedom: 0).isNaN)
        #expect(Self.close(StudentT.twoSidedP(-2, freedom: 10), 2 * (1 - 0.96330598261462982), 1e-13))
    }

    /// cor.test's p-value of r over n pairs. At the critical |r| of the 5 % level, which
    /// CorrelationCaution finds by bisection on the closed forms of Abramowitz & Stegun
    /// 26.7.3–4 (another method), p is 0.05. By hand: r = 0.5 over 10 pairs (ν = 8) has
    /// sin θ = r = ½, cos²θ = ¾ and P(|T| ≤ t) = sin θ·(1 + ½c² + ⅜c⁴ + 5/16·c⁶) = ½·1.7177734375,
    /// so p = 0.14111328125 exactly. Under three pairs there is no test; |r| = 1 gives 0.
    @Test func correlationPValues() throws {
        for pairs in [3, 4, 5, 8, 14, 20, 51, 120] {
            let critical = try #require(CorrelationCaution.criticalCorrelation(pairs: pairs))
            #expect(abs(Correlation.pValue(r: critical, pairs: pairs) - 0.05) < 1e-12, "n = \(pairs)")
            #expect(abs(Correlation.pValue(r: -critical, pairs: pairs) - 0.05) < 1e-12, "n = \(pairs)")
        }
        #expect(Self.close(Correlation.pValue(r: 0.5, pairs: 10), 0.14111328125, 1e-14))
        #expect(Correlation.pValue(r: 0.9, pairs: 2).isNaN && Correlation.pValue(r: .nan, pairs: 30).isNaN)
        #expect(Correlation.pValue(r: 1, pairs: 5) == 0 && Correlation.pValue(r: -1, pairs: 5) == 0)
        #expect(Correlation.pValue(r: 0, pairs: 5) == 1)
    }

    /// Masking keeps r at p ≤ level and blanks it above; level nil or 0 keeps everything; the
    /// pairs are counted where both values are present.
    @Test func maskedCorrelations() {
        #expect(Correlation.masked(0.5, pairs: 10, above: 0.2) == 0.5)
        #expect(Correlation.masked(0.5, pairs: 10, above: 0.1).isNaN)
        #expect(Correlation.masked(0.5, pairs: 10, above: nil) == 0.5 && Correlation.masked(0.5, pairs: 10, above: 0) == 0.5)
        #expect(Correlation.masked(0.9, pairs: 2, above: 0.05).isNaN)
        #expect(Correlation.pairs([1, .nan, 3, 4], [2, 5, .nan, 1]) == 2)
        // y = x + noise over 5 pairs, and a missing value that leaves 4.
        let x: [Double] = [1, 2, 3, 4, 5, 6], y: [Double] = [1.1, 1.9, 3.2, 3.9, 5.1, .nan]
        let r = Correlation.pearson(x, y)
        #expect(Correlation.pearson(x, y, maskedAbove: 0.05) == r)
        #expect(Correlation.pValue(r: r, pairs: 5) < 1e-3)
    }
}
