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

extension XMLStreamParser {
    /// The error a handler throws to stop the parse when the consumer of its observations
    /// failed with `error` (kept by the handler and rethrown by its reader in place of this
    /// one); of the consumer's kind when it is an ``InputError``.
    static func stopped(by error: any Error, at location: Provenance) -> InputError {
        InputError((error as? InputError)?.kind ?? .unreadable, location, problem: "could not be stored")
    }
}
