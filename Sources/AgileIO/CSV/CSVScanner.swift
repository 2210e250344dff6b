// A streaming RFC 4180 CSV scanner: records out of a file read in chunks, with exact positions.

import AgileCore

/// Reads CSV records one at a time from a file read in chunks (1 MiB by default).
///
/// It follows RFC 4180: fields separated by commas, records ended by LF or CRLF, fields in
/// double quotes may hold commas, line breaks and doubled quotes (`""` stands for `"`). A
/// carriage return that is not part of CRLF is an ordinary byte. A UTF-8 byte-order mark at the
/// start of the file is skipped. Records may span chunk boundaries.
///
/// Positions are 1-based. Columns count characters (Unicode scalars), not bytes, so
/// `"Zürich",CHE` has `CHE` at column 10; the column of a quoted field is that of its opening
/// quote.
///
/// The scanner is a cursor: ``nextRecord()`` moves to the next record, whose fields are then
/// read through ``fieldCount``, ``string(_:)``, ``location(_:)``, ``withBytes(_:_:)``. A field
/// becomes a `String` only when asked for. Nothing is allocated per byte or per field.
///
/// ```swift
/// let scanner = try CSVScanner(path: "data.csv")
/// while try scanner.nextRecord() {
///     print(scanner.line, scanner.string(0), scanner.location(1))
/// }
/// ```
///
/// Errors are ``InputError``s with the place and the field: a quote inside an unquoted field,
/// text after a closing quote, a quoted field never closed (reported where its quote opened),
/// bytes that are not UTF-8, a record longer than ``CSVLimits/maximumRecordBytes`` or with more
/// than ``CSVLimits/maximumFields`` fields.
///
/// With `allowsComments`, lines starting with `#` before the first non-blank record are
/// comments (our own long and wide formats use them); a comment starting with `# illustrative`
/// marks the file as illustrative data.
public final class CSVScanner {
    /// The path as the user gave it (or the name given to in-memory bytes); used in errors.
    public let path: String
    /// The limits checked while reading.
    public let limits: CSVLimits

    private var source: Source
    private var chunk: ArraySlice<UInt8> = []
    /// Index in `chunk` (counted from 0) of the next byte to scan.
    private var position = 0
    /// Absolute offset of the first byte of `chunk`.
    private var base = 0
    private var started = false
    private var tokenizer: CSVTokenizer

    /// Opens `path` for scanning.
    /// - Parameters:
    ///   - chunkSize: bytes read at a time (at least 16, see ``InputFile``).
    ///   - limits: record size limits.
    ///   - allowsComments: whether `#` lines before the first record are comments.
    /// - Throws: ``InputError`` when the file cannot be opened.
    public init(
        path: String, chunkSize: Int = 1 << 20, limits: CSVLimits = CSVLimits(), allowsComments: Bool = false
    ) throws(InputError) {
        self.path = path
        self.limits = limits
        source = .file(try InputFile(path: path, chunkSize: chunkSize))
        tokenizer = CSVTokenizer(file: path, limits: limits, allowsComments: allowsComments)
    }

    /// Scans bytes held in memory, handed to the scanner `chunkSize` bytes at a time (any size
    /// from 1, which makes it useful for testing chunk boundaries).
    /// - Parameter name: the name used in error messages in place of a path.
    public init(
        bytes: [UInt8], name: String, chunkSize: Int = 1 << 20, limits: CSVLimits = CSVLimits(),
        allowsComments: Bool = false
    ) {
        path = name
        self.limits = limits
        source = .memory(bytes, chunkSize: max(1, chunkSize), offset: 0)
        tokenizer = CSVTokenizer(file: name, limits: limits, allowsComments: allowsComments)
    }

    deinit { tokenizer.deallocate() }

    // MARK: Moving

    /// Moves to the next record.
    /// - Returns: `false` at the end of the file.
    /// - Throws: ``InputError`` for malformed CSV, invalid UTF-8 or a record over the limits.
    public func nextRecord() throws(InputError) -> Bool {
        tokenizer.beginRecord(at: base + position)
        while true {
            if position == chunk.count {
                guard try loadChunk() else {
                    let complete = try tokenizer.finish(at: base + position)
                    if complete { recordCompleted() }
                    return complete
                }
                continue
            }
            let start = position, offset = base
            let (next, complete) = try chunk.withUnsafeBufferPointer { (bytes) throws(InputError) in
                try tokenizer.scan(bytes, base: offset, from: start)
            }
            position = next
            if complete {
                recordCompleted()
                return true
            }
        }
    }

    /// Moves to the next data row: like ``nextRecord()``, but blank lines at the end of the file
    /// are skipped and a blank line followed by more rows is an error.
    public func nextRow() throws(InputError) -> Bool {
        var blankLine: Int?
        while try nextRecord() {
            if isBlank {
                if blankLine == nil { blankLine = line }
                continue
            }
            if let blankLine {
                throw InputError(
                    Provenance(file: path, line: blankLine), problem: "a blank line comes before more rows",
                    expected: "expected blank lines only at the end of the file")
            }
            return true
        }
        return false
    }

    // MARK: The current record

    /// The 1-based line the current record starts on.
    public var line: Int { tokenizer.recordLine }

    /// The number of fields in the current record (a blank line has one empty field).
    public var fieldCount: Int { tokenizer.fieldCount }

    /// Whether the current record is a blank line.
    public var isBlank: Bool {
        guard tokenizer.fieldCount == 1 else { return false }
        let span = tokenizer.spans[0]
        return !span.quoted && span.start == span.end
    }

    /// The text of field `index` (quotes removed, doubled quotes undone).
    public func string(_ index: Int) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the bytes of field `index`; they are valid only inside `body`.
    public func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let span = span(index)
        return try body(UnsafeBufferPointer(start: tokenizer.bytes + span.start, count: span.end - span.start))
    }

    /// Whether field `index` is empty or holds only spaces and tabs.
    public func isEmpty(_ index: Int) -> Bool {
        withBytes(index) { bytes in
            bytes.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        }
    }

    /// Whether field `index` was written in quotes.
    public func isQuoted(_ index: Int) -> Bool { span(index).quoted }

    /// Where field `index` starts (its opening quote when quoted).
    public func location(_ index: Int) -> Provenance {
        let span = span(index)
        return Provenance(file: path, line: span.line, column: span.column)
    }

    /// Field `index` as ``ObservationCheck`` takes it, under the column name `name`.
    public func rawField(_ index: Int, name: String) -> RawField {
        RawField(string(index), name: name, location: location(index))
    }

    /// The current record copied into a value.
    public var record: CSVRecord {
        CSVRecord(line: line, fields: (0..<fieldCount).map { index in
            let span = span(index)
            return CSVField(text: string(index), line: span.line, column: span.column, quoted: span.quoted)
        })
    }

    /// Where field `index` lies; a precondition failure outside `0..<fieldCount`.
    private func span(_ index: Int) -> CSVTokenizer.Span {
        precondition(index >= 0 && index < tokenizer.fieldCount, "field \(index) of a record with \(tokenizer.fieldCount) fields")
        return tokenizer.spans[index]
    }

    // MARK: File-level facts

    /// Names of the fields by position, used in the scanner's own error messages
    /// (`field 'value': … is not valid UTF-8`). Readers set it from the header.
    public var fieldNames: [String] {
        get { tokenizer.fieldNames }
        set { tokenizer.fieldNames = newValue }
    }

    /// The comment lines read so far (with their `#`).
    public var comments: [String] { tokenizer.comments }

    /// Whether a comment line marked the file as illustrative (`# illustrative …`).
    public var illustrative: Bool { tokenizer.illustrative }

    // MARK: Chunks

    private func recordCompleted() {
        if !isBlank { tokenizer.commentsOpen = false }
    }

    /// Moves to the next chunk; on the first one, skips a byte-order mark.
    private func loadChunk() throws(InputError) -> Bool {
        base += chunk.count
        position = 0
        // Drop the old chunk first: the file then refills its buffer in place instead of copying it.
        chunk = []
        guard var next = try source.next() else { return false }
        if !started {
            started = true
            if next.count < 3 {
                var joined = Array(next)
                while joined.count < 3, let more = try source.next() { joined += more }
                next = joined[...]
            }
            if next.starts(with: [0xEF, 0xBB, 0xBF]) {
                position = 3
                tokenizer.skipByteOrderMark(count: 3)
            }
        }
        chunk = next
        return true
    }

    /// Where the bytes come from.
    private enum Source {
        case file(InputFile)
        case memory([UInt8], chunkSize: Int, offset: Int)

        mutating func next() throws(InputError) -> ArraySlice<UInt8>? {
            switch self {
            case .file(let file):
                return try file.nextChunk()
            case .memory(let bytes, let chunkSize, let offset):
                guard offset < bytes.count else { return nil }
                let end = min(bytes.count, offset + chunkSize)
                self = .memory(bytes, chunkSize: chunkSize, offset: end)
                return bytes[offset..<end]
            }
        }
    }
}
