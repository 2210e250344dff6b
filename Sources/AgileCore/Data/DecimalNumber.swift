// Strict parsing of decimal numbers as data files write them.

/// Parses plain decimal numbers: `12`, `-0.5`, `1e6`, `3.25E-2`.
///
/// Unlike `Double(_:)` it refuses `nan`, `inf`, hexadecimal floats, thousands separators and
/// surrounding text, so a data cell that is not a number is reported, never silently read.
public enum DecimalNumber {
    /// The value of `text`, or `nil` when `text` is not a plain decimal number.
    public static func parse(_ text: Substring) -> Double? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        let end = utf8.endIndex
        guard index < end else { return nil }
        if utf8[index] == UInt8(ascii: "+") || utf8[index] == UInt8(ascii: "-") { index = utf8.index(after: index) }
        var digits = 0
        while index < end, isDigit(utf8[index]) { digits += 1; index = utf8.index(after: index) }
        if index < end, utf8[index] == UInt8(ascii: ".") {
            index = utf8.index(after: index)
            while index < end, isDigit(utf8[index]) { digits += 1; index = utf8.index(after: index) }
        }
        guard digits > 0 else { return nil }
        if index < end, utf8[index] == UInt8(ascii: "e") || utf8[index] == UInt8(ascii: "E") {
            index = utf8.index(after: index)
            if index < end, utf8[index] == UInt8(ascii: "+") || utf8[index] == UInt8(ascii: "-") { index = utf8.index(after: index) }
            var exponentDigits = 0
            while index < end, isDigit(utf8[index]) { exponentDigits += 1; index = utf8.index(after: index) }
            guard exponentDigits > 0 else { return nil }
        }
        guard index == end else { return nil }
        return Double(text)
    }

    /// The value of `text`, or `nil` when it is not a plain decimal number.
    public static func parse(_ text: String) -> Double? {
        parse(Substring(text))
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
