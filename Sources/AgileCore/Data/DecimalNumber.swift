// Strict parsing of decimal numbers as data files write them.

/// Parses plain decimal numbers: `12`, `-0.5`, `1e6`, `3.25E-2`.
///
/// Unlike `Double(_:)` it refuses `nan`, `inf`, hexadecimal floats, thousands separators and
/// surrounding text, so a data cell that is not a number is reported, never silently read.
///
/// The text is read as UTF-8 bytes and becomes a `String` only for unusual numbers. A number
/// whose digits, read as one integer, are at most 2⁵³ and whose decimal exponent lies within ±22
/// (`6227.6554`, `-0.5`, `1e6`) is converted with a single multiplication or division, which is
/// exact; any other number is converted by `Double(_:)`. Both give the correctly rounded
/// `Double`, so the result is always the one `Double(_:)` gives for the same text.
public enum DecimalNumber {
    /// The value of the UTF-8 text `bytes`, or `nil` when it is not a plain decimal number.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let p = bytes.baseAddress, !bytes.isEmpty else { return nil }
        let end = bytes.count
        var index = 0
        let negative = p[0] == UInt8(ascii: "-")
        if negative || p[0] == UInt8(ascii: "+") { index = 1 }
        // The digits as one integer (leading zeros dropped) while it holds at most 19 of them.
        var significand: UInt64 = 0
        var significantDigits = 0
        var digits = 0
        var fractionDigits = 0
        while index < end, isDigit(p[index]) {
            accumulate(p[index], into: &significand, counting: &significantDigits)
            digits += 1
            index += 1
        }
        if index < end, p[index] == UInt8(ascii: ".") {
            index += 1
            while index < end, isDigit(p[index]) {
                accumulate(p[index], into: &significand, counting: &significantDigits)
                digits += 1
                fractionDigits += 1
                index += 1
            }
        }
        guard digits > 0 else { return nil }
        var exponent = 0
        if index < end, p[index] == UInt8(ascii: "e") || p[index] == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if index < end, p[index] == UInt8(ascii: "+") || p[index] == UInt8(ascii: "-") {
                exponentNegative = p[index] == UInt8(ascii: "-")
                index += 1
            }
            var exponentDigits = 0
            while index < end, isDigit(p[index]) {
                // Capped: beyond it the exact path is out of reach anyway.
                if exponent < 100_000 { exponent = exponent * 10 + Int(p[index] &- UInt8(ascii: "0")) }
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0 else { return nil }
            if exponentNegative { exponent = -exponent }
        }
        guard index == end else { return nil }
        // Clinger's fast path: the significand (≤ 2⁵³) and the power of ten (≤ 10²²) are both
        // exact doubles, so one IEEE multiplication or division gives the correctly rounded value.
        let scale = exponent - fractionDigits
        if significantDigits <= 19, significand <= 1 << 53, scale >= -22, scale <= 22 {
            let magnitude = Double(significand)
            let value = scale < 0 ? magnitude / powersOfTen[-scale] : magnitude * powersOfTen[scale]
            return negative ? -value : value
        }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// The value of `text`, or `nil` when `text` is not a plain decimal number.
    public static func parse(_ text: Substring) -> Double? {
        if let value = text.utf8.withContiguousStorageIfAvailable({ parse($0) }) { return value }
        return Array(text.utf8).withUnsafeBufferPointer { parse($0) }
    }

    /// The value of `text`, or `nil` when it is not a plain decimal number.
    public static func parse(_ text: String) -> Double? {
        parse(Substring(text))
    }

    /// 10⁰ … 10²², every one exactly representable as a `Double`.
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// Adds a digit to `significand` unless it already holds 19 significant digits (then only
    /// the count grows, and the exact path is not taken).
    @inline(__always)
    private static func accumulate(_ digit: UInt8, into significand: inout UInt64, counting count: inout Int) {
        if count == 0 && digit == UInt8(ascii: "0") { return }
        count += 1
        if count <= 19 { significand = significand &* 10 &+ UInt64(digit &- UInt8(ascii: "0")) }
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
