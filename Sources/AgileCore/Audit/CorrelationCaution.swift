// A caution when too few countries are scored for their correlations to mean much.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What to say of correlations over few countries: below ``minimumCountries`` countries the
/// audit cautions that r, the r² shares and the weak and negative r flags are rough.
///
/// Why 20: Pearson's r over n countries differs from zero at the 5 % level (two-sided t-test,
/// n − 2 degrees of freedom) only beyond a critical |r| — 0.44 at n = 20, 0.53 at 14, 0.63 at
/// 10 — so under 20 countries even a moderate correlation cannot be told from none, and one
/// country can swing it. Even far larger samples leave r unstable (Schönbrodt & Perugini, "At
/// what sample size do correlations stabilize?", Journal of Research in Personality 47 (2013)
/// 609–612, doi:10.1016/j.jrp.2013.05.009, find about 250 typical for a stable estimate); the
/// caution marks only the samples where r says least.
///
/// ```swift
/// CorrelationCaution(countries: 14)?.criticalCorrelation  // 0.532…
/// CorrelationCaution(countries: 25)                        // nil: no caution
/// ```
public struct CorrelationCaution: Hashable, Sendable {
    /// Below this many countries correlations get a caution.
    public static let minimumCountries = 20

    /// The countries the correlations are computed over.
    public var countries: Int

    /// A caution for `countries` countries, or `nil` from ``minimumCountries`` on.
    public init?(countries: Int) {
        guard countries < Self.minimumCountries else { return nil }
        self.countries = max(countries, 0)
    }

    /// The smallest |r| that differs from zero at the 5 % level (two-sided) over ``countries``
    /// pairs; `nil` under three countries, where no test is possible.
    public var criticalCorrelation: Double? { Self.criticalCorrelation(pairs: countries) }

    /// The caution in words.
    public var text: String {
        let threshold = "Correlations over fewer than \(Self.minimumCountries) countries mean little"
        switch countries {
        case ..<2:
            return "Caution: with \(countries) \(countries == 1 ? "country" : "countries") no correlation can be computed."
        case 2:
            return "Caution: only 2 countries. \(threshold): over two, every correlation is +1 or −1 and says nothing."
        default:
            let critical = Self.text(criticalCorrelation ?? .nan)
            let atThreshold = Self.text(Self.criticalCorrelation(pairs: Self.minimumCountries) ?? .nan)
            let freedom = countries - 2 == 1 ? "1 degree" : "\(countries - 2) degrees"
            return "Caution: only \(countries) countries. \(threshold): with \(countries), |r| must reach \(critical) to differ from zero "
                + "at the 5 % level (two-sided t-test, \(freedom) of freedom; \(atThreshold) with \(Self.minimumCountries)), "
                + "and a single country can swing r. Read r, the r² shares and the weak and negative r flags as rough; "
                + "even far larger samples leave r unstable (Schönbrodt & Perugini 2013)."
        }
    }

    /// A critical |r| with two decimals, or three where two would round it up to 1 (`0.997`).
    static func text(_ value: Double) -> String {
        let two = FixedDecimal.text(value, decimals: 2)
        return two == "1.00" && value < 1 ? FixedDecimal.text(value, decimals: 3) : two
    }

    /// The critical |r| of a two-sided test at the 5 % level over `pairs` pairs: the r with
    /// P(|R| ≤ r) = 0.95 when the true correlation is zero. `nil` under three pairs.
    ///
    /// With t = r·√ν / √(1 − r²) Student-distributed with ν = n − 2 degrees of freedom, and
    /// θ = arcsin r, P(|T| ≤ t) has the closed forms of Abramowitz & Stegun 26.7.3–26.7.4
    /// (ν odd: 2/π·[θ + sin θ·(cos θ + 2/3·cos³θ + … )], ν even: sin θ·[1 + 1/2·cos²θ + …]);
    /// r is found by bisection.
    public static func criticalCorrelation(pairs: Int) -> Double? {
        guard pairs >= 3 else { return nil }
        let freedom = pairs - 2
        var low = 0.0, high = 1.0
        for _ in 0..<80 {
            let middle = (low + high) / 2
            if probabilityWithin(r: middle, freedom: freedom) < 0.95 { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }

    /// P(|R| ≤ r) for Pearson's R over `freedom` + 2 pairs of uncorrelated normal values.
    static func probabilityWithin(r: Double, freedom: Int) -> Double {
        let sine = r, cosineSquared = 1 - r * r
        // The series Σ of the closed form: terms in cos^k θ, k = 1, 3, … (odd) or 0, 2, … (even).
        var term = freedom % 2 == 1 ? cosineSquared.squareRoot() : 1
        var sum = term
        var k = freedom % 2 == 1 ? 1 : 0
        while k + 2 <= freedom - 2 {
            term *= Double(k + 1) / Double(k + 2) * cosineSquared
            sum += term
            k += 2
        }
        if freedom % 2 == 1 {
            return 2 / Double.pi * (asin(sine) + (freedom >= 3 ? sine * sum : 0))
        }
        return sine * sum
    }
}
