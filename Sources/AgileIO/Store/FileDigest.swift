// SHA-256 of files, for recognising identical ingests and registries.

import AgileCore
import Crypto

/// SHA-256 digests of files and bytes, as lowercase hex.
public enum FileDigest {
    /// The digest of a file, read in chunks.
    public static func sha256(path: String) throws(InputError) -> String {
        let file = try InputFile(path: path)
        var hasher = SHA256()
        while let chunk = try file.nextChunk() {
            chunk.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        }
        return hex(hasher.finalize())
    }

    /// The digest of several files in order: the SHA-256 of their paths and digests, one
    /// `digest  path` line each (a folder of results read as one input).
    public static func sha256(paths: [String]) throws(InputError) -> String {
        var lines = ""
        for path in paths { lines += "\(try sha256(path: path))  \(path)\n" }
        return sha256(Array(lines.utf8))
    }

    /// The digest of bytes in memory.
    static func sha256(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The whole content of a (small) file.
    static func contents(of path: String) throws(InputError) -> [UInt8] {
        let file = try InputFile(path: path)
        var bytes: [UInt8] = []
        while let chunk = try file.nextChunk() { bytes += chunk }
        return bytes
    }

    /// A digest as lowercase hex.
    static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
