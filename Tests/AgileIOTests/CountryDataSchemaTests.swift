// The XML country-data schema and the streaming reader agree on what a valid file is.

import AgileCore
@testable import AgileIO
import Testing

/// The reader checks the structure itself while streaming (it does not run the XSD on every
/// read); these tests keep `Indicators/country-data.xsd` and the reader in step.
@Suite struct CountryDataSchemaTests {
    static let schema = Project.path("Indicators/country-data.xsd")

    @Test(arguments: ["Data/agile-2024-instruments.xml", "Tests/Fixtures/xml/country-small.xml"])
    func validFilesPassTheSchemaAndTheReader(file: String) throws {
        try XMLTree(path: Project.path(file)).validate(schemaPath: CountryDataSchemaTests.schema)
        _ = try Project.read(CountryXMLReader(), file)
    }

    @Test(arguments: ["xml-unknown-element.xml", "xml-missing-year.xml", "xml-wrong-namespace.xml"])
    func structuralErrorsFailTheSchemaAndTheReader(file: String) throws {
        let path = "Tests/Fixtures/malformed/\(file)"
        let schema = #expect(throws: InputError.self) {
            try XMLTree(path: Project.path(path)).validate(schemaPath: CountryDataSchemaTests.schema)
        }
        #expect(schema?.kind == .structure)
        let reader = #expect(throws: InputError.self) { _ = try Project.read(CountryXMLReader(), path) }
        #expect(reader?.kind == .structure)
    }

    @Test func theFrameworkSchemaRejectsWhatTheLoaderRejects() throws {
        let error = #expect(throws: InputError.self) {
            try XMLTree(path: Project.path("Tests/Fixtures/malformed/registry-bad-polarity.xml")).validate(schemaPath: Project.schema)
        }
        #expect(error?.kind == .malformedValue)  // a polarity not in the schema's list
        try XMLTree(path: Project.registry).validate(schemaPath: Project.schema)
    }
}
