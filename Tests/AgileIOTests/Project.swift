// The real project files a test reads: the AGILE registry, the ISO list, the sample data.

import AgileCore
import AgileIO
import AgileTestSupport

/// Paths of files the tests read, found from this source file (works from any working folder).
enum Project {
    /// The package root (the folder holding Package.swift).
    static let root = PackageRoot.path

    static func path(_ relative: String) -> String { "\(root)/\(relative)" }

    static let registry = path("Indicators/agile-2024.xml")
    static let schema = path("Indicators/framework.xsd")

    /// The ISO 3166-1 list shipped with the toolkit.
    static let countries: CountryCatalog = try! CountryList.load(path: path("Indicators/iso3166-1.csv"))

    /// The AGILE 2024 registry.
    static let framework: Framework = try! RegistryLoader(countries: countries).load(path: registry)

    static var check: ObservationCheck { ObservationCheck(framework: framework, countries: countries) }

    /// Reads a whole file with a reader, collecting the observations.
    static func read(_ reader: some ObservationReader, _ relative: String, check: ObservationCheck = Project.check) throws -> ([Observation], ReadSummary) {
        var observations: [Observation] = []
        let summary = try reader.read(path: path(relative), check: check) { observations.append($0) }
        return (observations, summary)
    }
}
