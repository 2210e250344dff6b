// DecimalNumber.parse: plain decimal numbers only, never what Double(_:) would also accept.

import AgileCore
import Testing

@Suite struct DecimalNumberTests {
    @Test(arguments: [
        ("12", 12.0),          // digits only
        ("-0.5", -0.5),        // sign, integer part, fraction
        ("+3", 3.0),           // an explicit plus sign is allowed
        ("1e6", 1_000_000.0),  // 1 × 10⁶
        ("3.25E-2", 0.0325),   // 3.25 × 10⁻² = 0.0325, capital E
        (".5", 0.5),           // no integer part: one fraction digit is enough
        ("5.", 5.0),           // no fraction digits: one integer digit is enough
        ("0", 0.0),
        ("-0", -0.0),          // == 0
        ("007", 7.0),          // leading zeros are still decimal, not octal
        ("1E+3", 1000.0),      // signed exponent
    ])
    func accepts(text: String, value: Double) {
        #expect(DecimalNumber.parse(text) == value)
        // The Substring entry point (what readers call) agrees with the String one.
        let padded = "[\(text)]"
        #expect(DecimalNumber.parse(padded.dropFirst().dropLast()) == value)
    }

    @Test(arguments: [
        "",           // nothing
        "-",          // a sign without digits
        ".",          // a point without digits
        "e5",         // an exponent without a mantissa
        "1e",         // an exponent without digits
        "1e+",        // a signed exponent without digits
        "nan", "NaN", // Double(_:) accepts these …
        "inf", "Infinity", "-inf",
        "0x1p3",      // … and hexadecimal floats (= 8)
        "1,000",      // thousands separator
        "12abc",      // trailing text
        " 12",        // leading space: the caller trims
        "12 ",        // trailing space
        "--1",        // two signs
        "1.2.3",      // two points
        "١٢",         // Arabic-Indic digits are not ASCII digits
    ])
    func refuses(text: String) {
        #expect(DecimalNumber.parse(text) == nil)
    }

    @Test func overflowParsesToInfinityForTheCallerToRefuse() {
        // The syntax is plain decimal; the magnitude is not DecimalNumber's business.
        // ObservationCheck reports the result as "is not a finite number".
        #expect(DecimalNumber.parse("1e999") == .infinity)
        #expect(DecimalNumber.parse("-1e999") == -.infinity)
    }
}
