// The readers' byte-level paths: rows read from raw bytes give the observations and errors that
// the field-by-field checks give, whichever row comes first.

import AgileCore
import AgileIO
import Foundation
import Testing

@Suite struct ReaderFastPathTests {
    /// Writes `text` to a temporary file, runs `body` with its path, then removes it.
    func withFile<T>(_ text: String, suffix: String, _ body: (String) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("agile-fast-\(UUID().uuidString).\(suffix)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    @Test(arguments: [16, 1 << 20])
    func longCSVRowsOfEveryKind(chunkSize: Int) throws {
        let text = """
            country,indicator,year,value,source,note
            USA,I14,2023,91.8,ITU,
            de,I14, 2023 , 1e1 ,ITU,first
            DEU,I16,2022,3,"ITU","quoted, note"
             us ,I01,2021,,World Bank,
            USA,POP,02020,-5,,
            gb,I19,2023,1,ITU,first

            """
        let observations = try withFile(text, suffix: "csv") { path in
            try readAll(LongCSVReader(chunkSize: chunkSize), path).0.map { observation in
                var copy = observation
                copy.provenance.file = "FILE"
                return copy
            }
        }
        func at(_ line: Int, _ column: Int) -> Provenance { Provenance(file: "FILE", line: line, column: column) }
        #expect(observations == [
            Observation(country: "USA", indicator: "I14", year: 2023, value: 91.8, source: "ITU", provenance: at(2, 14)),
            Observation(country: "DEU", indicator: "I14", year: 2023, value: 10, source: "ITU", note: "first", provenance: at(3, 15)),
            Observation(country: "DEU", indicator: "I16", year: 2022, value: 3, source: "ITU", note: "quoted, note", provenance: at(4, 14)),
            Observation(country: "USA", indicator: "I01", year: 2021, value: nil, source: "World Bank", provenance: at(5, 15)),
            Observation(country: "USA", indicator: "POP", year: 2020, value: -5, provenance: at(6, 15)),
            Observation(country: "GBR", indicator: "I19", year: 2023, value: 1, source: "ITU", note: "first", provenance: at(7, 13)),
        ])
    }

    @Test(arguments: [
        ("USA,I14,2023,104,ITU,", "FILE:3:14: field 'value': \"104\" is above the scale (indicator I14 expects a percent 0–100)"),
        ("USA,I16,2023,1.5,ITU,", "FILE:3:14: field 'value': \"1.5\" is not a whole number (indicator I16 expects an ordinal 0–3)"),
        ("USA,I14,2023,1e999,ITU,", "FILE:3:14: field 'value': \"1e999\" is not a finite number (indicator I14 expects a percent 0–100)"),
        ("USA,I14,2023,NaN,ITU,", "FILE:3:14: field 'value': \"NaN\" is not a number (indicator I14 expects a percent 0–100)"),
        ("XX,I14,2023,5,ITU,", "FILE:3:1: field 'country': \"XX\" is not an ISO 3166-1 country code (expected alpha-3 such as DEU, or alpha-2 such as DE)"),
        ("USA,I14,1899,5,ITU,", "FILE:3:9: field 'year': \"1899\" is not a year (expected a four-digit year 1900–2100)"),
        ("USA,i14,2023,5,ITU,", "FILE:3:5: field 'indicator': \"i14\" is not an indicator of framework 'test' (expected an id such as I01)"),
        // Two bad fields: the first in column order is reported, as by the full check.
        ("XXX,I99,1800,abc,ITU,", "FILE:3:1: field 'country': \"XXX\" is not an ISO 3166-1 country code (expected alpha-3 such as DEU, or alpha-2 such as DE)"),
    ])
    func longCSVErrorsAfterGoodRows(row: String, expected: String) throws {
        let text = "country,indicator,year,value,source,note\nUSA,I14,2023,50,ITU,\n\(row)\n"
        let message = try withFile(text, suffix: "csv") { path in
            try inputErrorMessage(path: path) { _ = try readAll(LongCSVReader(), path) }
        }
        #expect(message == expected)
    }

    @Test func countryXMLAttributesOfEveryKind() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <countryData xmlns="urn:agile-index:data:1" xmlns:x="urn:other">
              <country code="us">
                <obs value="91.5" year="2023" indicator="I14" source="ITU &amp; co" note="n"/>
                <obs indicator=" I16 " year=" 2022 " value=" 3 "/>
                <obs indicator="I19" year="2021" value="" source="S"/>
                <obs indicator="I01" year="2020" value="7" x:note="prefixed"/>
              </country>
            </countryData>

            """
        let observations = try withFile(text, suffix: "xml") { path in
            try readAll(CountryXMLReader(), path).0.map { observation in
                var copy = observation
                copy.provenance.file = "FILE"
                return copy
            }
        }
        func at(_ line: Int, _ column: Int) -> Provenance { Provenance(file: "FILE", line: line, column: column) }
        #expect(observations == [
            Observation(country: "USA", indicator: "I14", year: 2023, value: 91.5, source: "ITU & co", note: "n", provenance: at(4, 81)),
            Observation(country: "USA", indicator: "I16", year: 2022, value: 3, provenance: at(5, 53)),
            Observation(country: "USA", indicator: "I19", year: 2021, value: nil, source: "S", provenance: at(6, 57)),
            Observation(country: "USA", indicator: "I01", year: 2020, value: 7, note: "prefixed", provenance: at(7, 65)),
        ])
    }

    @Test(arguments: [
        ("<obs indicator=\"I14\" year=\"2023\" value=\"5\" unit=\"%\"/>",
         "FILE:4:56: field 'unit': \"%\" is not an attribute of <obs> (expected indicator, note, source, value, year)"),
        ("<obs indicator=\"I14\" value=\"5\"/>", "FILE:4:35: field 'obs': has no year attribute (expected <obs indicator=\"I01\" year=\"2023\" value=\"…\"/>)"),
        ("<obs indicator=\"I14\" year=\"2023\" value=\"1&amp;2\"/>",
         "FILE:4:53: field 'value': \"1&2\" is not a number (indicator I14 expects a percent 0–100)"),
        ("<obs indicator=\"I14\" year=\"2023\" value=\"104\"/>",
         "FILE:4:49: field 'value': \"104\" is above the scale (indicator I14 expects a percent 0–100)"),
        ("<obs indicator=\"I99\" year=\"2023\" value=\"5\"/>",
         "FILE:4:47: field 'indicator': \"I99\" is not an indicator of framework 'test' (expected an id such as I01)"),
        ("<x:obs xmlns:x=\"urn:other\" indicator=\"I14\" year=\"2023\" value=\"5\"/>",
         "FILE:4:69: field 'obs': is not in the namespace urn:agile-index:data:1 (expected <countryData xmlns=\"urn:agile-index:data:1\">)"),
    ])
    func countryXMLErrorsAfterGoodElements(element: String, expected: String) throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <countryData xmlns="urn:agile-index:data:1">
              <country code="USA"><obs indicator="I14" year="2022" value="50"/>
                \(element)
              </country>
            </countryData>

            """
        let message = try withFile(text, suffix: "xml") { path in
            try inputErrorMessage(path: path) { _ = try readAll(CountryXMLReader(), path) }
        }
        #expect(message == expected)
    }
}
