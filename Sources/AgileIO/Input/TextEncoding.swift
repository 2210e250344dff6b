// UTF-16 and UTF-32 files recognised from their first bytes and refused with a clear message.

import AgileCore

/// The encodings a spreadsheet or an editor may save text in that the toolkit does not read.
///
/// Every reader takes UTF-8 (with or without a byte-order mark). A file saved as UTF-16 or
/// UTF-32 ("Unicode text" in some spreadsheets) would otherwise be refused byte by byte as
/// invalid UTF-8 or a NUL, with a dump of unreadable characters; it is recognised instead from
/// its byte-order mark, or without one from the NUL bytes its first characters carry (XML 1.0,
/// appendix F), and named.
///
/// ```swift
/// try TextEncoding.refuseUnsupported(head: [0xFF, 0xFE, 0x63, 0x00], file: "data.csv")
/// // data.csv:1: is UTF-16 text (little-endian, with a byte-order mark); UTF-16 is not supported (save it as UTF-8)
/// ```
enum TextEncoding {
    /// The bytes the check looks at.
    static let bytesNeeded = 4

    /// Throws when the first bytes of a file show UTF-16 or UTF-32.
    static func refuseUnsupported(head: some Collection<UInt8>, file: String) throws(InputError) {
        guard let (name, detail) = unsupported(head: Array(head.prefix(bytesNeeded))) else { return }
        throw InputError(.encoding, Provenance(file: file, line: 1), problem: "is \(name) text (\(detail)); \(name) is not supported",
                         expected: "save it as UTF-8")
    }

    /// The encoding (`UTF-16`, `UTF-32`) and its byte order when the bytes show one.
    static func unsupported(head b: [UInt8]) -> (name: String, detail: String)? {
        func starts(_ prefix: [UInt8]) -> Bool { b.starts(with: prefix) }
        if starts([0x00, 0x00, 0xFE, 0xFF]) { return ("UTF-32", "big-endian, with a byte-order mark") }
        if starts([0xFF, 0xFE, 0x00, 0x00]) { return ("UTF-32", "little-endian, with a byte-order mark") }
        if starts([0xFE, 0xFF]) { return ("UTF-16", "big-endian, with a byte-order mark") }
        if starts([0xFF, 0xFE]) { return ("UTF-16", "little-endian, with a byte-order mark") }
        if b.count >= 4 {
            if b[0] != 0, b[1] == 0, b[2] == 0, b[3] == 0 { return ("UTF-32", "little-endian") }
            if b[0] == 0, b[1] == 0, b[2] == 0, b[3] != 0 { return ("UTF-32", "big-endian") }
        }
        if b.count >= 2 {
            // "x\0y\0" and "\0x\0y": every other byte a NUL.
            if b[0] != 0, b[1] == 0, b.count < 4 || b[3] == 0 { return ("UTF-16", "little-endian") }
            if b[0] == 0, b[1] != 0, b.count < 4 || b[2] == 0 { return ("UTF-16", "big-endian") }
        }
        return nil
    }
}
