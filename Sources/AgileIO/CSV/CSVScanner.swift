// A streaming RFC 4180 CSV scanner: records out of a file read in chunks, with exact positions.

import AgileCore

/// Reads CSV records one at a time from a file read in chunks (1 MiB by default).
///
/// It follows RFC 4180: fields separated by commas, records ended by LF or CRLF, fields in
/// double quotes may hold commas, line breaks and doubled quotes (`""` stands for `"`). A
/// carriage return outside quotes must start a CRLF: a lone one is refused as the mark of a
/// file with CR-only line ends (classic Mac OS). A UTF-8 byte-order mark at the start of the file
/// is skipped; UTF-16 and UTF-32 files are refused by name. Records may span chunk boundaries.
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
/// bytes that are not UTF-8, a control character other than tab, line feed and carriage return
/// (``ControlCharacters``), a carriage return without its line feed outside quotes, a record
/// longer than ``CSVLimits/maximumRecordBytes`` or with more than ``CSVLimits/maximumFields``
/// fields.
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
    /// The bytes read last: `chunkCount` bytes of a buffer of `chunkSize` (at least 4, so a
    /// byte-order mark or the first bytes of a UTF-16 file split over tiny chunks are joined).
    private let chunk: UnsafeMutablePointer<UInt8>
    private let chunkSize: Int
    private var chunkCount = 0
    /// Index in `chunk` (counted from 0) of the next byte to scan.
    private var position = 0
    /// Absolute offset of the first byte of `chunk`.
    private var base = 0
    private var started = false
    /// The tokenizer lives behind a pointer: the hot path then needs no run-time exclusivity
    /// checks, which a stored property of a class would cost on every record.
    private let tokenizer: UnsafeMutablePointer<CSVTokenizer>

    /// Opens `path` for scanning.
    /// - Parameters:
    ///   - chunkSize: bytes read at a time (at least 16, see ``InputFile``).
    ///   - limits: record size limits.
    ///   - allowsComments: whether `#` lines before the first record are comments.
    /// - Throws: ``InputError`` when the file cannot be opened.
    public convenience init(
        path: String, chunkSize: Int = 1 << 20, limits: CSVLimits = CSVLimits(), allowsComments: Bool = false
    ) throws(InputError) {
        let file = try InputFile(path: path, chunkSize: chunkSize)
        self.init(file: file, chunkSize: chunkSize, limits: limits, allowsComments: allowsComments)
    }

    /// Scans a file already open, from where it stands (its head, if taken, comes again first).
    /// - Parameter chunkSize: bytes read at a time (at least 16, see ``InputFile``).
    public convenience init(
        file: InputFile, chunkSize: Int = 1 << 20, limits: CSVLimits = CSVLimits(), allowsComments: Bool = false
    ) {
        self.init(source: .file(file), name: file.path, chunkSize: max(16, chunkSize), limits: limits, allowsComments: allowsComments)
    }

    /// Scans bytes held in memory, handed to the scanner `chunkSize` bytes at a time (any size
    /// from 1, which makes it useful for testing chunk boundaries).
    /// - Parameter name: the name used in error messages in place of a path.
    public convenience init(
        bytes: [UInt8], name: String, chunkSize: Int = 1 << 20, limits: CSVLimits = CSVLimits(),
        allowsComments: Bool = false
    ) {
        self.init(source: .memory(bytes, offset: 0), name: name, chunkSize: max(1, chunkSize), limits: limits, allowsComments: allowsComments)
    }

    private init(source: Source, name: String, chunkSize: Int, limits: CSVLimits, allowsComments: Bool) {
        path = name
        self.limits = limits
        self.source = source
        self.chunkSize = chunkSize
        chunk = .allocate(capacity: max(TextEncoding.bytesNeeded, chunkSize))
        tokenizer = .allocate(capacity: 1)
        tokenizer.initialize(to: CSVTokenizer(file: name, limits: limits, allowsComments: allowsComments))
    }

    deinit {
        tokenizer.pointee.deallocate()
        tokenizer.deinitialize(count: 1)
        tokenizer.deallocate()
        chunk.deallocate()
    }

    // MARK: Moving

    /// Moves to the next record.
    /// - Returns: `false` at the end of the file.
    /// - Throws: ``InputError`` for malformed CSV, invalid UTF-8 or a record over the limits.
    public func nextRecord() throws(InputError) -> Bool {
        tokenizer.pointee.beginRecord(at: base + position)
        while true {
            if position == chunkCount {
                guard try loadChunk() else {
                    let complete = try tokenizer.pointee.finish(at: base + position)
                    if complete { recordCompleted() }
                    return complete
                }
                continue
            }
            let bytes = UnsafeBufferPointer(start: chunk, count: chunkCount)
            let (next, complete) = try tokenizer.pointee.scan(bytes, base: base, from: position)
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
                    .structure, Provenance(file: path, line: blankLine), problem: "a blank line comes before more rows",
                    expected: "expected blank lines only at the end of the file")
            }
            return true
        }
        return false
    }

    // MARK: The current record

    /// The 1-based line the current record starts on.
    public var line: Int { tokenizer.pointee.recordLine }

    /// The number of fields in the current record (a blank line has one empty field).
    public var fieldCount: Int { tokenizer.pointee.fieldCount }

    /// Whether the current record is a blank line.
    public var isBlank: Bool {
        guard tokenizer.pointee.fieldCount == 1 else { return false }
        let span = tokenizer.pointee.spans[0]
        return !span.quoted && span.start == span.end
    }

    /// The text of field `index` (quotes removed, doubled quotes undone).
    public func string(_ index: Int) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the bytes of field `index`; they are valid only inside `body`.
    public func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let span = span(index)
        return try body(UnsafeBufferPointer(start: tokenizer.pointee.bytes + span.start, count: span.end - span.start))
    }

    /// The bytes of field `index`, without a closure: they are valid until the scanner moves to
    /// another record, and must not be used after that.
    func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = span(index)
        return UnsafeBufferPointer(start: tokenizer.pointee.bytes + span.start, count: span.end - span.start)
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
        precondition(index >= 0 && index < tokenizer.pointee.fieldCount, "field \(index) of a record with \(tokenizer.pointee.fieldCount) fields")
        return tokenizer.pointee.spans[index]
    }

    // MARK: File-level facts

    /// Names of the fields by position, used in the scanner's own error messages
    /// (`field 'value': … is not valid UTF-8`). Readers set it from the header.
    public var fieldNames: [String] {
        get { tokenizer.pointee.fieldNames }
        set { tokenizer.pointee.fieldNames = newValue }
    }

    /// The comment lines read so far (with their `#`).
    public var comments: [String] { tokenizer.pointee.comments }

    /// Whether a comment line marked the file as illustrative (`# illustrative …`).
    public var illustrative: Bool { tokenizer.pointee.illustrative }

    /// The vintage a comment line declared (`# vintage: YYYY-MM-DD`), `nil` when none did.
    public var vintage: CalendarDate? { tokenizer.pointee.vintage?.date }

    // MARK: Chunks

    private func recordCompleted() {
        if !isBlank { tokenizer.pointee.commentsOpen = false }
    }

    /// Moves to the next chunk; on the first one, refuses UTF-16 and UTF-32 and skips a UTF-8
    /// byte-order mark.
    private func loadChunk() throws(InputError) -> Bool {
        base += chunkCount
        position = 0
        chunkCount = try source.read(into: UnsafeMutableBufferPointer(start: chunk, count: chunkSize))
        guard chunkCount > 0 else { return false }
        if !started {
            started = true
            let needed = TextEncoding.bytesNeeded
            while chunkCount < needed {
                let more = try source.read(into: UnsafeMutableBufferPointer(start: chunk + chunkCount, count: needed - chunkCount))
                if more == 0 { break }
                chunkCount += more
            }
            try TextEncoding.refuseUnsupported(head: UnsafeBufferPointer(start: chunk, count: chunkCount), file: path)
            if chunkCount >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF {
                position = 3
                tokenizer.pointee.skipByteOrderMark(count: 3)
            }
        }
        return true
    }

    /// Where the bytes come from.
    private enum Source {
        case file(InputFile)
        case memory([UInt8], offset: Int)

        /// Reads up to `destination.count` bytes into `destination`; 0 at the end.
        mutating func read(into destination: UnsafeMutableBufferPointer<UInt8>) throws(InputError) -> Int {
            switch self {
            case .file(let file):
                return try file.readChunk(into: destination)
            case .memory(let bytes, let offset):
                let count = min(bytes.count - offset, destination.count)
                guard count > 0 else { return 0 }
                bytes.withUnsafeBufferPointer { source in
                    destination.baseAddress!.update(from: source.baseAddress! + offset, count: count)
                }
                self = .memory(bytes, offset: offset + count)
                return count
            }
        }
    }
}
