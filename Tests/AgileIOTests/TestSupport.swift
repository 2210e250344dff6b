// Shared test fixtures: where the fixture files are, a small framework and the country list.

import AgileCore
import AgileIO
import AgileTestSupport
import Foundation

/// Paths of the files the tests read, found from this source file (no bundle resources).
enum Fixtures {
    /// The package root.
    static let packageRoot = PackageRoot.path

    /// A file under `Tests/Fixtures/`, e.g. `csv/long-basic.csv`.
    static func path(_ relative: String) -> String {
        PackageRoot.fixture(relative)
    }

    /// The ISO 3166-1 list of the registry.
    static let countryListPath = packageRoot + "/Indicators/iso3166-1.csv"
}

/// A small framework with one indicator of each type, a World Bank mapping and a denominator.
enum TestFramework {
    static let framework = Framework(
        id: "test", name: "Test index", edition: 2024, years: 2019...2024,
        levelNames: ["Indicator", "Dimension", "Pillar", "Index"],
        indicators: [
            Indicator(id: "I01", name: "AI articles published", parent: "D01", type: .count, transform: .log1p),
            Indicator(id: "I11", name: "Government effectiveness", parent: "D06", type: .index,
                      scale: Scale(minimum: -2.5, maximum: 2.5),
                      sourceCodes: [SourceCode(system: "worldbank", code: "GE.EST")]),
            Indicator(id: "I14", name: "Individuals using the Internet", parent: "D07", type: .percent,
                      sourceCodes: [SourceCode(system: "worldbank", code: "IT.NET.USER.ZS")]),
            Indicator(id: "I16", name: "National AI strategy", parent: "D08", type: .ordinal,
                      scale: Scale(minimum: 0, maximum: 3, integer: true)),
            Indicator(id: "I19", name: "AI safety institute", parent: "D09", type: .binary),
        ],
        aggregates: [
            Aggregate(id: "D01", name: "AI Research", level: 2, parent: "P1"),
            Aggregate(id: "D06", name: "Governance Readiness", level: 2, parent: "P2"),
            Aggregate(id: "D07", name: "Digital Development", level: 2, parent: "P2"),
            Aggregate(id: "D08", name: "Strategy and Planning", level: 2, parent: "P3"),
            Aggregate(id: "D09", name: "Governance Bodies", level: 2, parent: "P3"),
            Aggregate(id: "P1", name: "AI Development Level", level: 3, parent: "AGILE"),
            Aggregate(id: "P2", name: "AI Governance Environment", level: 3, parent: "AGILE"),
            Aggregate(id: "P3", name: "AI Governance Instruments", level: 3, parent: "AGILE"),
            Aggregate(id: "AGILE", name: "Test index", level: 4, parent: nil),
        ],
        denominators: [
            Denominator(id: "POP", name: "Population", unit: "persons",
                        sourceCodes: [SourceCode(system: "worldbank", code: "SP.POP.TOTL")]),
        ])

    /// The real ISO 3166-1 list, loaded once.
    static let countries: CountryCatalog = {
        do {
            return try CountryList.load(path: Fixtures.countryListPath)
        } catch {
            fatalError("cannot load the country list: \(error)")
        }
    }()

    static let check = ObservationCheck(framework: framework, countries: countries)
}

/// Reads every observation of `path` with `reader`.
func readAll(_ reader: some ObservationReader, _ path: String, check: ObservationCheck = TestFramework.check) throws -> ([Observation], ReadSummary) {
    var observations: [Observation] = []
    let summary = try reader.read(path: path, check: check) { observations.append($0) }
    return (observations, summary)
}

/// The description of the `InputError` that `body` throws, with `path` replaced by `FILE`;
/// `nil` when it throws nothing.
func inputErrorMessage(path: String, _ body: () throws -> Void) throws -> String? {
    do {
        try body()
        return nil
    } catch let error as InputError {
        return error.description.replacingOccurrences(of: path, with: "FILE")
    }
}
