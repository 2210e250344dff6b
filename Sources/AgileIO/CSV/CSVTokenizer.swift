// The RFC 4180 state machine behind CSVScanner: bytes in, one record's fields out.

import AgileCore

/// Splits bytes into CSV records, chunk by chunk, keeping its state across chunk boundaries.
///
/// The tokenizer copies each field's bytes (quotes removed, doubled quotes undone) into one
/// record buffer that is reused for every record, and notes where each field starts. It checks
/// UTF-8 as it goes and counts columns in Unicode scalars: a UTF-8 continuation byte does not
/// advance the column. Runs of ordinary bytes are scanned with a table look-up per byte and
/// copied as they are scanned, and the unquoted fields of a record follow one another in a single
/// loop, so no work is done per byte beyond the look-up and the copy. Control characters other
/// than tab, line feed and carriage return (C0, DEL, and the C1 controls, which are two-byte
/// characters) stop a run like any special byte and are refused (``ControlCharacters``).
///
/// It is a struct so that the hot loop works on its own storage without the run-time
/// exclusivity checks that class properties need; ``CSVScanner`` owns it and frees its memory.
struct CSVTokenizer {
    /// Where one field's bytes lie in the record buffer, and where the field starts in the file.
    struct Span {
        var start: Int
        var end: Int
        var line: Int
        var column: Int
        var quoted: Bool
    }

    enum State: UInt8 {
        /// At the first byte of a field (or of a record).
        case fieldStart
        case unquoted
        case quoted
        /// Just after a quote inside a quoted field: a doubled quote or the closing one.
        case quoteInQuoted
        /// After a carriage return in an unquoted field: a line end if a line feed follows.
        case crInUnquoted
        /// After a carriage return that follows a closing quote: it must be a CRLF line end.
        case crAfterQuote
        /// Inside a `#` comment line before the header.
        case comment
        /// After a carriage return in a comment line: it must be a CRLF line end.
        case crInComment
    }

    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let hash = UInt8(ascii: "#")

    let file: String
    let limits: CSVLimits
    let separator: UInt8
    /// Names of the fields by position, for error messages (set once the header is known).
    var fieldNames: [String] = []

    // The current record.
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var length = 0
    /// The fields of the record so far (raw memory: no reference counting in the hot path).
    private(set) var spans: UnsafeMutablePointer<Span>
    private(set) var fieldCount = 0
    private var spanCapacity: Int
    private(set) var recordLine = 1
    private var recordStart = 0

    // Position in the file (absolute byte offsets).
    private var line = 1
    private var lineStart = 0
    /// UTF-8 continuation bytes seen on the current line (they take no column).
    private var continuations = 0
    private var state = State.fieldStart
    private var fieldStart = 0
    private var fieldLine = 1
    private var fieldColumn = 1
    private var fieldQuoted = false
    private var crLine = 0
    private var crColumn = 0

    // A UTF-8 character in progress: continuation bytes still due and the range of the next one.
    private var utf8Due = 0
    private var utf8Low: UInt8 = 0x80
    private var utf8High: UInt8 = 0xBF
    /// The bytes of the character so far, where it starts (line, column) and its offset in the
    /// record buffer: an error is reported at the start of the character.
    private var utf8Bytes: [UInt8] = []
    private var utf8Line = 0
    private var utf8Column = 0
    private var utf8Start = 0

    // Comments before the header.
    var commentsOpen: Bool
    private var comment: [UInt8] = []
    private(set) var comments: [String] = []
    private(set) var illustrative = false
    /// The vintage a `# vintage: YYYY-MM-DD` comment declared, and its line.
    private(set) var vintage: (date: CalendarDate, line: Int)?
    /// Where the comment being read starts (its `#`).
    private var commentLine = 1
    private var commentColumn = 1

    /// Byte classes: 0 = ordinary byte of an unquoted field / of a quoted field.
    private let unquotedStops: UnsafeMutablePointer<UInt8>
    private let quotedStops: UnsafeMutablePointer<UInt8>

    init(file: String, limits: CSVLimits, separator: UInt8 = UInt8(ascii: ","), allowsComments: Bool) {
        self.file = file
        self.limits = limits
        self.separator = separator
        commentsOpen = allowsComments
        capacity = min(limits.maximumRecordBytes, 1 << 16) + 8
        bytes = .allocate(capacity: capacity)
        spanCapacity = min(64, limits.maximumFields)
        spans = .allocate(capacity: spanCapacity)
        unquotedStops = .allocate(capacity: 256)
        quotedStops = .allocate(capacity: 256)
        for byte in 0..<256 {
            unquotedStops[byte] = byte >= 0x80 ? 1 : 0
            quotedStops[byte] = byte >= 0x80 ? 1 : 0
        }
        for stop in [separator, Self.quote, Self.lineFeed, Self.carriageReturn] { unquotedStops[Int(stop)] = 1 }
        for stop in [Self.quote, Self.lineFeed] { quotedStops[Int(stop)] = 1 }
        // Control characters stop a run in either kind of field, to be refused.
        for byte in 0..<0x80 where ControlCharacters.isRefused(Unicode.Scalar(UInt8(byte))) {
            unquotedStops[byte] = 1
            quotedStops[byte] = 1
        }
    }

    /// Frees the buffers; the tokenizer must not be used afterwards.
    func deallocate() {
        bytes.deallocate()
        spans.deallocate()
        unquotedStops.deallocate()
        quotedStops.deallocate()
    }

    /// Starts a new record at absolute offset `offset`.
    mutating func beginRecord(at offset: Int) {
        length = 0
        fieldCount = 0
        recordStart = offset
        recordLine = line
    }

    /// Notes a byte-order mark of `count` bytes at the start of the file: columns start after it.
    mutating func skipByteOrderMark(count: Int) {
        lineStart = count
        recordStart = count
    }

    // MARK: Scanning

    /// Scans `chunk` (whose first byte sits at absolute offset `base`) from index `start`.
    /// - Returns: the index after the last byte used, and whether a record was completed.
    mutating func scan(
        _ chunk: UnsafeBufferPointer<UInt8>, base: Int, from start: Int
    ) throws(InputError) -> (position: Int, complete: Bool) {
        guard let p = chunk.baseAddress else { return (start, false) }
        let n = chunk.count
        let maximumBytes = limits.maximumRecordBytes
        let separator = self.separator
        var i = start
        while i < n {
            if utf8Due > 0 {
                let byte = p[i]
                guard byte >= utf8Low, byte <= utf8High else { throw invalidUTF8(utf8Bytes + [byte]) }
                // 0xC2 0x80 – 0xC2 0x9F: a C1 control character (U+0080–U+009F).
                if utf8Bytes[0] == 0xC2, byte <= 0x9F { throw controlCharacter(Unicode.Scalar(byte), line: utf8Line, column: utf8Column, before: utf8Start) }
                utf8Bytes.append(byte)
                utf8Due -= 1
                utf8Low = 0x80
                utf8High = 0xBF
                append(byte)
                continuations += 1
                i += 1
                continue
            }
            switch state {
            case .fieldStart:
                fieldStart = length
                fieldLine = line
                fieldColumn = column(at: base + i)
                let byte = p[i]
                if byte == Self.quote {
                    fieldQuoted = true
                    state = .quoted
                    i += 1
                } else if byte == Self.hash, commentsOpen, fieldCount == 0 {
                    comment.removeAll(keepingCapacity: true)
                    comment.append(byte)
                    commentLine = fieldLine
                    commentColumn = fieldColumn
                    state = .comment
                    i += 1
                } else {
                    fieldQuoted = false
                    state = .unquoted
                }

            case .unquoted:
                // The unquoted fields of a record are read here one after another: a separator
                // followed by an ordinary byte starts the next field without leaving this loop.
                // Where the field starts is kept in locals too, and its span made of them: read
                // back from `self` just after being stored, it would stall the processor.
                var spanStart = fieldStart, spanLine = fieldLine, spanColumn = fieldColumn
                unquoted: while true {
                    // Scan and copy in one pass, up to the room left in the record buffer.
                    let room = min(n, i + (capacity - length))
                    let stops = unquotedStops
                    var out = bytes + length
                    let run = i
                    while i < room {
                        let byte = p[i]
                        if stops[Int(byte)] != 0 { break }
                        out.pointee = byte
                        out += 1
                        i &+= 1
                    }
                    length += i - run
                    if base + i - recordStart > maximumBytes { throw tooLong() }
                    if i == n { break unquoted }
                    if i == room {
                        grow(to: length + 1)
                        continue unquoted
                    }
                    let byte = p[i]
                    if byte == separator {
                        try endField(Span(start: spanStart, end: length, line: spanLine, column: spanColumn, quoted: false))
                        i += 1
                        guard i < n, p[i] != Self.quote else {
                            state = .fieldStart
                            break unquoted
                        }
                        spanStart = length
                        spanLine = line
                        spanColumn = column(at: base + i)
                        fieldStart = spanStart
                        fieldLine = spanLine
                        fieldColumn = spanColumn
                        fieldQuoted = false
                    } else if byte == Self.lineFeed {
                        try endField(Span(start: spanStart, end: length, line: spanLine, column: spanColumn, quoted: false))
                        i += 1
                        newLine(at: base + i)
                        state = .fieldStart
                        return (i, true)
                    } else if byte == Self.carriageReturn {
                        crLine = line
                        crColumn = column(at: base + i)
                        state = .crInUnquoted
                        i += 1
                        break unquoted
                    } else if byte == Self.quote {
                        throw quoteInUnquoted(at: base + i)
                    } else {
                        if byte < 0x80 { throw controlCharacter(Unicode.Scalar(byte), line: line, column: column(at: base + i), before: length) }
                        try startCharacter(byte, at: base + i)
                        append(byte)
                        i += 1
                        break unquoted
                    }
                }

            case .quoted:
                let run = i
                let stops = quotedStops
                while i < n, stops[Int(p[i])] == 0 { i &+= 1 }
                if base + i - recordStart > maximumBytes { throw tooLong() }
                append(p + run, count: i - run)
                if i == n { break }
                let byte = p[i]
                if byte == Self.quote {
                    state = .quoteInQuoted
                    i += 1
                } else if byte == Self.lineFeed {
                    append(byte)
                    i += 1
                    newLine(at: base + i)
                } else {
                    if byte < 0x80 { throw controlCharacter(Unicode.Scalar(byte), line: line, column: column(at: base + i), before: length) }
                    try startCharacter(byte, at: base + i)
                    append(byte)
                    i += 1
                }

            case .quoteInQuoted:
                let byte = p[i]
                if byte == Self.quote {
                    append(byte)
                    state = .quoted
                    i += 1
                } else if byte == separator {
                    try endField()
                    state = .fieldStart
                    i += 1
                } else if byte == Self.lineFeed {
                    try endField()
                    i += 1
                    newLine(at: base + i)
                    state = .fieldStart
                    return (i, true)
                } else if byte == Self.carriageReturn {
                    crLine = line
                    crColumn = column(at: base + i)
                    state = .crAfterQuote
                    i += 1
                } else {
                    throw textAfterQuote(line: line, column: column(at: base + i))
                }

            case .crInUnquoted:
                // A carriage return outside quotes without its line feed: CR-only line ends.
                guard p[i] == Self.lineFeed else { throw loneCarriageReturn() }
                try endField()
                i += 1
                newLine(at: base + i)
                state = .fieldStart
                return (i, true)

            case .crAfterQuote:
                guard p[i] == Self.lineFeed else { throw loneCarriageReturn() }
                try endField()
                i += 1
                newLine(at: base + i)
                state = .fieldStart
                return (i, true)

            case .comment:
                let run = i
                while i < n, p[i] != Self.lineFeed, p[i] != Self.carriageReturn { i &+= 1 }
                if base + i - recordStart > maximumBytes { throw tooLong() }
                comment.append(contentsOf: UnsafeBufferPointer(start: p + run, count: i - run))
                if i == n { break }
                if p[i] == Self.carriageReturn {
                    crLine = line
                    crColumn = column(at: base + i)
                    state = .crInComment
                    i += 1
                    break
                }
                i += 1
                newLine(at: base + i)
                try endComment()
                state = .fieldStart
                recordStart = base + i
                recordLine = line

            case .crInComment:
                guard p[i] == Self.lineFeed else { throw loneCarriageReturn() }
                i += 1
                newLine(at: base + i)
                try endComment()
                state = .fieldStart
                recordStart = base + i
                recordLine = line
            }
        }
        return (i, false)
    }

    /// Ends the input at absolute offset `offset`.
    /// - Returns: whether a last record (one without a line end) was completed.
    mutating func finish(at offset: Int) throws(InputError) -> Bool {
        if utf8Due > 0 { throw invalidUTF8(utf8Bytes, atEnd: true) }
        switch state {
        case .fieldStart:
            guard fieldCount > 0 else { return false }
            // The record ended with a separator: its last field is empty.
            fieldStart = length
            fieldLine = line
            fieldColumn = column(at: offset)
            fieldQuoted = false
            try endField()
        case .unquoted, .quoteInQuoted:
            try endField()
        case .crInUnquoted, .crInComment:
            throw loneCarriageReturn()
        case .quoted:
            throw InputError(
                .structure, Provenance(file: file, line: fieldLine, column: fieldColumn), field: currentFieldName,
                value: fieldText(), problem: "has a quote that is never closed",
                expected: "expected a closing quote before the end of the file")
        case .crAfterQuote:
            throw loneCarriageReturn()
        case .comment:
            try endComment()
            state = .fieldStart
            return false
        }
        state = .fieldStart
        return true
    }

    // MARK: Pieces

    @inline(__always)
    private func column(at offset: Int) -> Int {
        offset - lineStart - continuations + 1
    }

    @inline(__always)
    private mutating func newLine(at offset: Int) {
        line += 1
        lineStart = offset
        continuations = 0
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        if length == capacity { grow(to: length + 1) }
        bytes[length] = byte
        length += 1
    }

    @inline(__always)
    private mutating func append(_ source: UnsafePointer<UInt8>, count: Int) {
        guard count > 0 else { return }
        if length + count > capacity { grow(to: length + count) }
        (bytes + length).update(from: source, count: count)
        length += count
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity
        while newCapacity < needed { newCapacity *= 2 }
        let newBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBytes.update(from: bytes, count: length)
        bytes.deallocate()
        bytes = newBytes
        capacity = newCapacity
    }

    private mutating func endField() throws(InputError) {
        try endField(Span(start: fieldStart, end: length, line: fieldLine, column: fieldColumn, quoted: fieldQuoted))
    }

    @inline(__always)
    private mutating func endField(_ span: Span) throws(InputError) {
        if fieldCount == spanCapacity { try growSpans(adding: span) }
        spans[fieldCount] = span
        fieldCount += 1
    }

    /// Makes room for one more field, `span`; past the limit, refuses the record where that
    /// field starts.
    private mutating func growSpans(adding span: Span) throws(InputError) {
        if fieldCount >= limits.maximumFields {
            throw InputError(
                .limit, Provenance(file: file, line: span.line, column: span.column),
                problem: "the record has more than \(limits.maximumFields) fields: field \(fieldCount + 1) starts here",
                expected: "expected at most \(limits.maximumFields) fields per record")
        }
        let newCapacity = min(spanCapacity * 2, limits.maximumFields)
        let newSpans = UnsafeMutablePointer<Span>.allocate(capacity: newCapacity)
        newSpans.initialize(from: spans, count: fieldCount)
        spans.deallocate()
        spans = newSpans
        spanCapacity = newCapacity
    }

    /// Checks the first byte of a multi-byte UTF-8 character and notes the bytes still due.
    private mutating func startCharacter(_ byte: UInt8, at offset: Int) throws(InputError) {
        utf8Bytes.removeAll(keepingCapacity: true)
        utf8Bytes.append(byte)
        utf8Line = line
        utf8Column = column(at: offset)
        utf8Start = length
        switch byte {
        case 0xC2...0xDF: utf8Due = 1; utf8Low = 0x80; utf8High = 0xBF
        case 0xE0: utf8Due = 2; utf8Low = 0xA0; utf8High = 0xBF
        case 0xE1...0xEC, 0xEE, 0xEF: utf8Due = 2; utf8Low = 0x80; utf8High = 0xBF
        case 0xED: utf8Due = 2; utf8Low = 0x80; utf8High = 0x9F
        case 0xF0: utf8Due = 3; utf8Low = 0x90; utf8High = 0xBF
        case 0xF1...0xF3: utf8Due = 3; utf8Low = 0x80; utf8High = 0xBF
        case 0xF4: utf8Due = 3; utf8Low = 0x80; utf8High = 0x8F
        default: throw invalidUTF8(utf8Bytes)
        }
    }

    private mutating func endComment() throws(InputError) {
        if comment.last == Self.carriageReturn { comment.removeLast() }
        let text = String(decoding: comment, as: UTF8.self)
        comments.append(text)
        var rest = Substring(text).dropFirst()
        while rest.first == " " || rest.first == "\t" { rest = rest.dropFirst() }
        if rest.lowercased().hasPrefix("illustrative") { illustrative = true }
        if let date = try VintageComment.vintage(in: text, file: file, line: commentLine, column: commentColumn) {
            if let vintage { throw VintageComment.second(date, file: file, line: commentLine, column: commentColumn, first: vintage) }
            vintage = (date, commentLine)
        }
    }

    // MARK: Errors

    private var currentFieldName: String? {
        fieldCount < fieldNames.count ? fieldNames[fieldCount] : nil
    }

    /// The text of the field being read, as far as it has been read.
    private func fieldText(adding extra: String = "") -> String {
        String(decoding: UnsafeBufferPointer(start: bytes + fieldStart, count: length - fieldStart), as: UTF8.self) + extra
    }

    /// The error for a record past the size limit, placed at the start of the field being read
    /// (named by the header, else by its number); a comment line has no field.
    private func tooLong() -> InputError {
        let expected = "expected at most \(limits.maximumRecordBytes) bytes per record"
        let problem = "the record is longer than \(limits.maximumRecordBytes) bytes"
        if state == .comment { return InputError(.limit, Provenance(file: file, line: recordLine), problem: problem, expected: expected) }
        let here = Provenance(file: file, line: fieldLine, column: fieldColumn)
        if let name = currentFieldName { return InputError(.limit, here, field: name, problem: problem, expected: expected) }
        return InputError(.limit, here, problem: problem + " in its field \(fieldCount + 1)", expected: expected)
    }

    /// The error for a control character at `line`:`column`, after the field's bytes up to
    /// offset `before` of the record buffer.
    private func controlCharacter(_ scalar: Unicode.Scalar, line: Int, column: Int, before: Int) -> InputError {
        var text = String(decoding: UnsafeBufferPointer(start: bytes + fieldStart, count: before - fieldStart), as: UTF8.self)
        text.unicodeScalars.append(scalar)
        return ControlCharacters.error(scalar, in: text, field: currentFieldName, at: Provenance(file: file, line: line, column: column))
    }

    /// The error for a carriage return outside quotes that no line feed follows (at `crLine`:
    /// `crColumn`): the file's lines end in CR alone.
    private func loneCarriageReturn() -> InputError {
        InputError(
            .encoding, Provenance(file: file, line: crLine, column: crColumn),
            problem: "a carriage return (CR) ends the line without a line feed: CR-only line ends (classic Mac OS) are not supported",
            expected: "expected LF or CRLF line ends: save the file with Unix (LF) or Windows (CRLF) line ends; a carriage return inside a value must be in quotes")
    }

    private func quoteInUnquoted(at offset: Int) -> InputError {
        InputError(
            .structure, Provenance(file: file, line: line, column: column(at: offset)), field: currentFieldName,
            value: fieldText(adding: "\""), problem: "has a quote inside an unquoted field",
            expected: "expected the whole field in quotes, with quotes inside it doubled")
    }

    private func textAfterQuote(line: Int, column: Int) -> InputError {
        InputError(
            .structure, Provenance(file: file, line: line, column: column), field: currentFieldName,
            value: fieldText(), problem: "has text after its closing quote",
            expected: "expected a separator or the end of the line after the closing quote")
    }

    /// The error for the character starting at `utf8Line`:`utf8Column` made of `sequence`.
    private func invalidUTF8(_ sequence: [UInt8], atEnd: Bool = false) -> InputError {
        let hex = sequence.map { "0x" + (($0 < 0x10 ? "0" : "") + String($0, radix: 16, uppercase: true)) }
        let found = (hex.count == 1 ? "byte " : "bytes ") + hex.joined(separator: " ") + (atEnd ? " at the end of the file" : "")
        let before = String(decoding: UnsafeBufferPointer(start: bytes + fieldStart, count: utf8Start - fieldStart), as: UTF8.self)
        return InputError(
            .encoding, Provenance(file: file, line: utf8Line, column: utf8Column), field: currentFieldName,
            value: before + "\u{FFFD}", problem: "is not valid UTF-8",
            expected: "expected UTF-8 text; found \(found)")
    }
}
