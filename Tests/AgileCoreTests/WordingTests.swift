// Lists, country names and level names as the audit's sentences write them.

import AgileCore
import Testing

@Suite struct WordingTests {
    @Test func listsJoinedAsEnglishJoinsThem() {
        #expect(EnglishList.joined([]) == "")
        #expect(EnglishList.joined(["A"]) == "A")
        #expect(EnglishList.joined(["A", "B"]) == "A and B")
        #expect(EnglishList.joined(["A", "B", "C"]) == "A, B and C")
        #expect(EnglishList.joined(["A", "B", "C", "D"], limit: 2) == "A, B and 2 more")
        #expect(EnglishList.joined(["A", "B"], limit: 2) == "A and B")
    }

    /// Names come from the catalog by alpha-3 code; a code it lacks stays bare.
    @Test func countriesLabelledWithNameAndCode() {
        let catalog = CountryCatalog([
            Country(alpha3: "USA", alpha2: "US", numeric: "840", name: "United States"),
            Country(alpha3: "DEU", alpha2: "DE", numeric: "276", name: "Germany"),
        ])
        let names = CountryNames(catalog: catalog, codes: ["USA", "XKX"])
        #expect(names.names == ["USA": "United States"])
        #expect(names.label("USA") == "United States (USA)")
        #expect(names.label("XKX") == "XKX")
        #expect(names.name("DEU") == nil, "only the codes asked for")
        #expect(CountryNames().label("USA") == "USA")
    }

    /// The AGILE registry's levels: Indicator, Dimension, Pillar, Index.
    @Test func levelsOfTheRegistryInWords() {
        let words = LevelWords(names: ["Indicator", "Dimension", "Pillar", "Index"])
        #expect(words.weights([2, 3]) == "dimension and pillar weights")
        #expect(words.weights([3, 2, 3]) == "dimension and pillar weights")
        #expect(words.weights([3]) == "pillar weights")
        #expect(words.weights([1, 2, 3]) == "indicator, dimension and pillar weights")
        #expect(words.weights([]) == "no weights")
        #expect(words.singular(3) == "pillar")
        #expect(words.plural(2) == "dimensions")
        #expect(words.plural(4) == "indices")
        #expect(words.count(1, 3) == "1 pillar")
        #expect(words.count(18, 2) == "18 dimensions")
    }

    /// COINr's tables name their middle levels `Level N`: they read as "level N" aggregates; a
    /// level the names do not reach reads the same; acronyms keep their capitals; plurals follow
    /// English spelling.
    @Test func levelsWithoutNamesAndOtherSpellings() {
        let coinr = LevelWords(names: ["Indicator", "Level 2", "Level 3", "Index"])
        #expect(coinr.weights([2, 3]) == "level 2 and level 3 weights")
        #expect(coinr.singular(2) == "level 2 aggregate")
        #expect(coinr.count(8, 2) == "8 level 2 aggregates")
        #expect(coinr.singular(7) == "level 7 aggregate")
        let own = LevelWords(names: ["Indicator", "Category", "AI Area", "Sub-index", "Box", "Index"])
        #expect(own.plural(2) == "categories")
        #expect(own.singular(3) == "AI Area")
        #expect(own.plural(3) == "AI Areas")
        #expect(own.plural(4) == "sub-indices")
        #expect(own.plural(5) == "boxes")
        #expect(own.weights([2, 3, 4]) == "category, AI Area and sub-index weights")
    }
}
