// Writing all of a buffer to an open file, past short writes and interruptions.

#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// What the toolkit's writers (site pages, exports, new project folders) do with an open file.
enum FileDescriptor {
    /// Writes every byte of `bytes` to `fd`, repeating after a short write or `EINTR`.
    /// - Returns: `false` when a write fails (`errno` says why).
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
