// EditionSelection: per country and indicator, the latest valued year inside the window.

import AgileCore
import Testing

/// An observation of the sound framework's data, read from `file` at `line`.
func obs(_ country: String, _ indicator: String, _ year: Int, _ value: Double?, source: String = "", line: Int = 1) -> Observation {
    Observation(country: country, indicator: indicator, year: year, value: value, source: source,
                provenance: Provenance(file: "data.csv", line: line, column: 14))
}

@Suite struct EditionSelectionTests {
    // The window of the sound framework is 2019–2024; participants USA and DEU.
    let observations = [
        obs("USA", "I14", 2021, 80, line: 2),
        obs("USA", "I14", 2023, 85, line: 3),   // latest inside the window → chosen
        obs("USA", "I14", 2025, 90, line: 4),   // after the window → ignored
        obs("USA", "I14", 2018, 70, line: 5),   // before the window → ignored
        obs("USA", "I01", 2024, nil, line: 6),  // reported missing → ignored …
        obs("USA", "I01", 2022, 10, line: 7),   // … so the earlier value is chosen
        obs("USA", "I11", 2018, 1.2, line: 8),  // only outside the window → no selection
        obs("DEU", "I16", 2019, 2, line: 9),    // the window's first year counts
        obs("DEU", "POP", 2023, 83e6, line: 10), // denominators are selected too
        obs("DEU", "I99", 2023, 1, line: 11),   // not a code of the framework → ignored
        obs("JPN", "I14", 2023, 82.9, line: 12), // not a participant → ignored
    ]

    @Test func latestYearInsideTheWindowWins() {
        let selection = EditionSelection(framework: Sound.framework, observations: observations)
        #expect(selection.countries == ["USA", "DEU"])  // the framework's order, not sorted
        #expect(selection[country: "USA", indicator: "I14"]?.year == 2023)
        #expect(selection[country: "USA", indicator: "I14"]?.value == 85)
        #expect(selection[country: "USA", indicator: "I14"]?.provenance.line == 3)
        #expect(selection[country: "USA", indicator: "I01"]?.year == 2022)
        #expect(selection[country: "USA", indicator: "I01"]?.value == 10)
        #expect(selection[country: "USA", indicator: "I11"] == nil)
        #expect(selection[country: "DEU", indicator: "I16"]?.year == 2019)
        #expect(selection[country: "DEU", indicator: "POP"]?.value == 83e6)
        #expect(selection[country: "DEU", indicator: "I99"] == nil)
        #expect(selection[country: "JPN", indicator: "I14"] == nil)
        #expect(selection.selected.keys.sorted() == ["DEU", "USA"])
        #expect(selection.selected["USA"]?.keys.sorted() == ["I01", "I14"])
        #expect(selection.selected["DEU"]?.keys.sorted() == ["I16", "POP"])
    }

    @Test func inputOrderDoesNotMatter() {
        let forward = EditionSelection(framework: Sound.framework, observations: observations)
        let backward = EditionSelection(framework: Sound.framework, observations: observations.reversed())
        #expect(forward.selected == backward.selected)
    }

    @Test func sameYearTieIsBrokenBySourceName() {
        // Same country, indicator and year from two sources: "ITU" < "World Bank", so ITU wins,
        // whichever comes first.
        let itu = obs("DEU", "I14", 2023, 91.4, source: "ITU", line: 2)
        let worldBank = obs("DEU", "I14", 2023, 91.0, source: "World Bank", line: 3)
        let older = obs("DEU", "I14", 2022, 99, source: "A", line: 4)  // an earlier year loses whatever its source
        for order in [[itu, worldBank, older], [worldBank, itu, older], [older, worldBank, itu], [worldBank, older, itu]] {
            let selection = EditionSelection(framework: Sound.framework, observations: order)
            #expect(selection[country: "DEU", indicator: "I14"] == itu)
        }
        // An unnamed source ("") sorts before any name.
        let unnamed = obs("DEU", "I14", 2023, 90, line: 5)
        let selection = EditionSelection(framework: Sound.framework, observations: [worldBank, unnamed, itu])
        #expect(selection[country: "DEU", indicator: "I14"] == unnamed)
    }

    @Test func withoutParticipantsEveryCountryWithDataTakesPart() {
        let open = Sound.with { $0.participants = [] }
        let selection = EditionSelection(framework: open, observations: observations)
        // Sorted codes of the countries with a selected value; USA's I11 (2018) alone would not count.
        #expect(selection.countries == ["DEU", "JPN", "USA"])
        #expect(selection[country: "JPN", indicator: "I14"]?.value == 82.9)
    }

    @Test func nothingToSelect() {
        let selection = EditionSelection(framework: Sound.framework, observations: [])
        #expect(selection.countries == ["USA", "DEU"])
        #expect(selection.selected.isEmpty)
    }
}
