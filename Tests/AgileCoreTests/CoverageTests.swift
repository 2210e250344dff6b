// Coverage of a hand-made 3 countries × 4 indicators case, against the thresholds.

import AgileCore
import Testing

@Suite struct CoverageTests {
    /// Four percent indicators A–D under two dimensions; participants USA, DEU, JPN.
    static func framework(countryMinimum: Double = 0.65, indicatorMinimum: Double = 0.65) -> Framework {
        Framework(
            id: "cov", name: "Coverage", edition: 2024, years: 2020...2024,
            levelNames: ["Indicator", "Dimension", "Index"],
            indicators: [
                Indicator(id: "A", name: "A", parent: "D1", type: .percent),
                Indicator(id: "B", name: "B", parent: "D1", type: .percent),
                Indicator(id: "C", name: "C", parent: "D2", type: .percent),
                Indicator(id: "D", name: "D", parent: "D2", type: .percent),
            ],
            aggregates: [
                Aggregate(id: "D1", name: "D1", level: 2, parent: "ROOT"),
                Aggregate(id: "D2", name: "D2", level: 2, parent: "ROOT"),
                Aggregate(id: "ROOT", name: "Index", level: 3, parent: nil),
            ],
            participants: [Participant(code: "USA"), Participant(code: "DEU"), Participant(code: "JPN")],
            method: Method(coverage: CoverageRule(countryMinimum: countryMinimum, indicatorMinimum: indicatorMinimum)))
    }

    //            A    B    C    D     observed  share
    //   USA      x    x    x    x     4/4       1.00
    //   DEU      x    x    x    -     3/4       0.75
    //   JPN      x    nil  2015 -     1/4       0.25   (B reported missing, C outside the window)
    //   observed 3/3  2/3  2/3  1/3
    static let observations = [
        obs("USA", "A", 2023, 1), obs("USA", "B", 2023, 2), obs("USA", "C", 2023, 3), obs("USA", "D", 2023, 4),
        obs("DEU", "A", 2022, 1), obs("DEU", "B", 2023, 2), obs("DEU", "C", 2020, 3),
        obs("JPN", "A", 2024, 1), obs("JPN", "B", 2023, nil), obs("JPN", "C", 2015, 3),
    ]

    @Test func sharesMissingListsAndDefaultThresholds() throws {
        let framework = Self.framework()
        #expect(framework.problems().isEmpty)
        let coverage = Coverage(framework: framework, selection: EditionSelection(framework: framework, observations: Self.observations))

        #expect(coverage.countries.map(\.country) == ["USA", "DEU", "JPN"])
        #expect(coverage.countries.map(\.observed) == [4, 3, 1])
        #expect(coverage.countries.map(\.total) == [4, 4, 4])
        #expect(coverage.countries.map(\.share) == [1, 0.75, 0.25])
        #expect(coverage.countries.map(\.missing) == [[], ["D"], ["B", "C", "D"]])
        // 0.25 < 0.65 flags JPN only.
        #expect(coverage.countries.map(\.flagged) == [false, false, true])

        #expect(coverage.indicators.map(\.indicator) == ["A", "B", "C", "D"])
        #expect(coverage.indicators.map(\.observed) == [3, 2, 2, 1])
        #expect(coverage.indicators.map(\.total) == [3, 3, 3, 3])
        let twoThirds: Double = 2.0 / 3.0, oneThird: Double = 1.0 / 3.0
        #expect(coverage.indicators.map(\.share) == [1, twoThirds, twoThirds, oneThird])
        #expect(coverage.indicators.map(\.missing) == [[], ["JPN"], ["JPN"], ["DEU", "JPN"]])
        // 2/3 ≈ 0.667 ≥ 0.65 passes; 1/3 < 0.65 flags D.
        #expect(coverage.indicators.map(\.flagged) == [false, false, false, true])

        // 12 cells, 0 + 1 + 3 missing.
        #expect(coverage.missingCells == 4)
    }

    @Test func thresholdsAreStrict() {
        // A share equal to the minimum is not flagged (DEU at 0.75); 2/3 < 0.7 is.
        let framework = Self.framework(countryMinimum: 0.75, indicatorMinimum: 0.7)
        let coverage = Coverage(framework: framework, selection: EditionSelection(framework: framework, observations: Self.observations))
        #expect(coverage.countries.map(\.flagged) == [false, false, true])
        #expect(coverage.indicators.map(\.flagged) == [false, true, true, true])
        // Raising the country minimum just above 0.75 flags DEU too.
        let stricter = Self.framework(countryMinimum: 0.76)
        let flagged = Coverage(framework: stricter, selection: EditionSelection(framework: stricter, observations: Self.observations))
        #expect(flagged.countries.filter(\.flagged).map(\.country) == ["DEU", "JPN"])
    }

    @Test func noDataAtAll() {
        let framework = Self.framework()
        let coverage = Coverage(framework: framework, selection: EditionSelection(framework: framework, observations: []))
        #expect(coverage.countries.map(\.observed) == [0, 0, 0])
        #expect(coverage.countries.allSatisfy { $0.flagged && $0.missing == ["A", "B", "C", "D"] })
        #expect(coverage.indicators.allSatisfy { $0.flagged && $0.missing == ["USA", "DEU", "JPN"] })
        #expect(coverage.missingCells == 12)
    }
}
