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
    private var buffer: [UInt8]
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
        buffer = [UInt8](repeating: 0, count: self.chunkSize)
    }

    deinit { close(descriptor) }

    /// The next chunk of bytes, or `nil` at the end of the file. The chunk is only valid until
    /// the next call.
    public func nextChunk() throws(InputError) -> ArraySlice<UInt8>? {
        guard !finished else { return nil }
        var count = 0
        let capacity = chunkSize
        let failure: Int32? = buffer.withUnsafeMutableBytes { raw -> Int32? in
            while count < capacity {
                let n = read(descriptor, raw.baseAddress! + count, capacity - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if n == 0 { break }
                count += n
            }
            return nil
        }
        if let failure {
            throw InputError(Provenance(file: path, line: 0), problem: "cannot be read: \(String(cString: strerror(failure)))")
        }
        if count < capacity { finished = true }
        return count == 0 ? nil : buffer[0..<count]
    }

    /// The first `count` bytes of a file (for recognising its format), without consuming them.
    public static func head(of path: String, count: Int = 4096) throws(InputError) -> [UInt8] {
        let file = try InputFile(path: path, chunkSize: count)
        guard let chunk = try file.nextChunk() else { return [] }
        return Array(chunk)
    }
}
