// ObservationCheck: country, indicator, year and value fields turned into an Observation or an
// InputError that says where, which field, what value and what was expected.

import AgileCore
import Testing

@Suite struct ObservationCheckTests {
    let check = ObservationCheck(framework: Sound.framework, countries: TestCountries.catalog)

    /// A field of `data.csv` at line 7, column 12.
    func field(_ text: String, _ name: String = "value", column: Int = 12) -> RawField {
        RawField(text, name: name, location: Provenance(file: "data.csv", line: 7, column: column))
    }

    /// The description of the InputError `body` throws, `nil` when it throws none (or
    /// "not an InputError: …" for any other error).
    func failure<T>(_ body: () throws -> T) -> String? {
        do {
            _ = try body()
            return nil
        } catch let error as InputError {
            return error.description
        } catch {
            return "not an InputError: \(error)"
        }
    }

    /// The kind of the InputError `body` throws, `nil` when it throws none or another error.
    func kind<T>(_ body: () throws -> T) -> InputError.Kind? {
        do {
            _ = try body()
            return nil
        } catch {
            return (error as? InputError)?.kind
        }
    }

    // MARK: country

    @Test(arguments: [
        ("USA", "USA"),
        ("DE", "DEU"),    // alpha-2 → alpha-3
        ("de", "DEU"),    // lower case
        ("deu", "DEU"),
        ("jP", "JPN"),    // mixed case
        (" GBR\t", "GBR"), // spaces and tabs around are trimmed
    ])
    func countryCodes(text: String, alpha3: String) throws {
        #expect(try check.country(field(text, "country")) == alpha3)
    }

    @Test func unknownAndEmptyCountry() {
        #expect(failure { try check.country(field("XXX", "country", column: 1)) }
                == "data.csv:7:1: field 'country': \"XXX\" is not an ISO 3166-1 country code (expected alpha-3 such as DEU, or alpha-2 such as DE)")
        // An aggregate of the World Bank is not a country.
        #expect(failure { try check.country(field("WLD", "country", column: 1)) }
                == "data.csv:7:1: field 'country': \"WLD\" is not an ISO 3166-1 country code (expected alpha-3 such as DEU, or alpha-2 such as DE)")
        // Not ASCII, though Unicode upper-casing would make it "SSD" (South Sudan).
        #expect(failure { try check.country(field("ßd", "country", column: 1)) }
                == "data.csv:7:1: field 'country': \"ßd\" is not an ISO 3166-1 country code (expected alpha-3 such as DEU, or alpha-2 such as DE)")
        // A blank field is "empty"; the message shows the text as read, spaces included.
        #expect(failure { try check.country(field("  ", "country", column: 1)) }
                == "data.csv:7:1: field 'country': \"  \" is empty (expected alpha-3 such as DEU, or alpha-2 such as DE)")
    }

    // MARK: indicator

    @Test func indicatorCodes() throws {
        #expect(try check.indicatorCode(field("I14", "indicator")) == "I14")
        #expect(try check.indicatorCode(field(" I19 ", "indicator")) == "I19")  // trimmed
        #expect(try check.indicatorCode(field("POP", "indicator")) == "POP")    // a denominator
        // Codes are case-sensitive: the registry's ids are.
        #expect(failure { try check.indicatorCode(field("i14", "indicator", column: 5)) }
                == "data.csv:7:5: field 'indicator': \"i14\" is not an indicator of framework 'mini' (expected an id such as I01)")
        #expect(failure { try check.indicatorCode(field("I99", "indicator", column: 5)) }
                == "data.csv:7:5: field 'indicator': \"I99\" is not an indicator of framework 'mini' (expected an id such as I01)")
        #expect(failure { try check.indicatorCode(field("", "indicator", column: 5)) }
                == "data.csv:7:5: field 'indicator': \"\" is empty (expected an id such as I01)")
    }

    // MARK: year

    @Test(arguments: [("2023", 2023), ("1900", 1900), ("2100", 2100), (" 2024 ", 2024)])
    func goodYears(text: String, year: Int) throws {
        #expect(try check.year(field(text, "year")) == year)
    }

    @Test(arguments: [
        ("99", InputError.Kind.outOfRange),  // two digits: 99 < 1900
        ("20x3", .malformedValue),           // not a number
        ("2101", .outOfRange),               // after 2100
        ("1899", .outOfRange),               // before 1900
        ("+2023", .malformedValue),          // Int(_:) accepts the sign, the check does not
        ("2023.0", .malformedValue),         // not an integer
        ("", .missingValue),                 // empty
    ])
    func badYears(text: String, kind: InputError.Kind) {
        #expect(failure { try check.year(field(text, "year", column: 9)) }
                == "data.csv:7:9: field 'year': \"\(text)\" is not a year (expected a four-digit year 1900–2100)")
        #expect(self.kind { try check.year(field(text, "year", column: 9)) } == kind)
    }

    // MARK: value

    @Test func goodValues() throws {
        #expect(try check.value(field("91.5"), indicator: "I14") == 91.5)
        #expect(try check.value(field(" 42 "), indicator: "I14") == 42)     // trimmed
        #expect(try check.value(field("-2.5"), indicator: "I11") == -2.5)   // the scale's lower bound
        #expect(try check.value(field("3"), indicator: "I16") == 3)
        #expect(try check.value(field("1e6"), indicator: "I01") == 1_000_000)
        // A denominator has no scale: any finite number.
        #expect(try check.value(field("-5"), indicator: "POP") == -5)
    }

    @Test func missingValues() throws {
        #expect(try check.value(field(""), indicator: "I14") == nil)
        #expect(try check.value(field(" \t "), indicator: "I14") == nil)  // blank after trimming
        #expect(try check.value(field("NA"), indicator: "I14", missingMarkers: ["NA", ".."]) == nil)
        #expect(try check.value(field(" .. "), indicator: "I14", missingMarkers: ["NA", ".."]) == nil)
        // Without the marker declared, "NA" is just not a number; markers are case-sensitive.
        #expect(failure { try check.value(field("NA"), indicator: "I14") }
                == "data.csv:7:12: field 'value': \"NA\" is not a number (indicator I14 expects a percent 0–100)")
        #expect(failure { try check.value(field("na"), indicator: "I14", missingMarkers: ["NA"]) }
                == "data.csv:7:12: field 'value': \"na\" is not a number (indicator I14 expects a percent 0–100)")
    }

    @Test func badValuesGiveTheExactMessage() {
        // The format of the brief: file:line:column: field 'value': "abc" is not a number (…).
        #expect(failure { try check.value(field("abc"), indicator: "I14") }
                == "data.csv:7:12: field 'value': \"abc\" is not a number (indicator I14 expects a percent 0–100)")
        #expect(failure { try check.value(field("nan"), indicator: "I14") }
                == "data.csv:7:12: field 'value': \"nan\" is not a number (indicator I14 expects a percent 0–100)")
        #expect(failure { try check.value(field("0x1p3"), indicator: "I01") }
                == "data.csv:7:12: field 'value': \"0x1p3\" is not a number (indicator I01 expects a count ≥ 0)")
        #expect(failure { try check.value(field("1e999"), indicator: "I01") }
                == "data.csv:7:12: field 'value': \"1e999\" is not a finite number (indicator I01 expects a count ≥ 0)")
        #expect(failure { try check.value(field("104"), indicator: "I14") }
                == "data.csv:7:12: field 'value': \"104\" is above the scale (indicator I14 expects a percent 0–100)")
        #expect(failure { try check.value(field("-3"), indicator: "I11") }
                == "data.csv:7:12: field 'value': \"-3\" is below the scale (indicator I11 expects an index from -2.5 to 2.5)")
        #expect(failure { try check.value(field("1.5"), indicator: "I16") }
                == "data.csv:7:12: field 'value': \"1.5\" is not a whole number (indicator I16 expects an ordinal 0–3)")
        #expect(failure { try check.value(field("2"), indicator: "I19") }
                == "data.csv:7:12: field 'value': \"2\" is above the scale (indicator I19 expects a binary 0–1)")
        #expect(failure { try check.value(field("1,5"), indicator: "POP") }
                == "data.csv:7:12: field 'value': \"1,5\" is not a number (denominator POP expects a number)")
        // The value is quoted as read (untrimmed).
        #expect(failure { try check.value(field(" 185 "), indicator: "I14") }
                == "data.csv:7:12: field 'value': \" 185 \" is above the scale (indicator I14 expects a percent 0–100)")
    }

    /// Each refusal has its kind, whatever the message says: callers match on the kind.
    @Test func refusalsHaveTheirKind() {
        #expect(kind { try check.country(field("XXX", "country")) } == .unknownCode)
        #expect(kind { try check.country(field("  ", "country")) } == .missingValue)
        #expect(kind { try check.indicatorCode(field("I99", "indicator")) } == .unknownCode)
        #expect(kind { try check.indicatorCode(field("", "indicator")) } == .missingValue)
        #expect(kind { try check.value(field("abc"), indicator: "I14") } == .notANumber)
        #expect(kind { try check.value(field("nan"), indicator: "I14") } == .notANumber)
        #expect(kind { try check.value(field("1e999"), indicator: "I01") } == .notANumber)
        #expect(kind { try check.value(field("104"), indicator: "I14") } == .outOfRange)
        #expect(kind { try check.value(field("-3"), indicator: "I11") } == .outOfRange)
        // A fraction on a scale of whole numbers is no number of that scale.
        #expect(kind { try check.value(field("1.5"), indicator: "I16") } == .notANumber)
        #expect(kind { try check.value(field("2"), indicator: "I19") } == .outOfRange)
        #expect(kind { try check.value(field("91.5"), indicator: "I14") } == nil)
    }

    @Test func wholeRow() throws {
        func at(_ column: Int) -> Provenance { Provenance(file: "data.csv", line: 3, column: column) }
        let observation = try check.observation(
            country: RawField("de", name: "country", location: at(1)),
            indicator: RawField("I14", name: "indicator", location: at(4)),
            year: RawField("2023", name: "year", location: at(8)),
            value: RawField("91.4", name: "value", location: at(13)),
            source: "ITU", note: "n")
        // The observation's place is its value's place.
        #expect(observation == Observation(country: "DEU", indicator: "I14", year: 2023, value: 91.4, source: "ITU", note: "n", provenance: at(13)))

        // The first bad field is the one reported: country comes before value.
        #expect(failure {
            try check.observation(
                country: RawField("ZZ", name: "country", location: at(1)),
                indicator: RawField("I14", name: "indicator", location: at(4)),
                year: RawField("2023", name: "year", location: at(8)),
                value: RawField("x", name: "value", location: at(13)))
        } == "data.csv:3:1: field 'country': \"ZZ\" is not an ISO 3166-1 country code (expected alpha-3 such as DEU, or alpha-2 such as DE)")

        // An unknown indicator is reported before its value is looked at.
        #expect(failure {
            try check.observation(
                country: RawField("USA", name: "country", location: at(1)),
                indicator: RawField("I77", name: "indicator", location: at(4)),
                year: RawField("2023", name: "year", location: at(8)),
                value: RawField("x", name: "value", location: at(13)))
        } == "data.csv:3:4: field 'indicator': \"I77\" is not an indicator of framework 'mini' (expected an id such as I01)")
    }
}

@Suite struct InputErrorTests {
    @Test func descriptionParts() {
        let here = Provenance(file: "f.csv", line: 4, column: 14)
        #expect(InputError(.outOfRange, here, field: "value", value: "185", problem: "is above the scale", expected: "indicator I14 expects a percent 0–100").description
                == "f.csv:4:14: field 'value': \"185\" is above the scale (indicator I14 expects a percent 0–100)")
        // Without field, value or expectation, only what is known is written.
        #expect(InputError(.missingValue, Provenance(file: "f.csv", line: 2), problem: "is empty").description == "f.csv:2: is empty")
        #expect(InputError(.unreadable, Provenance(file: "f.csv", line: 0), problem: "cannot be opened").description == "f.csv: cannot be opened")
        #expect(InputError(.malformedValue, here, value: "x", problem: "is odd").description == "f.csv:4:14: \"x\" is odd")
    }

    @Test func kindTakesPartInEqualityNotInTheMessage() {
        let here = Provenance(file: "f.csv", line: 4, column: 14)
        let notANumber = InputError(.notANumber, here, field: "value", value: "x", problem: "is wrong")
        let outOfRange = InputError(.outOfRange, here, field: "value", value: "x", problem: "is wrong")
        #expect(notANumber != outOfRange)
        #expect(notANumber.description == outOfRange.description)
        #expect(InputError.Kind.allCases.map(\.description).contains("refusedDocument"))
    }

    @Test func printableEscapesControlCharacters() {
        #expect(InputError.printable("a\nb") == "a\\nb")
        #expect(InputError.printable("a\rb") == "a\\rb")
        #expect(InputError.printable("a\tb") == "a\\tb")
        #expect(InputError.printable("say \"hi\"") == "say \\\"hi\\\"")
        #expect(InputError.printable("\u{1}\u{1B}[31m") == "\\u{1}\\u{1b}[31m")  // no terminal escapes get through
        #expect(InputError.printable("\u{7F}") == "\\u{7f}")
        // C1 controls too: U+009B is an 8-bit CSI, U+0085 (NEL) a line break.
        #expect(InputError.printable("a\u{9B}31mb") == "a\\u{9b}31mb")
        #expect(InputError.printable("a\u{85}b") == "a\\u{85}b")
        #expect(InputError.printable("\u{80}\u{9F}") == "\\u{80}\\u{9f}")
        // Unicode line and paragraph separators would break the one-line message.
        #expect(InputError.printable("a\u{2028}b\u{2029}c") == "a\\u{2028}b\\u{2029}c")
        #expect(InputError.printable("\u{A0}") == "\u{A0}")  // no-break space is printable
        #expect(InputError.printable("Zürich – 東京") == "Zürich – 東京")       // printable text is kept
        // The description uses it for the value.
        let error = InputError(.encoding, Provenance(file: "f.csv", line: 1, column: 1), field: "note", value: "a\nb", problem: "is bad")
        #expect(error.description == "f.csv:1:1: field 'note': \"a\\nb\" is bad")
    }

    @Test func printableCutsLongValues() {
        let eighty = String(repeating: "x", count: 80)
        #expect(InputError.printable(eighty) == eighty)                     // exactly the limit: whole
        #expect(InputError.printable(eighty + "y") == eighty + "…")         // one more: cut
        #expect(InputError.printable(String(repeating: "é", count: 200)) == String(repeating: "é", count: 80) + "…")
        #expect(InputError.printable("abcdef", limit: 3) == "abc…")
        // An escape counts as one character of the value.
        #expect(InputError.printable("\n\n\n\n", limit: 3) == "\\n\\n\\n…")
    }
}
