// A strict JSON parser (RFC 8259, plus Python's NaN and Infinity) that reports errors by line and column.

import AgileCore

/// Parses a JSON document into ``JSONNode``s, each with the offset where it starts.
///
/// It accepts what Python's `json.load` accepts: RFC 8259 JSON, plus `NaN`, `Infinity` and
/// `-Infinity`, and a leading UTF-8 byte-order mark (which Python refuses; we skip it). Errors
/// name the place: `results.json:3:14: "x" is not valid JSON here (expected a value)`.
/// Nesting is limited (512 levels by default) so a hostile file cannot exhaust the stack.
///
/// ```swift
/// let root = try JSONParser(bytes: bytes, positions: JSONPositions(file: path, bytes: bytes)).parse()
/// ```
public struct JSONParser {
    /// The deepest nesting of arrays and objects accepted.
    public static let defaultMaximumDepth = 512

    private let bytes: [UInt8]
    private let positions: JSONPositions
    private let maximumDepth: Int
    private var index = 0
    private var depth = 0

    public init(bytes: [UInt8], positions: JSONPositions, maximumDepth: Int = JSONParser.defaultMaximumDepth) {
        self.bytes = bytes
        self.positions = positions
        self.maximumDepth = maximumDepth
    }

    /// Parses the whole document (one value, surrounded by whitespace only).
    public mutating func parse() throws(InputError) -> JSONNode {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipWhitespace()
        guard index < bytes.count else {
            throw InputError(.structure, positions.location(index), problem: "holds no JSON value", expected: "expected a JSON document")
        }
        let root = try value()
        skipWhitespace()
        if index < bytes.count {
            throw InputError(.structure, positions.location(index), value: character(at: index), problem: "follows the end of the JSON document",
                             expected: "expected nothing after the top-level value")
        }
        return root
    }

    // MARK: Values

    private mutating func value() throws(InputError) -> JSONNode {
        guard index < bytes.count else { throw endOfText("a value") }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return JSONNode(offset: start, value: try object())
        case UInt8(ascii: "["): return JSONNode(offset: start, value: try array())
        case UInt8(ascii: "\""): return JSONNode(offset: start, value: .string(try string()))
        case UInt8(ascii: "t"): try literal("true"); return JSONNode(offset: start, value: .bool(true))
        case UInt8(ascii: "f"): try literal("false"); return JSONNode(offset: start, value: .bool(false))
        case UInt8(ascii: "n"): try literal("null"); return JSONNode(offset: start, value: .null)
        case UInt8(ascii: "N"): try literal("NaN"); return JSONNode(offset: start, value: .number("NaN"))
        case UInt8(ascii: "I"): try literal("Infinity"); return JSONNode(offset: start, value: .number("Infinity"))
        case UInt8(ascii: "-") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "I"):
            try literal("-Infinity")
            return JSONNode(offset: start, value: .number("-Infinity"))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return JSONNode(offset: start, value: .number(try number()))
        default: throw unexpected("a value")
        }
    }

    private mutating func object() throws(InputError) -> JSONNode.Value {
        try enter()
        index += 1
        var members: [(key: String, node: JSONNode)] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw endOfText("a member name in double quotes") }
            guard bytes[index] == UInt8(ascii: "\"") else { throw unexpected("a member name in double quotes") }
            let key = try string()
            skipWhitespace()
            guard index < bytes.count else { throw endOfText("':'") }
            guard bytes[index] == UInt8(ascii: ":") else { throw unexpected("':' after the member name") }
            index += 1
            skipWhitespace()
            members.append((key, try value()))
            skipWhitespace()
            guard index < bytes.count else { throw endOfText("',' or '}'") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "}") else { throw unexpected("',' or '}'") }
            index += 1
            depth -= 1
            return .object(members)
        }
    }

    private mutating func array() throws(InputError) -> JSONNode.Value {
        try enter()
        index += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try value())
            skipWhitespace()
            guard index < bytes.count else { throw endOfText("',' or ']'") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "]") else { throw unexpected("',' or ']'") }
            index += 1
            depth -= 1
            return .array(items)
        }
    }

    private mutating func enter() throws(InputError) {
        depth += 1
        if depth > maximumDepth {
            throw InputError(.limit, positions.location(index), problem: "nests arrays and objects more than \(maximumDepth) levels deep",
                             expected: "expected at most \(maximumDepth) levels")
        }
    }

    private mutating func literal(_ word: StaticString) throws(InputError) {
        var position = index
        for byte in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            guard position < bytes.count, bytes[position] == byte else { throw unexpected("a value") }
            position += 1
        }
        index = position
    }

    private mutating func number() throws(InputError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw index < bytes.count ? unexpected("a digit") : endOfText("a digit") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw index < bytes.count ? unexpected("a digit after '.'") : endOfText("a digit") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw index < bytes.count ? unexpected("a digit in the exponent") : endOfText("a digit") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func string() throws(InputError) -> String {
        let opening = index
        index += 1
        // Fast path: a string of plain ASCII without escapes becomes a String in one step.
        var end = index
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: bytes[index..<end], as: UTF8.self)
                index = end + 1
                return text
            }
            if byte < 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\\") { break }
            end += 1
        }
        var scalars = String.UnicodeScalarView()
        var runStart = index
        while true {
            guard index < bytes.count else {
                throw InputError(.structure, positions.location(opening), problem: "opens a string that is never closed", expected: "expected a closing '\"'")
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                try appendRun(runStart..<index, to: &scalars)
                index += 1
                return String(scalars)
            }
            if byte < 0x20 {
                throw InputError(.encoding, positions.location(index), value: String(UnicodeScalar(byte)), problem: "is a control character inside a string",
                                 expected: "expected it escaped, e.g. \\n or \\u0000")
            }
            if byte == UInt8(ascii: "\\") {
                try appendRun(runStart..<index, to: &scalars)
                try escape(into: &scalars)
                runStart = index
                continue
            }
            index += 1
        }
    }

    /// Appends the UTF-8 bytes of `range` (no quotes or escapes in it), checking them.
    private func appendRun(_ range: Range<Int>, to scalars: inout String.UnicodeScalarView) throws(InputError) {
        guard !range.isEmpty else { return }
        var decoder = UTF8()
        var iterator = bytes[range].makeIterator()
        var offset = range.lowerBound
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                offset += UTF8.width(scalar)
            case .emptyInput:
                return
            case .error:
                throw InputError(.encoding, positions.location(offset), problem: "is not valid UTF-8", expected: "expected UTF-8 text")
            }
        }
    }

    private mutating func escape(into scalars: inout String.UnicodeScalarView) throws(InputError) {
        let start = index
        index += 1
        guard index < bytes.count else { throw endOfText("an escape such as \\n") }
        let code = bytes[index]
        index += 1
        switch code {
        case UInt8(ascii: "\""): scalars.append("\"")
        case UInt8(ascii: "\\"): scalars.append("\\")
        case UInt8(ascii: "/"): scalars.append("/")
        case UInt8(ascii: "b"): scalars.append("\u{08}")
        case UInt8(ascii: "f"): scalars.append("\u{0C}")
        case UInt8(ascii: "n"): scalars.append("\n")
        case UInt8(ascii: "r"): scalars.append("\r")
        case UInt8(ascii: "t"): scalars.append("\t")
        case UInt8(ascii: "u"):
            let unit = try hexUnit(escapeStart: start)
            if (0xD800...0xDBFF).contains(unit), bytes[index...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) {
                let save = index
                index += 1
                let low = try hexUnit(escapeStart: save)
                if (0xDC00...0xDFFF).contains(low) {
                    scalars.append(UnicodeScalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!)
                    return
                }
                index = save
            }
            // A lone surrogate (Python keeps it; a Swift string cannot): the replacement character.
            scalars.append(UnicodeScalar(unit) ?? "\u{FFFD}")
        default:
            throw InputError(.structure, positions.location(start), value: "\\" + character(at: index - 1), problem: "is not a JSON escape",
                             expected: "expected \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX")
        }
    }

    /// The four hex digits after `\u` as a number.
    private mutating func hexUnit(escapeStart: Int) throws(InputError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw endOfText("four hex digits after \\u") }
        var unit: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default:
                throw InputError(.structure, positions.location(escapeStart), problem: "is a \\u escape without four hex digits",
                                 expected: "expected \\uXXXX")
            }
            unit = unit << 4 | digit
            index += 1
        }
        return unit
    }

    // MARK: Pieces

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The character at `offset` as text (a byte that starts no valid character as `\u{…}`).
    private func character(at offset: Int) -> String {
        var decoder = UTF8()
        var iterator = bytes[offset..<min(bytes.count, offset + 4)].makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return String(scalar) }
        return String(UnicodeScalar(bytes[offset]))
    }

    private func unexpected(_ what: String) -> InputError {
        InputError(.structure, positions.location(index), value: character(at: index), problem: "is not valid JSON here", expected: "expected \(what)")
    }

    private func endOfText(_ what: String) -> InputError {
        InputError(.structure, positions.location(index), problem: "the JSON text ends too soon", expected: "expected \(what)")
    }
}
