// Small frameworks and a country catalog built in code: AgileCore never reads a file.

import AgileCore

/// A handful of ISO 3166-1 countries, enough for the checks below.
enum TestCountries {
    static let catalog = CountryCatalog([
        Country(alpha3: "USA", alpha2: "US", numeric: "840", name: "United States of America"),
        Country(alpha3: "DEU", alpha2: "DE", numeric: "276", name: "Germany"),
        Country(alpha3: "JPN", alpha2: "JP", numeric: "392", name: "Japan"),
        Country(alpha3: "GBR", alpha2: "GB", numeric: "826", name: "United Kingdom"),
        Country(alpha3: "FIN", alpha2: "FI", numeric: "246", name: "Finland"),
        Country(alpha3: "SSD", alpha2: "SS", numeric: "728", name: "South Sudan"),
    ])
}

/// A sound framework of two pillars, two dimensions and one indicator of each type:
///
/// ```
/// ROOT (4) ─ P1 (3) ─ D01 (2) ─ I01 count ≥ 0, log1p
///          │                  └ I14 percent 0–100, worldbank IT.NET.USER.ZS
///          └ P2 (3) ─ D02 (2) ─ I11 index −2.5…2.5
///                             ├ I16 ordinal 0–3 (four named levels)
///                             └ I19 binary
/// ```
enum Sound {
    static let i01 = Indicator(id: "I01", name: "AI articles", parent: "D01", type: .count, transform: .log1p)
    static let i14 = Indicator(id: "I14", name: "Internet users", parent: "D01", type: .percent,
                               sourceCodes: [SourceCode(system: "worldbank", code: "IT.NET.USER.ZS")])
    static let i11 = Indicator(id: "I11", name: "Government effectiveness", parent: "D02", type: .index,
                               scale: Scale(minimum: -2.5, maximum: 2.5))
    static let i16 = Indicator(id: "I16", name: "AI strategy", parent: "D02", type: .ordinal,
                               scale: Scale(minimum: 0, maximum: 3, integer: true, levels: [
                                   ScaleLevel(value: 0, label: "none"), ScaleLevel(value: 1, label: "announced"),
                                   ScaleLevel(value: 2, label: "draft"), ScaleLevel(value: 3, label: "published"),
                               ]))
    static let i19 = Indicator(id: "I19", name: "AI safety institute", parent: "D02", type: .binary)

    static let framework = Framework(
        id: "mini", name: "Mini index", edition: 2024, years: 2019...2024,
        levelNames: ["Indicator", "Dimension", "Pillar", "Index"],
        indicators: [i01, i14, i11, i16, i19],
        aggregates: [
            Aggregate(id: "D01", name: "Research", level: 2, parent: "P1"),
            Aggregate(id: "D02", name: "Instruments", level: 2, parent: "P2"),
            Aggregate(id: "P1", name: "Development", level: 3, parent: "ROOT"),
            Aggregate(id: "P2", name: "Governance", level: 3, parent: "ROOT", weight: 2),
            Aggregate(id: "ROOT", name: "Mini index", level: 4, parent: nil),
        ],
        denominators: [Denominator(id: "POP", name: "Population", unit: "persons")],
        weightSets: [WeightSet(id: "double-development", name: "Development counts twice", weights: ["P1": 2])],
        participants: [Participant(code: "USA"), Participant(code: "DEU")],
        method: Method(match: MatchRule(development: ["P1"], governance: ["P2"])))

    /// The sound framework with one change applied.
    static func with(_ change: (inout Framework) -> Void) -> Framework {
        var copy = framework
        change(&copy)
        return copy
    }

    /// Replaces the indicator `id` of a framework.
    static func replacing(_ id: String, in framework: inout Framework, _ change: (inout Indicator) -> Void) {
        let index = framework.indicators.firstIndex { $0.id == id }!
        change(&framework.indicators[index])
    }
}
