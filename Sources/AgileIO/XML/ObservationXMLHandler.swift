// The one way an XML data reader streams a file through its handler and reports what stopped it.

import AgileCore

/// A stream handler that hands observations to a consumer. The consumer's own errors (a store
/// refusing a row, say) cannot cross libxml2's callbacks, which throw ``InputError`` only, so the
/// handler keeps the first one and stops the parse.
protocol ObservationXMLHandler: XMLStreamHandler {
    /// The error the consumer threw, when one stopped the parse.
    var consumerError: (any Error)? { get }
    /// What was read: observations, skipped records, warnings.
    var summary: ReadSummary { get }
}

extension ObservationXMLHandler {
    /// Streams `file` through this handler and returns its summary; when the parse stops, throws
    /// the consumer's error if it was the cause, else the parser's.
    ///
    /// ```swift
    /// let handler = WorldBankXMLHandler(check: check, consume: consume)
    /// let summary = try handler.read(file)
    /// ```
    func read(_ file: InputFile) throws -> ReadSummary {
        do {
            try XMLStreamParser(input: file, handler: self).parse()
        } catch {
            throw consumerError ?? error
        }
        return summary
    }
}
