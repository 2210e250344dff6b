// Tests of the ISO 3166-1 country list loader.

import AgileCore
import AgileIO
import Testing

@Suite struct CountryListTests {
    @Test func tinyList() throws {
        let catalog = try CountryList.load(path: Fixtures.path("csv/iso3166-tiny.csv"))
        #expect(catalog.countries == [
            Country(alpha3: "AFG", alpha2: "AF", numeric: "004", name: "Afghanistan"),
            Country(alpha3: "KOR", alpha2: "KR", numeric: "410", name: "Korea, Republic of"),
            Country(alpha3: "CIV", alpha2: "CI", numeric: "384", name: "Côte d'Ivoire"),
        ])
        #expect(catalog.resolve("kr")?.alpha3 == "KOR")
    }

    @Test func registryList() throws {
        let catalog = try CountryList.load(path: Fixtures.countryListPath)
        #expect(catalog.countries.count == 249)
        #expect(catalog.resolve("DE")?.alpha3 == "DEU")
        #expect(catalog[alpha3: "NAM"]?.alpha2 == "NA")
        #expect(catalog.resolve("XKX") == nil)
        #expect(catalog.resolve("WLD") == nil)
    }
}
