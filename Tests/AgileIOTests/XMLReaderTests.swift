// The XML readers: values and provenance from hand-written fixtures.

import AgileCore
import AgileIO
import Testing

@Suite struct XMLReaderTests {
    @Test func countryXMLValuesAndProvenance() throws {
        let (observations, summary) = try Project.read(CountryXMLReader(), "Tests/Fixtures/xml/country-small.xml")
        #expect(summary.observations == 4)
        #expect(!summary.illustrative)
        // Values as written in the fixture; "DE" maps to DEU; an empty value is missing.
        #expect(observations.map(\.country) == ["USA", "USA", "DEU", "DEU"])
        #expect(observations.map(\.indicator) == ["I16", "I19", "I24", "I17"])
        #expect(observations.map(\.year) == [2023, 2022, 2024, 2023])
        #expect(observations.map(\.value) == [3, 1, 3, nil])
        #expect(observations[0].source == "OECD.AI")
        #expect(observations[0].note == "A & B <script>")
        // Provenance: the line on which each <obs …/> tag ends (the start tag of the third
        // spans lines 9–10).
        #expect(observations.map(\.provenance.line) == [5, 6, 10, 11])
        #expect(observations.allSatisfy { $0.provenance.file.hasSuffix("Tests/Fixtures/xml/country-small.xml") })
    }

    @Test func worldBankXMLMapsCodesAndSkipsAggregates() throws {
        let (observations, summary) = try Project.read(WorldBankXMLReader(), "Tests/Fixtures/xml/worldbank-small.xml")
        // WLD is skipped as an aggregate, XKX (Kosovo) with a warning, RUS has an empty value.
        #expect(observations.count == 2)
        #expect(observations.map(\.country) == ["SGP", "IND"])
        #expect(observations.map(\.indicator) == ["I11", "I14"])
        #expect(observations.map(\.year) == [2023, 2022])
        #expect(observations.map(\.value) == [2.32, 46.3])
        #expect(observations.map(\.source) == ["World Bank GE.EST", "World Bank IT.NET.USER.ZS"])
        #expect(observations.map(\.provenance.line) == [18, 48])
        #expect(summary.skippedAggregates == ["WLD": 1])
        #expect(summary.warnings == ["skipped 1 record(s) of 'XKX': a World Bank code that is not an ISO 3166-1 country"])
    }

    @Test func bundledSampleXMLIsReadWhole() throws {
        let (observations, summary) = try Project.read(CountryXMLReader(), "Data/agile-2024-instruments.xml")
        #expect(summary.illustrative)
        #expect(Set(observations.map(\.indicator)) == Set((16...28).map { "I\($0)" }))
        #expect(Set(observations.map(\.country)).count == 14)
    }

    @Test func formatIsRecognisedFromContent() throws {
        #expect(try DataFormat.detect(path: Project.path("Tests/Fixtures/xml/country-small.xml")) == .countryXML)
        #expect(try DataFormat.detect(path: Project.path("Tests/Fixtures/xml/worldbank-small.xml")) == .worldBankXML)
        #expect(try DataFormat.detect(path: Project.path("Data/agile-2024-long.csv")) == .longCSV)
        #expect(try DataFormat.detect(path: Project.path("Data/agile-2024-wide.csv")) == .wideCSV)
        #expect(try DataFormat.detect(path: Project.path("Data/API_IT.NET.USER.ZS_DS2_en_csv_v2_illustrative.csv")) == .worldBankCSV)
        #expect(DataFormat.isRegistry(path: Project.registry))
        let registry = #expect(throws: InputError.self) { try DataFormat.detect(path: Project.registry) }
        #expect(registry?.kind == .unknownFormat)
    }
}
