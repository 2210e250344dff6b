// The caution on correlations over few countries, and the critical |r| it quotes.

import AgileCore
import Testing

@Suite struct CorrelationCautionTests {
    /// The critical |r| at the 5 % level (two-sided). By hand: with 4 countries (ν = 2),
    /// P(|R| ≤ r) = r, so r = 0.95; with 3 (ν = 1), P = 2·arcsin(r)/π, so r = sin(0.475π) =
    /// 0.99692. The others are the printed table values (ν = 8: 0.632, 12: 0.532, 18: 0.444).
    @Test func criticalCorrelations() throws {
        #expect(abs(try #require(CorrelationCaution.criticalCorrelation(pairs: 4)) - 0.95) < 1e-12)
        #expect(abs(try #require(CorrelationCaution.criticalCorrelation(pairs: 3)) - 0.996917) < 1e-6)
        #expect(abs(try #require(CorrelationCaution.criticalCorrelation(pairs: 10)) - 0.632) < 5e-4)
        #expect(abs(try #require(CorrelationCaution.criticalCorrelation(pairs: 14)) - 0.532) < 5e-4)
        #expect(abs(try #require(CorrelationCaution.criticalCorrelation(pairs: 20)) - 0.444) < 5e-4)
        #expect(CorrelationCaution.criticalCorrelation(pairs: 2) == nil)
    }

    /// Below 20 countries a caution with the threshold, the critical |r| for the count and at
    /// the threshold, and the reference; none from 20 on.
    @Test func cautionBelowTwentyCountries() throws {
        #expect(CorrelationCaution(countries: 20) == nil)
        #expect(CorrelationCaution(countries: 195) == nil)
        let caution = try #require(CorrelationCaution(countries: 14))
        #expect(caution.text == "Caution: only 14 countries. Correlations over fewer than 20 countries mean little: with 14, |r| must reach 0.53 "
            + "to differ from zero at the 5 % level (two-sided t-test, 12 degrees of freedom; 0.44 with 20), and a single country can swing r. "
            + "Read r, the r² shares and the weak and negative r flags as rough; even far larger samples leave r unstable (Schönbrodt & Perugini 2013).")
        #expect(try #require(CorrelationCaution(countries: 2)).text
            == "Caution: only 2 countries. Correlations over fewer than 20 countries mean little: over two, every correlation is +1 or −1 and says nothing.")
        #expect(try #require(CorrelationCaution(countries: 3)).text.contains(
            "with 3, |r| must reach 0.997 to differ from zero at the 5 % level (two-sided t-test, 1 degree of freedom; 0.44 with 20)"))
        #expect(try #require(CorrelationCaution(countries: 1)).text == "Caution: with 1 country no correlation can be computed.")
        #expect(try #require(CorrelationCaution(countries: 0)).text == "Caution: with 0 countries no correlation can be computed.")
    }
}
