// Numbers and row names as they appear in VESTA's score files, read strictly.

import AgileCore

/// Reading the counters and rates of VESTA's score files.
enum VestaNumbers {
    /// A counter: a whole number written without sign, fraction or exponent, at most
    /// ``CaseCount/maximum`` (so that sums of counters stay exact).
    static func counter(_ text: String, field: String, at location: Provenance) throws(InputError) -> Int {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw InputError(.notANumber, location, field: field, value: text, problem: "is not a whole number", expected: "expected a count, 0 or more")
        }
        guard let value = Int(text), CaseCount.allows(value) else {
            throw InputError(.outOfRange, location, field: field, value: text, problem: "is more than \(CaseCount.maximumText) cases",
                             expected: "expected a count 0–\(CaseCount.maximumText)")
        }
        return value
    }

    /// A rate, score or average: a plain decimal number (`0.3333`, `1e-05`).
    static func real(_ text: String, field: String, at location: Provenance) throws(InputError) -> Double {
        guard let value = DecimalNumber.parse(text), value.isFinite else {
            throw InputError(.notANumber, location, field: field, value: text, problem: "is not a number", expected: "expected a decimal number such as 0.25")
        }
        return value
    }

    /// `dimension / risk_subtype / target_model / authority_mode` of a row.
    static func name(_ row: VestaScoreRow) -> String {
        row.key.map { InputError.printable($0) }.joined(separator: " / ")
    }
}
