// The files built into the toolkit equal Indicators/, and a registry alone in a folder uses them.

import AgileCore
import AgileIO
import AgileTestSupport
import Foundation
import Testing

@Suite struct BuiltInFileTests {
    /// The generated source (scripts/embed-builtins.py) holds each file byte for byte: after an
    /// edit of Indicators/ without rerunning the script, this fails.
    @Test func everyBuiltInFileEqualsItsFileInIndicators() throws {
        for file in BuiltInFile.allCases {
            let onDisk = try Data(contentsOf: URL(fileURLWithPath: Project.path("Indicators/\(file.name)")))
            #expect(file.bytes == Array(onDisk), "\(file.name): run python3 scripts/embed-builtins.py")
        }
    }

    /// A registry copied alone into a folder: every companion is the built-in copy, named as such.
    @Test func aRegistryAloneUsesTheBuiltInCompanions() throws {
        let folder = try ScratchFolder()
        let registry = try folder.write("civic-2025.xml", bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Project.path("Tests/Fixtures/registry/civic/civic-2025.xml")))))
        for file in BuiltInFile.allCases {
            let companion = RegistryCompanion(file, of: registry)
            #expect(companion.path == nil)
            #expect(companion.displayName == "\(file.name) (built into agile)")
        }
        let workspace = try Workspace(framework: registry)
        #expect(workspace.framework.id == "civic-2025")
        #expect(workspace.countries.countries.count == Project.countries.countries.count)
        #expect(try workspace.benchmarkRegistry() == BenchmarkRegistryLoader().load(path: Project.path("Indicators/benchmarks.xml")))
        #expect(try workspace.modelRegistry() == ModelRegistryLoader(countries: Project.countries).load(path: Project.path("Indicators/models.csv")))
    }

    /// Validation against the built-in schema names it; a file beside the registry is named by
    /// the registry's folder, never by the working folder.
    @Test func errorsNameTheBuiltInSchemaOrTheFileBesideTheRegistry() throws {
        let folder = try ScratchFolder()
        func fixture(_ relative: String) throws -> [UInt8] {
            Array(try Data(contentsOf: URL(fileURLWithPath: Project.path("Tests/Fixtures/\(relative)"))))
        }
        func expected(_ name: String, file: String, schema: String = "") throws -> String {
            try String(contentsOfFile: Project.path("Tests/Fixtures/malformed/\(name).expected"), encoding: .utf8)
                .trimmingCharacters(in: .newlines).replacingOccurrences(of: "FILE", with: file).replacingOccurrences(of: "SCHEMA", with: schema)
        }
        let bad = try folder.write("alone/registry-bad-polarity.xml", bytes: try fixture("malformed/registry-bad-polarity.xml"))
        let invalid = #expect(throws: InputError.self) { try RegistryLoader().load(path: bad) }
        #expect(invalid.map { "\($0)" } == (try expected("registry-bad-polarity", file: bad, schema: "framework.xsd (built into agile)")))

        let registry = try folder.write("study/civic-2025.xml", bytes: try fixture("registry/civic/civic-2025.xml"))
        let countries = try folder.write("study/iso3166-1.csv", bytes: try fixture("malformed/countries-bad-alpha3.csv"))
        #expect(RegistryCompanion(.countryList, of: registry).path == countries)
        let beside = #expect(throws: InputError.self) { try Workspace(framework: registry) }
        #expect(beside.map { "\($0)" } == (try expected("countries-bad-alpha3", file: countries)))
    }
}
