// Line and column of a byte offset in a JSON document, counted as the CSV reader counts them.

import AgileCore

/// Turns byte offsets of a document into `file:line:column` (1-based; columns count Unicode
/// scalars, so a multi-byte character takes one column).
///
/// Offsets asked for in increasing order cost only the bytes between them, so positions of
/// every element of a one-line (minified) file are found in a single pass.
public final class JSONPositions {
    /// The path as the user gave it.
    public let file: String
    private let bytes: [UInt8]
    private var cursor = (offset: 0, line: 1, column: 1)

    public init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
    }

    /// Where byte `offset` stands.
    public func location(_ offset: Int) -> Provenance {
        let target = min(max(0, offset), bytes.count)
        if target < cursor.offset { cursor = (0, 1, 1) }
        var (position, line, column) = cursor
        while position < target {
            let byte = bytes[position]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80, !(position < 3 && startsWithByteOrderMark) {
                column += 1
            }
            position += 1
        }
        cursor = (position, line, column)
        return Provenance(file: file, line: line, column: column)
    }

    private var startsWithByteOrderMark: Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }
}
