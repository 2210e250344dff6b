// The project file (agile.toml): its keys, paths resolved against its folder, and every refusal
// (Tests/Fixtures/project/NAME.toml with NAME.expected) with its place, key and kind.

import AgileCore
import AgileIO
import Foundation
import Testing

@Suite struct ProjectFileTests {
    static let folder = Fixtures.path("project")

    /// The kind each refused fixture must give.
    static let kinds: [String: InputError.Kind] = [
        "bad-escape": .malformedValue, "control-character": .encoding, "duplicate-key": .duplicate,
        "empty-value": .missingValue, "latin-1": .encoding, "multi-line": .malformedValue,
        "no-closing-quote": .structure, "no-equals": .structure, "no-value": .missingValue,
        "number": .malformedValue, "table": .structure, "trailing": .structure,
        "unknown-key": .unknownCode, "unquoted": .malformedValue, "utf-16": .encoding,
    ]

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
    }()

    @Test func everyFixtureHasAKind() {
        #expect(Self.names == Self.kinds.keys.sorted())
    }

    @Test(arguments: names)
    func refusalNamesThePlaceAndTheKey(name: String) throws {
        let path = Self.folder + "/" + name + ".toml"
        let expected = try String(contentsOfFile: Self.folder + "/" + name + ".expected", encoding: .utf8).trimmingCharacters(in: .newlines)
        let error = #expect(throws: InputError.self) { try ProjectFile.load(path: path) }
        #expect(error?.description.replacingOccurrences(of: path, with: "FILE") == expected)
        #expect(error?.kind == Self.kinds[name])
    }

    @Test func keysCommentsAndBothKindsOfString() throws {
        let text = "\u{FEFF}# a project\r\n\r\n  framework = \"registry.xml\"   # the registry\r\n"
            + "db='C:\\stores\\index.sqlite'\r\ncountries = \"lists/\\u00e9t\\u00E9 \\\"ISO\\\".csv\"\r\n"
        let project = try ProjectFile.parse(Array(text.utf8), path: "agile.toml")
        #expect(project.framework == "registry.xml")
        #expect(project.db == "C:\\stores\\index.sqlite")
        #expect(project.countries == "lists/été \"ISO\".csv")
        #expect(project.templates == nil)
    }

    /// Relative paths are taken from the file's folder; absolute ones are kept.
    @Test func pathsAreRelativeToTheFile() throws {
        let text = "framework = \"registry.xml\"\ndb = \"/var/lib/index.sqlite\"\ntemplates = \"../shared/templates\"\n"
        let project = try ProjectFile.parse(Array(text.utf8), path: "work/myindex/agile.toml")
        #expect(project.framework == "work/myindex/registry.xml")
        #expect(project.db == "/var/lib/index.sqlite")
        #expect(project.templates == "work/myindex/../shared/templates")
        #expect(try ProjectFile.parse(Array(text.utf8), path: "/abs/agile.toml").framework == "/abs/registry.xml")
    }

    @Test func anEmptyFileSetsNothing() throws {
        let project = try ProjectFile.parse([], path: "agile.toml")
        #expect(project.framework == nil && project.db == nil && project.countries == nil && project.templates == nil)
    }

    @Test func aFileOverTheLimitIsRefused() throws {
        let scratch = try SiteScratch()
        let path = scratch.path("agile.toml")
        try String(repeating: "# padding\n", count: ProjectFile.sizeLimit / 10 + 1).write(toFile: path, atomically: false, encoding: .utf8)
        let error = #expect(throws: InputError.self) { try ProjectFile.load(path: path) }
        #expect(error?.description == "\(path): is larger than 64 KiB (expected a few lines of key = \"path\")")
        #expect(error?.kind == .limit)
    }

    @Test func aMissingFileIsUnreadable() {
        let error = #expect(throws: InputError.self) { try ProjectFile.load(path: "/nonexistent/agile.toml") }
        #expect(error?.description == "/nonexistent/agile.toml: cannot be opened: No such file or directory")
        #expect(error?.kind == .unreadable)
    }
}
