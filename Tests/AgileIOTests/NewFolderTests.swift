// A new folder (agile init's) is written whole into a new path or an empty folder, and never over
// anything: every other path is refused with its reason and left as it was.

import AgileIO
import Foundation
import Testing

@Suite struct NewFolderTests {
    static let files: [(path: String, text: String)] = [("a.txt", "first\n"), ("sub/deeper/b.txt", "second\n")]
    static let advice = "give agile init a new folder or an empty one"

    @Test func aNewPathGetsEveryFileAndNothingIsLeftBeside() throws {
        let scratch = try SiteScratch()
        try NewFolder.create(scratch.path("made"), files: Self.files, advice: Self.advice)
        #expect(try String(contentsOfFile: scratch.path("made/a.txt"), encoding: .utf8) == "first\n")
        #expect(try String(contentsOfFile: scratch.path("made/sub/deeper/b.txt"), encoding: .utf8) == "second\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["made"])
    }

    @Test func anEmptyFolderIsFilledKeepingItsPermissions() throws {
        let scratch = try SiteScratch()
        let folder = try scratch.folder("empty")
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder)
        try NewFolder.create(folder + "/", files: Self.files, advice: Self.advice)
        #expect(FileManager.default.fileExists(atPath: scratch.path("empty/sub/deeper/b.txt")))
        #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o700)
    }

    @Test func aLinkToAnEmptyFolderFillsItsTarget() throws {
        let scratch = try SiteScratch()
        let target = try scratch.folder("target")
        try scratch.link("link", to: target)
        try NewFolder.create(scratch.path("link"), files: Self.files, advice: Self.advice)
        #expect(FileManager.default.fileExists(atPath: scratch.path("target/a.txt")))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path("link")) == target)
    }

    @Test func aFolderThatHoldsAnythingIsRefusedUntouched() throws {
        let scratch = try SiteScratch()
        try scratch.write("mine/notes.txt", "keep me")
        let error = #expect(throws: OutputError.self) { try NewFolder.create(scratch.path("mine"), files: Self.files, advice: Self.advice) }
        #expect(error?.description == "\(scratch.path("mine")): is refused: the folder is not empty (it holds 'notes.txt'); nothing was touched; \(Self.advice)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("mine")) == ["notes.txt"])
        #expect(try String(contentsOfFile: scratch.path("mine/notes.txt"), encoding: .utf8) == "keep me")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["mine"])
    }

    @Test func aFileADanglingLinkAndAMissingParentAreRefused() throws {
        let scratch = try SiteScratch()
        let file = try scratch.write("file.txt", "keep me")
        try scratch.link("dangling", to: scratch.path("nowhere"))
        let cases = [
            (file, "it exists and is not a folder"),
            (scratch.path("dangling"), "it is a symbolic link to nothing"),
            (scratch.path("no/such"), "its folder \(scratch.path("no")) does not exist"),
            ("", "it names no new folder"),
        ]
        for (path, reason) in cases {
            let error = #expect(throws: OutputError.self) { try NewFolder.create(path, files: Self.files, advice: Self.advice) }
            #expect(error?.description == "\(path): is refused: \(reason); nothing was touched; \(Self.advice)")
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["dangling", "file.txt"])
    }

    /// A file that cannot be written (a name too long for the file system) leaves nothing behind.
    @Test func aFailedWriteLeavesNoTemporaryFolder() throws {
        let scratch = try SiteScratch()
        let long = String(repeating: "x", count: 300)
        let error = #expect(throws: OutputError.self) { try NewFolder.create(scratch.path("made"), files: [("a.txt", "a"), (long, "b")], advice: Self.advice) }
        #expect(error?.description == "\(scratch.path("made"))/\(long): cannot be written: File name too long")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }
}
