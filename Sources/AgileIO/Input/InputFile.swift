// A file read in fixed-size chunks, once, so readers stream without holding the whole file.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgileCore
import Crypto

/// An input file opened for streaming reads.
///
/// The file is opened once and read once, front to back, so a pipe, a FIFO or standard input
/// (`-`) reads like a disk file: ``head(count:)`` takes the first bytes to recognise the format
/// and keeps them, and the reader then gets them again before the rest of the stream. With
/// `digesting`, every byte read from the file passes through SHA-256 as it is read, so the
/// digest (``sha256()``) is the digest of exactly the bytes that were read.
///
/// ```swift
/// let file = try InputFile(path: "Data/agile-2024-long.csv")
/// let format = try DataFormat.detect(head: file.head(), file: file.path)
/// while let chunk = try file.nextChunk() { … }
/// ```
public final class InputFile {
    /// The path that stands for standard input.
    public static let standardInput = "-"
    /// The name standard input goes by in messages.
    public static let standardInputName = "<stdin>"
    /// The bytes ``head(count:)`` takes by default: an XML prolog of the largest size accepted
    /// and the start of the root element after it.
    public static let headSize = XMLProlog.limit + 4096

    /// The path as the user gave it (``standardInputName`` for `-`); used in every error message.
    public let path: String
    /// The bytes read per chunk.
    public let chunkSize: Int
    private let descriptor: Int32
    /// The buffer of ``nextChunk()``, allocated on its first call.
    private var buffer: [UInt8] = []
    /// The file's first bytes, taken by ``head(count:)``, and how many of them the reader has had.
    private var headBytes: [UInt8]?
    private var headOffset = 0
    /// Whether the descriptor has reached the end of the file.
    private var finished = false
    private var hasher: SHA256?

    /// The name a path goes by in messages: ``standardInputName`` for `-`, else the path.
    public static func name(of path: String) -> String {
        path == standardInput ? standardInputName : path
    }

    /// Opens `path` for reading (`-`: standard input).
    /// - Parameter digesting: whether to take the SHA-256 of the bytes as they are read
    ///   (see ``sha256()``).
    /// - Throws: ``InputError`` when the file cannot be opened or is a directory.
    public init(path: String, chunkSize: Int = 1 << 20, digesting: Bool = false) throws(InputError) {
        let standardInput = path == Self.standardInput
        self.path = Self.name(of: path)
        self.chunkSize = max(16, chunkSize)
        // Standard input is duplicated, so closing this file leaves descriptor 0 alone.
        let fd = standardInput ? fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 0) : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw InputError(.unreadable, Provenance(file: self.path, line: 0), problem: "cannot be opened: \(String(cString: strerror(errno)))")
        }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw InputError(.unreadable, Provenance(file: self.path, line: 0), problem: "is a folder, not a file")
        }
        descriptor = fd
        if digesting { hasher = SHA256() }
    }

    deinit { close(descriptor) }

    /// The first `count` bytes of the file (fewer when it is shorter), for recognising its
    /// format. They are read once and kept: the reads that follow start with them again.
    /// Called after reading has begun, it gives what it took the first time.
    public func head(count: Int = InputFile.headSize) throws(InputError) -> [UInt8] {
        if let headBytes { return headBytes }
        var bytes = [UInt8](repeating: 0, count: max(0, count))
        let read = try bytes.withUnsafeMutableBufferPointer { (raw) throws(InputError) in try readFile(into: raw) }
        bytes.removeSubrange(read...)
        headBytes = bytes
        return bytes
    }

    /// The next chunk of bytes, or `nil` at the end of the file. The chunk is only valid until
    /// the next call.
    public func nextChunk() throws(InputError) -> ArraySlice<UInt8>? {
        if buffer.isEmpty { buffer = [UInt8](repeating: 0, count: chunkSize) }
        let count = try buffer.withUnsafeMutableBufferPointer { (raw) throws(InputError) in try readChunk(into: raw) }
        return count == 0 ? nil : buffer[0..<count]
    }

    /// Reads the next bytes of the file into `destination`, filling it unless the file ends
    /// first (readers that own their buffer use this instead of ``nextChunk()``).
    /// - Returns: the number of bytes read, 0 at the end of the file.
    public func readChunk(into destination: UnsafeMutableBufferPointer<UInt8>) throws(InputError) -> Int {
        guard let start = destination.baseAddress, !destination.isEmpty else { return 0 }
        var count = 0
        if let headBytes, headOffset < headBytes.count {
            count = min(destination.count, headBytes.count - headOffset)
            headBytes.withUnsafeBufferPointer { source in
                start.update(from: source.baseAddress! + headOffset, count: count)
            }
            headOffset += count
        }
        return count + (try readFile(into: UnsafeMutableBufferPointer(rebasing: destination[count...])))
    }

    /// Whether the file was opened with `digesting` (``sha256()`` can be asked for).
    public var isDigesting: Bool { hasher != nil }

    /// The SHA-256 (lowercase hex) of the file's bytes: what remains unread is read first, so
    /// the digest covers every byte of the stream, each read once.
    /// - Precondition: the file was opened with `digesting`.
    public func sha256() throws(InputError) -> String {
        precondition(hasher != nil, "InputFile.sha256() needs a file opened with digesting: true")
        if !finished {
            var rest = [UInt8](repeating: 0, count: 1 << 16)
            while try rest.withUnsafeMutableBufferPointer({ (raw) throws(InputError) in try readChunk(into: raw) }) > 0 {}
        }
        return FileDigest.hex(hasher!.finalize())
    }

    /// Fills `destination` from the descriptor unless the file ends first; every byte read
    /// passes through the digest.
    private func readFile(into destination: UnsafeMutableBufferPointer<UInt8>) throws(InputError) -> Int {
        guard !finished, let start = destination.baseAddress else { return 0 }
        var count = 0
        let capacity = destination.count
        while count < capacity {
            let n = read(descriptor, start + count, capacity - count)
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(.unreadable, Provenance(file: path, line: 0), problem: "cannot be read: \(String(cString: strerror(errno)))")
            }
            if n == 0 {
                finished = true
                break
            }
            count += n
        }
        if hasher != nil, count > 0 { hasher!.update(bufferPointer: UnsafeRawBufferPointer(start: start, count: count)) }
        return count
    }

    /// The first `count` bytes of a file (for recognising its format), from a file opened for
    /// the purpose. For a file that is read afterwards, open it once and use ``head(count:)``.
    public static func head(of path: String, count: Int = InputFile.headSize) throws(InputError) -> [UInt8] {
        try InputFile(path: path, chunkSize: count).head(count: count)
    }
}
