// The streaming XML parser's own limits (depth, attribute length), reached with a handler that
// accepts every element.

import AgileCore
@testable import AgileIO
import Foundation
import Testing

@Suite struct XMLStreamLimitTests {
    /// Writes `text` to a fresh temporary file and returns its path.
    static func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("agile-xml-\(UUID().uuidString).xml").path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    @Test func nestingDeeperThanTheLimitIsRefused() throws {
        let path = try XMLStreamLimitTests.file(
            "<?xml version=\"1.0\"?>\n<r>\n" + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000) + "</r>\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handler = AcceptingHandler()
        do {
            try XMLStreamParser(file: path, handler: handler).parse()
            Issue.record("100,000 levels were accepted")
        } catch {
            #expect(error.description == "\(path):3:768: elements are nested deeper than 256 levels")
            #expect(error.kind == .limit)
        }
        #expect(handler.elements == XMLStreamParser.maximumDepth)
    }

    @Test func nestingAtTheLimitIsAccepted() throws {
        let depth = XMLStreamParser.maximumDepth
        let path = try XMLStreamLimitTests.file(
            "<?xml version=\"1.0\"?>\n" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handler = AcceptingHandler()
        try XMLStreamParser(file: path, handler: handler).parse()
        #expect(handler.elements == depth)
    }

    @Test func attributeOverTheLimitIsRefused() throws {
        let limit = XMLStreamParser.maximumAttributeLength
        let atLimit = try XMLStreamLimitTests.file("<r a=\"\(String(repeating: "x", count: limit))\"/>\n")
        defer { try? FileManager.default.removeItem(atPath: atLimit) }
        try XMLStreamParser(file: atLimit, handler: AcceptingHandler()).parse()

        let over = try XMLStreamLimitTests.file("<r a=\"\(String(repeating: "x", count: limit + 1))\"/>\n")
        defer { try? FileManager.default.removeItem(atPath: over) }
        do {
            try XMLStreamParser(file: over, handler: AcceptingHandler()).parse()
            Issue.record("an attribute over the limit was accepted")
        } catch {
            #expect(error.description == "\(over):1:\(limit + 9): field 'a': is an attribute of \(limit + 1) bytes, longer than the limit of 1 MiB")
            #expect(error.kind == .limit)
        }
    }
}
