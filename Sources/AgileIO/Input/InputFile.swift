// A file read in fixed-size chunks, so readers stream without holding the whole file.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgileCore

/// An input file opened for streaming reads.
///
/// ```swift
/// let file = try InputFile(path: "Data/agile-2024-long.csv")
/// while let chunk = try file.nextChunk() { … }
/// ```
public final class InputFile {
    /// The path as the user gave it; used in every error message.
    public let path: String
    /// The bytes read per chunk.
    public let chunkSize: Int
    private let descriptor: Int32
    /// The buffer of ``nextChunk()``, allocated on its first call.
    private var buffer: [UInt8] = []
    private var finished = false

    /// Opens `path` for reading.
    /// - Throws: ``InputError`` when the file cannot be opened or is a directory.
    public init(path: String, chunkSize: Int = 1 << 20) throws(InputError) {
        self.path = path
        self.chunkSize = max(16, chunkSize)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw InputError(Provenance(file: path, line: 0), problem: "cannot be opened: \(String(cString: strerror(errno)))")
        }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw InputError(Provenance(file: path, line: 0), problem: "is a folder, not a file")
        }
        descriptor = fd
    }

    deinit { close(descriptor) }

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
        guard !finished, let start = destination.baseAddress else { return 0 }
        var count = 0
        let capacity = destination.count
        while count < capacity {
            let n = read(descriptor, start + count, capacity - count)
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(Provenance(file: path, line: 0), problem: "cannot be read: \(String(cString: strerror(errno)))")
            }
            if n == 0 {
                finished = true
                break
            }
            count += n
        }
        return count
    }

    /// The first `count` bytes of a file (for recognising its format), without consuming them.
    public static func head(of path: String, count: Int = 4096) throws(InputError) -> [UInt8] {
        let file = try InputFile(path: path, chunkSize: count)
        guard let chunk = try file.nextChunk() else { return [] }
        return Array(chunk)
    }
}
