// What a streamed XML document's events go to.

import AgileCore

/// Receives the events of a document streamed by ``XMLStreamParser``. Throwing stops the parse.
///
/// Tags are handed over in place (``XMLTag``) and are valid only during the call.
protocol XMLStreamHandler: AnyObject {
    /// Whether ``characters(_:)`` is wanted; without it libxml2 skips text without calling back.
    var receivesCharacters: Bool { get }
    func startElement(_ tag: XMLTag) throws(InputError)
    func endElement(_ tag: XMLTag) throws(InputError)
    func characters(_ text: UnsafeBufferPointer<UInt8>)
}
