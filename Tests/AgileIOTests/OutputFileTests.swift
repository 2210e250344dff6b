// An output file is written whole or not at all, and a failure is an OutputError naming it.

import AgileCore
import AgileIO
import AgileTestSupport
import Foundation
import Testing

@Suite struct OutputFileTests {
    @Test func writesTheWholeFileAndReplacesAnOldOne() throws {
        let scratch = try ScratchFolder(prefix: "agile-output")
        let path = scratch.path("ranks.csv")
        try OutputFile.write("a,b\n1,2\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a,b\n1,2\n")
        try OutputFile.write("a,b\n3,4\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a,b\n3,4\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["ranks.csv"])
    }

    /// A file of the user's at the export's path (another first line) is left as it was.
    @Test func aFileOfTheUsersIsNotReplaced() throws {
        let scratch = try ScratchFolder(prefix: "agile-output")
        let path = try scratch.write("thesis.csv", "chapter,words\n1,5000\n")
        let error = #expect(throws: OutputError.self) { try OutputFile.write("a,b\n1,2\n", to: path) }
        #expect(error?.action == "is not replaced")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "chapter,words\n1,5000\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["thesis.csv"])
    }

    @Test func aFileThatCannotBeWrittenIsAnOutputErrorAndLeavesNothing() throws {
        let scratch = try ScratchFolder(prefix: "agile-output")
        let missing = scratch.path("no-such-folder/ranks.csv")
        let noFolder = #expect(throws: OutputError.self) { try OutputFile.write("x\n", to: missing) }
        #expect(noFolder == OutputError(path: missing, action: "cannot be written", reason: "No such file or directory"))
        #expect(noFolder?.description == "\(missing): cannot be written: No such file or directory")

        // A folder in the file's place: the old content stays, no temporary file is left.
        try FileManager.default.createDirectory(atPath: scratch.path("taken"), withIntermediateDirectories: false)
        let taken = scratch.path("taken")
        let inPlace = #expect(throws: OutputError.self) { try OutputFile.write("x\n", to: taken) }
        #expect(inPlace?.action == "cannot be put in place")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["taken"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: taken).isEmpty)
    }
}

/// A symbolic link at the output's path: its target is checked and replaced, the link stays; a
/// link to a file of the user's or to nothing is refused, nothing touched.
@Suite struct OutputFileLinkTests {
    @Test func aLinkToAnEarlierExportKeepsTheLink() throws {
        let scratch = try ScratchFolder(prefix: "agile-output")
        let target = try scratch.write("exports/ranks.csv", "a,b\n1,2\n")
        let link = scratch.path("latest.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        try OutputFile.checkReplaceable(link, firstLine: "a,b")
        try OutputFile.write("a,b\n3,4\n", to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "a,b\n3,4\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("exports")) == ["ranks.csv"])
    }

    @Test func aLinkToAFileOfTheUsersIsRefused() throws {
        let scratch = try ScratchFolder(prefix: "agile-output")
        let target = try scratch.write("thesis.csv", "chapter,words\n1,5000\n")
        let link = scratch.path("latest.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let checked = #expect(throws: OutputError.self) { try OutputFile.checkReplaceable(link, firstLine: "a,b") }
        let written = #expect(throws: OutputError.self) { try OutputFile.write("a,b\n1,2\n", to: link) }
        for error in [checked, written] {
            #expect(error?.path == link)
            #expect(error?.action == "is not replaced")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "chapter,words\n1,5000\n")
    }

    @Test func aLinkToNothingIsRefused() throws {
        let scratch = try ScratchFolder(prefix: "agile-output")
        let link = scratch.path("latest.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: scratch.path("gone/ranks.csv"))
        let error = #expect(throws: OutputError.self) { try OutputFile.write("a,b\n1,2\n", to: link) }
        #expect(error?.description == "\(link): is not replaced: it is a symbolic link to nothing; remove it or choose another path")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == scratch.path("gone/ranks.csv"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["latest.csv"])
    }
}
