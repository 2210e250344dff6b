// The kinds of the refusals that come before any reader: a file that cannot be read, a format
// that is not recognised, an XML document refused whole.

import AgileCore
@testable import AgileIO
import AgileTestSupport
import Testing

@Suite struct InputFileKindTests {
    /// The kind of the InputError `body` throws; `nil` for none or another error.
    func kind(_ body: () throws -> Void) -> InputError.Kind? {
        do {
            try body()
            return nil
        } catch {
            return (error as? InputError)?.kind
        }
    }

    @Test func aFileThatCannotBeReadIsUnreadable() throws {
        let scratch = try ScratchFolder(prefix: "agile-kinds")
        #expect(kind { _ = try InputFile(path: scratch.path("no-such-file.csv")) } == .unreadable)
        #expect(kind { _ = try InputFile(path: scratch.path) } == .unreadable)  // a folder
        #expect(kind { _ = try VestaResultsReader.read(path: scratch.path("no-such-results"), includeErrors: false) } == .unreadable)
    }

    @Test func formatsThatAreNotDataAreUnknown() throws {
        let scratch = try ScratchFolder(prefix: "agile-kinds")
        let meta = try scratch.write("iMeta.csv", "iCode,iName,Level,Parent,Type\nA,a,1,B,Indicator\n")
        let other = try scratch.write("other.csv", "name,score\nx,1\n")
        let empty = try scratch.write("empty.csv", "# only a comment\n")
        let html = try scratch.write("page.xml", "<html><body/></html>\n")
        #expect(kind { _ = try DataFormat.detect(path: Project.registry) } == .unknownFormat)
        #expect(kind { _ = try DataFormat.detect(path: meta) } == .unknownFormat)
        #expect(kind { _ = try DataFormat.detect(path: other) } == .unknownFormat)
        #expect(kind { _ = try DataFormat.detect(path: html) } == .unknownFormat)
        #expect(kind { _ = try DataFormat.detect(path: empty) } == .structure)
    }

    @Test func entitiesAndDocumentTypesAreRefusedDocuments() throws {
        let scratch = try ScratchFolder(prefix: "agile-kinds")
        let entity = try scratch.write("entity.xml", "<countryData xmlns=\"urn:agile-index:data:1\">&xxe;</countryData>\n")
        #expect(kind { _ = try readAll(CountryXMLReader(), entity) } == .refusedDocument)
        let doctype = try scratch.write("doctype.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE r>\n<r/>\n")
        #expect(kind { _ = try XMLTree(path: doctype) } == .refusedDocument)
    }
}
