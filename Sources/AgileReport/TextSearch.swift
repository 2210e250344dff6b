// Finding ASCII markers in large generated HTML, on bytes (Foundation's search is slow here).

extension Substring {
    /// The first range of `needle` (compared byte for byte), or `nil`.
    func firstRange(ofBytes needle: String) -> Range<Index>? {
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
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(ofBytes: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
