// Refuses document type declarations before libxml2 ever sees the document.

import AgileCore

/// The part of an XML document before its root element.
///
/// The toolkit's formats never need a DTD, and a DTD is how the dangerous features arrive:
/// external entities (file or network reads), parameter entities and entity-expansion bombs.
/// Any `<!DOCTYPE` in the prolog is therefore refused here, by scanning bytes, so that libxml2
/// never parses it — nothing is loaded, nothing is expanded.
enum XMLProlog {
    /// The largest prolog accepted (declaration, comments, processing instructions).
    static let limit = 64 * 1024

    /// Checks the first bytes of a document.
    ///
    /// - Returns: `true` once the root element has started (the rest needs no check), `false`
    ///   when `bytes` ended inside the prolog, before ``limit`` bytes.
    /// - Throws: ``InputError`` when the prolog declares a document type, or is longer than
    ///   ``limit``.
    static func check(_ bytes: ArraySlice<UInt8>, file: String) throws(InputError) -> Bool {
        var line = 1, column = 1
        var index = bytes.startIndex
        let end = bytes.endIndex
        func starts(_ text: String, at position: Int) -> Bool {
            var p = position
            for byte in text.utf8 {
                guard p < end, bytes[p] == byte else { return false }
                p += 1
            }
            return true
        }
        func tooLong() -> InputError {
            InputError(.limit, Provenance(file: file, line: line, column: column),
                       problem: "the XML prolog is longer than \(limit / 1024) KiB before the root element")
        }
        // A comment or processing instruction counts towards the limit as it is skipped, so no
        // byte of a prolog is ever passed on unchecked.
        func skip(until terminator: String) throws(InputError) -> Bool {
            while index < end {
                if index - bytes.startIndex > limit { throw tooLong() }
                if starts(terminator, at: index) {
                    for _ in 0..<terminator.utf8.count { advance() }
                    return true
                }
                advance()
            }
            return false
        }
        func advance() {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if bytes[index] & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        if starts("\u{FEFF}", at: index) { index += 3 }
        while index < end {
            if index - bytes.startIndex > limit { throw tooLong() }
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if starts("<?", at: index) {
                    guard try skip(until: "?>") else { return false }
                } else if starts("<!--", at: index) {
                    guard try skip(until: "-->") else { return false }
                } else if starts("<!", at: index) {
                    throw InputError(
                        .refusedDocument, Provenance(file: file, line: line, column: column),
                        problem: "declares a document type (<!DOCTYPE …>); DTDs are refused",
                        expected: "the toolkit's XML formats take no DTD, so external entities, parameter entities and entity expansion can never be used")
                } else {
                    return true
                }
            } else {
                advance()
            }
        }
        return false
    }
}
