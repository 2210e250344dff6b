// DecimalNumber's exact fast path: every number gives the Double that Double(_:) gives.

import AgileCore
import Testing

@Suite struct DecimalNumberFastPathTests {
    /// The bits of a parse, so that -0.0 and 0.0 (equal as doubles) are told apart.
    func bits(_ value: Double?) -> UInt64? { value?.bitPattern }

    @Test(arguments: [
        "0.1", "0.2", "0.3", "4.35", "6227.6554", "-91.8", "+3.25E-2", "1e22", "1e23", "1e-22", "1e-23",
        "9007199254740992", "9007199254740993", "9007199254740993.0", "123456789012345678901234",
        "0.000000000000000000000000000001", "1.7976931348623157e308", "2.2250738585072014e-308",
        "4.9e-324", "1e-400", "-0", "-0.0", "0e999", "00000000000000000000001.5", "1.50000000000000000000",
        "99999999999999999999e-20", "18446744073709551616", "0.1e1", "10000000000000000000000e-22",
    ])
    func agreesWithDouble(text: String) {
        #expect(bits(DecimalNumber.parse(text)) == bits(Double(text)))
    }

    @Test func randomNumbersAgreeWithDouble() {
        // SplitMix64: a fixed sequence, so a failure can be reproduced.
        var state: UInt64 = 0x2024
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var mismatches: [String] = []
        for _ in 0..<100_000 {
            let digitCount = 1 + Int(next() % 20)
            var digits = ""
            for _ in 0..<digitCount { digits.append(Character(Unicode.Scalar(UInt8(48 + next() % 10)))) }
            var text = next() % 4 == 0 ? "-" : ""
            let point = Int(next() % UInt64(digitCount + 1))
            text += digits.prefix(point) + "." + digits.dropFirst(point)
            if next() % 3 == 0 { text += "e\(Int(next() % 61) - 30)" }
            if bits(DecimalNumber.parse(text)) != bits(Double(text)) { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }
}
