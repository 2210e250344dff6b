// ObservationByteCheck: the byte-level fast path accepts exactly the rows ObservationCheck
// accepts, with the same observation, and leaves every other row to ObservationCheck.

import AgileCore
import Testing

@Suite struct ObservationByteCheckTests {
    let check = ObservationCheck(framework: Sound.framework, countries: TestCountries.catalog)

    static let countries = ["USA", "de", "deu", "jP", " GBR\t", "XXX", "WLD", "ßd", "", "  ", "DEUT", "SSD"]
    static let indicators = ["I14", " I19 ", "POP", "I11", "I16", "i14", "I99", "", "I14\u{A0}"]
    static let years = ["2023", "1900", "2100", " 2024 ", "02023", "99", "20x3", "2101", "1899", "+2023", "2023.0", "",
                        "٢٠٢٣", "00000000000000000002023"]
    static let values = ["91.5", " 42 ", "-2.5", "2.5", "3", "1e6", "-5", "", " \t ", "NA", "abc", "nan", "0x1p3", "1e999",
                         "104", "-3", "1.5", "2", "1,5", " 185 ", "0", "-0", "1.", ".5", "1e", "3.0", "2.9999999999999999"]

    /// What the fast path makes of a row: `nil` when it leaves the row to ObservationCheck.
    func fast(_ checker: inout ObservationByteCheck, _ country: String, _ indicator: String, _ year: String,
              _ value: String, at place: Provenance) -> Observation? {
        var result: Observation?
        func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
        let (c, i, y, v) = (bytes(country), bytes(indicator), bytes(year), bytes(value))
        let passed = c.withUnsafeBufferPointer { c in
            i.withUnsafeBufferPointer { i in
                y.withUnsafeBufferPointer { y in
                    v.withUnsafeBufferPointer { v in
                        checker.country(c).map { alpha3 in
                            checker.observation(country: alpha3, indicator: i, year: y, value: v, source: "S", note: "N",
                                                provenance: place) { result = $0 }
                        } ?? false
                    }
                }
            }
        }
        #expect(passed == (result != nil))
        return result
    }

    @Test func acceptsExactlyWhatTheFullCheckAccepts() {
        var checker = ObservationByteCheck(check)
        let place = Provenance(file: "data.csv", line: 3, column: 13)
        var compared = 0
        // Twice over: the second pass answers from the caches.
        for _ in 0..<2 {
            for country in Self.countries {
                for indicator in Self.indicators {
                    for year in Self.years {
                        for value in Self.values {
                            let full = try? check.observation(
                                country: RawField(country, name: "country", location: place),
                                indicator: RawField(indicator, name: "indicator", location: place),
                                year: RawField(year, name: "year", location: place),
                                value: RawField(value, name: "value", location: place),
                                source: "S", note: "N")
                            let byBytes = fast(&checker, country, indicator, year, value, at: place)
                            // The fast path may leave a good row to the full check (a year of
                            // more than 18 digits), never accept a bad one or change a good one.
                            let declined = byBytes == nil && year.utf8.count > 18
                            #expect(byBytes == full || declined, "\(country)|\(indicator)|\(year)|\(value)")
                            compared += 1
                        }
                    }
                }
            }
        }
        #expect(compared == 2 * Self.countries.count * Self.indicators.count * Self.years.count * Self.values.count)
    }

    @Test func sameBytesGiveTheSameCodeFromTheCache() {
        var checker = ObservationByteCheck(check)
        for text in ["de", "DE", "deu", "de", " de "] {
            let code = Array(text.utf8).withUnsafeBufferPointer { checker.country($0) }
            #expect(code == "DEU")
        }
        // A code longer than a cache key is still checked (by ObservationCheck).
        let long = Array("DEUTSCHLAND-DEUTSCHLAND".utf8).withUnsafeBufferPointer { checker.country($0) }
        #expect(long == nil)
    }
}
