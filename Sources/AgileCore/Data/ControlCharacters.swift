// Control characters in text read from input: refused at ingest, with the character named.

/// The control characters no text field of an input may hold.
///
/// A NUL cuts a stored text short wherever C strings carry it; ESC, BEL and the C1 controls
/// (U+0080–U+009F, among them the 8-bit CSI U+009B) drive a terminal that shows a report or a
/// message; DEL and the rest have no place in a name, a source or a note. Readers refuse them
/// with the place and the field. A tab, a line feed and a carriage return are text layout and
/// stay allowed (line breaks inside a quoted CSV note, say).
///
/// ```swift
/// try ControlCharacters.check(note, field: "note", at: location)
/// // f.csv:2:20: field 'note': "bad\u{1b}[31m" holds the control character U+001B (ESC) (…)
/// ```
public enum ControlCharacters {
    /// What the error says was expected.
    public static let expected = "expected text without control characters; only tab, line feed and carriage return are allowed"

    /// Whether a text field refuses `scalar`: C0 controls other than tab, line feed and carriage
    /// return, DEL, and the C1 controls.
    @inline(__always)
    public static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x09 && value != 0x0A && value != 0x0D }
        return value >= 0x7F && value <= 0x9F
    }

    /// The first refused character of `text`, if any.
    public static func first(in text: String) -> Unicode.Scalar? {
        // Only bytes below 0x20, 0x7F and the lead byte 0xC2 of U+0080–U+00BF can start one.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return nil }
        return text.unicodeScalars.first(where: isRefused)
    }

    /// The first refused character of the UTF-8 `bytes`, if any (a reader's field before it
    /// becomes a `String`).
    @inline(__always)
    public static func first(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D { return Unicode.Scalar(byte) }
            } else if byte == 0x7F {
                return Unicode.Scalar(byte)
            } else if byte == 0xC2, index + 1 < count, bytes[index + 1] <= 0x9F, bytes[index + 1] >= 0x80 {
                // U+0080–U+009F are 0xC2 0x80 – 0xC2 0x9F: the second byte is the code point.
                return Unicode.Scalar(bytes[index + 1])
            }
            index += 1
        }
        return nil
    }

    /// Throws when `text` holds a refused character.
    /// - Parameters:
    ///   - field: the column, attribute or key the text was read from.
    ///   - location: where the field (or the character) stands.
    public static func check(_ text: String, field: String?, at location: Provenance) throws(InputError) {
        guard let scalar = first(in: text) else { return }
        throw error(scalar, in: text, field: field, at: location)
    }

    /// The error for the refused `scalar` found in `text` (the value shown, escaped).
    public static func error(_ scalar: Unicode.Scalar, in text: String, field: String?, at location: Provenance) -> InputError {
        InputError(.encoding, location, field: field, value: text, problem: "holds the control character \(name(scalar))", expected: expected)
    }

    /// The character's code point and, for a control character, its abbreviation:
    /// `U+001B (ESC)`, `U+0085 (NEL)`.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let value = Int(scalar.value)
        if value < 0x20 { return "\(code) (\(c0[value]))" }
        if value == 0x7F { return "\(code) (DEL)" }
        if (0x80...0x9F).contains(value) { return "\(code) (\(c1[value - 0x80]))" }
        return code
    }

    private static let c0 = [
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
        "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
    ]
    private static let c1 = [
        "PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS", "PLD", "PLU", "RI", "SS2", "SS3",
        "DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA", "SOS", "SGC", "SCI", "CSI", "ST", "OSC", "PM", "APC",
    ]
}
