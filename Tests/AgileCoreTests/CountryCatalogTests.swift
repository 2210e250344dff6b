// CountryCatalog: alpha-3 and alpha-2 codes, any case; aggregates and unknown codes refused.

import AgileCore
import Testing

@Suite struct CountryCatalogTests {
    let catalog = TestCountries.catalog

    @Test(arguments: [
        ("DEU", "DEU"),  // alpha-3
        ("DE", "DEU"),   // alpha-2
        ("deu", "DEU"),  // lower case
        ("de", "DEU"),
        ("Gb", "GBR"),   // mixed case
        ("gbr", "GBR"),
    ])
    func resolves(code: String, alpha3: String) {
        #expect(catalog.resolve(code)?.alpha3 == alpha3)
    }

    @Test(arguments: [
        "WLD",     // World Bank aggregate: not ISO 3166-1
        "EUU",
        "XX",      // unknown alpha-2
        "FRA",     // a real country, but not in this catalog
        "",        // nothing
        "DEUX",    // too long
        "deux",
        " DE",     // not trimmed: the caller trims
        "276",     // numeric codes are not accepted as codes
        // Only ASCII letters are case-folded: full Unicode upper-casing would turn these into
        // ISO codes ("ß" → "SS" South Sudan, "ßd" → "SSD", the ligature "ﬁ" → "FI" Finland).
        "ß", "ßd", "ßD", "ﬁ", "ﬁn",
    ])
    func refuses(code: String) {
        #expect(catalog.resolve(code) == nil)
    }

    @Test func resolvedCountryCarriesAllItsCodes() {
        #expect(catalog.resolve("jp") == Country(alpha3: "JPN", alpha2: "JP", numeric: "392", name: "Japan"))
    }

    @Test func alpha3SubscriptTakesOnlyAlpha3() {
        #expect(catalog[alpha3: "DEU"]?.name == "Germany")
        #expect(catalog[alpha3: "DE"] == nil)   // alpha-2 is not alpha-3
        #expect(catalog[alpha3: "deu"] == nil)  // exact code only
        #expect(catalog[alpha3: "WLD"] == nil)
    }
}
