// The String of the bytes seen last, kept so that a value repeated row after row is made once.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns UTF-8 bytes into a `String`, reusing the previous `String` when the bytes are the same
/// as the previous call's (a `source` or `note` column usually repeats from row to row).
///
/// ```swift
/// var sources = RecentString()
/// let source = sources.string(bytes) // made once, then reused while the bytes repeat
/// ```
struct RecentString {
    private var bytes: [UInt8] = []
    private var text = ""

    /// The text of the UTF-8 `bytes` (invalid UTF-8 is repaired, as `String(decoding:as:)` does).
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if !repeats(bytes) {
            self.bytes.removeAll(keepingCapacity: true)
            self.bytes.append(contentsOf: bytes)
            text = String(decoding: bytes, as: UTF8.self)
        }
        return text
    }

    /// Whether `bytes` are the bytes of the previous call; short values (the usual case) are
    /// compared in line rather than through `memcmp`.
    @inline(__always)
    private func repeats(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        self.bytes.withUnsafeBufferPointer { previous in
            guard previous.count == bytes.count else { return false }
            guard bytes.count > 16 else {
                for index in 0..<bytes.count where previous[index] != bytes[index] { return false }
                return true
            }
            return memcmp(previous.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        }
    }
}
