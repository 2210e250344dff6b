// Finding ASCII markers in large generated HTML, on bytes (Foundation's search is slow here).

extension Substring {
    /// The first range of `needle` (compared byte for byte), or `nil`.
    func firstRange(ofBytes needle: String) -> Range<Index>? {
        var needle = needle
        let found: Range<Int>?? = needle.withUTF8 { pattern in
            utf8.withContiguousStorageIfAvailable { bytes in Substring.firstRange(of: pattern, in: bytes) }
        }
        if let found {
            return found.map { utf8.index(startIndex, offsetBy: $0.lowerBound)..<utf8.index(startIndex, offsetBy: $0.upperBound) }
        }
        return slowFirstRange(ofBytes: needle)
    }

    /// The offsets of the first occurrence of `pattern` in `bytes`.
    private static func firstRange(of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        let last = bytes.count - pattern.count
        var start = 0
        while start <= last {
            if bytes[start] == first {
                var matched = 1
                while matched < pattern.count && bytes[start + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return start..<(start + pattern.count) }
            }
            start += 1
        }
        return nil
    }

    /// The search on a text whose bytes are not contiguous (a bridged string).
    private func slowFirstRange(ofBytes needle: String) -> Range<Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        let bytes = utf8
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: first) {
            var candidate = found
            var matched = true
            for byte in pattern {
                guard candidate < bytes.endIndex, bytes[candidate] == byte else {
                    matched = false
                    break
                }
                candidate = bytes.index(after: candidate)
            }
            if matched { return found..<candidate }
            index = bytes.index(after: found)
        }
        return nil
    }
}

extension String {
    /// `self` with every occurrence of `target` replaced by `replacement`, searched on bytes.
    func replacingBytes(_ target: String, with replacement: String) -> String {
        var rest = Substring(self)
        guard var range = rest.firstRange(ofBytes: target) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count)
        while true {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
            guard let next = rest.firstRange(ofBytes: target) else { break }
            range = next
        }
        out += rest
        return out
    }
}
