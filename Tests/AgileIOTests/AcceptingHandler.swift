// An XML stream handler that accepts every element, to reach the parser's own limits.

import AgileCore
@testable import AgileIO

/// Takes every element and counts them; the parser's limits are then the only ones in play.
final class AcceptingHandler: XMLStreamHandler {
    private(set) var elements = 0
    var receivesCharacters: Bool { false }
    func startElement(_ tag: XMLTag) throws(InputError) { elements += 1 }
    func endElement(_ tag: XMLTag) throws(InputError) {}
    func characters(_ text: UnsafeBufferPointer<UInt8>) {}
}
