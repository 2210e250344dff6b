// The project files a fuzz target reads besides its input: the registry, the ISO list, ASEM's iMeta.

import AgileCore
import AgileIO

/// Paths and loaded files of the checkout the fuzz package lives in (found from this source
/// file, so a target runs from any working folder).
public enum FuzzProject {
    /// The root package's folder (the one holding `Fuzz/`).
    public static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)  // Fuzz/Sources/FuzzSupport/FuzzProject.swift
        return parts.joined(separator: "/")
    }()

    /// A file of the checkout, e.g. `Indicators/agile-2024.xml`.
    public static func path(_ relative: String) -> String { "\(root)/\(relative)" }

    /// The ISO 3166-1 list shipped with the toolkit.
    public static let countries: CountryCatalog = load { try CountryList.load(path: path("Indicators/iso3166-1.csv")) }

    /// The AGILE 2024 registry.
    public static let framework: Framework = load {
        try RegistryLoader(countries: countries).load(path: path("Indicators/agile-2024.xml"))
    }

    /// The check every observation reader applies to the AGILE registry's data.
    public static let check = ObservationCheck(framework: framework, countries: countries)

    /// The model-safety benchmark registry, for the evidence CSV target.
    public static let benchmarks: BenchmarkRegistry = load { try BenchmarkRegistryLoader().load(path: path("Indicators/benchmarks.xml")) }

    /// COINr's ASEM example framework (iMeta), for the iData target.
    public static let asemMeta: COINrMeta = load { try COINrMetaReader().read(path: path("Tests/Fixtures/coinr-asem/iMeta.csv")) }

    /// The check of data against the ASEM framework.
    public static let asemCheck = ObservationCheck(framework: asemMeta.framework, countries: countries)

    private static func load<Value>(_ body: () throws -> Value) -> Value {
        do {
            return try body()
        } catch {
            fatalError("fuzz setup: cannot load a project file: \(error)")
        }
    }
}
