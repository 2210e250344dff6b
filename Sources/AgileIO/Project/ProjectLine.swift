// One line of a project file: blank, a comment, or key = "string", read as TOML reads it.

import AgileCore

/// A line of ``ProjectFile``: its key and string value, with the place of each for messages.
struct ProjectLine {
    /// A key as written and where it starts.
    struct Key {
        let text: String
        let place: Provenance
    }

    private let scalars: [Unicode.Scalar]
    private let file: String
    private let line: Int
    private var index = 0

    init(_ text: String, file: String, line: Int) {
        scalars = Array(text.unicodeScalars)
        self.file = file
        self.line = line
    }

    private static let expectedLine = "expected key = \"path\", a # comment or a blank line"

    /// The line's key and value, or `nil` for a blank or comment line.
    /// - Throws: ``InputError`` for anything else, naming the column and the key.
    mutating func entry() throws(InputError) -> (Key, String)? {
        skipSpaces()
        guard let first = current, first != "#" else { return nil }
        if first == "[" {
            throw error(.structure, value: rest, problem: "is a table header; a project file has no tables", expected: Self.expectedLine)
        }
        let keyStart = index
        while let scalar = current, Self.isBareKey(scalar) { index += 1 }
        let keyText = String(String.UnicodeScalarView(scalars[keyStart..<index]))
        let key = Key(text: keyText, place: place(keyStart))
        skipSpaces()
        guard !keyText.isEmpty, current == "=" else {
            index = keyStart
            throw error(.structure, value: rest, problem: "is not a key = \"path\" line", expected: Self.expectedLine)
        }
        guard ProjectFile.keys.contains(keyText) else {
            index = keyStart
            throw error(.unknownCode, value: keyText, problem: "is not a key of a project file",
                        expected: "expected one of \(ProjectFile.keys.joined(separator: ", "))")
        }
        index += 1
        skipSpaces()
        let value = try string(key: keyText)
        skipSpaces()
        if let trailing = current, trailing != "#" {
            throw error(.structure, field: keyText, value: rest, problem: "follows the value", expected: "expected nothing after the closing quote but a # comment")
        }
        return (key, value)
    }

    /// The quoted string at the current place.
    private mutating func string(key: String) throws(InputError) -> String {
        let start = index
        let expected = "expected a path in quotes: \(key) = \"…\""
        guard let quote = current, quote == "\"" || quote == "'" else {
            throw error(current == nil ? .missingValue : .malformedValue, field: key, value: current == nil ? nil : rest,
                        problem: current == nil ? "has no value" : "is not a quoted string", expected: expected)
        }
        if scalars.count >= index + 3, scalars[index + 1] == quote, scalars[index + 2] == quote {
            throw error(.malformedValue, field: key, value: rest, problem: "is a multi-line string", expected: "expected a path on one line in quotes: \(key) = \"…\"")
        }
        index += 1
        var text = String.UnicodeScalarView()
        while true {
            guard let scalar = current else {
                index = start
                throw error(.structure, field: key, problem: "has no closing quote", expected: expected)
            }
            index += 1
            if scalar == quote { break }
            if scalar == "\\" && quote == "\"" {
                text.append(try escape(key: key))
            } else {
                text.append(scalar)
            }
        }
        guard !text.isEmpty else {
            index = start
            throw error(.missingValue, field: key, problem: "is empty", expected: expected)
        }
        return String(text)
    }

    /// The character of the escape after a backslash (the backslash already read).
    private mutating func escape(key: String) throws(InputError) -> Unicode.Scalar {
        let start = index - 1
        let letter = current
        index += 1
        switch letter {
        case "\"": return "\""
        case "\\": return "\\"
        case "u", "U":
            let digits = letter == "u" ? 4 : 8
            if scalars.count >= index + digits,
               let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + digits])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                index += digits
                return scalar
            }
            fallthrough
        default:
            let end = min(scalars.count, start + 2 + (letter == "u" ? 4 : letter == "U" ? 8 : 0))
            index = start
            throw error(.malformedValue, field: key, value: String(String.UnicodeScalarView(scalars[start..<end])),
                        problem: "is not an escape a project file takes", expected: "expected \\\", \\\\, \\uXXXX or \\UXXXXXXXX, or the path in single quotes")
        }
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    /// The text from the current place to the end of the line.
    private var rest: String { String(String.UnicodeScalarView(scalars[min(index, scalars.count)...])) }

    private mutating func skipSpaces() {
        while let scalar = current, scalar == " " || scalar == "\t" { index += 1 }
    }

    private func place(_ index: Int) -> Provenance {
        Provenance(file: file, line: line, column: index + 1)
    }

    private func error(_ kind: InputError.Kind, field: String? = nil, value: String? = nil, problem: String, expected: String) -> InputError {
        InputError(kind, place(index), field: field, value: value, problem: problem, expected: expected)
    }

    /// TOML's bare keys: ASCII letters, digits, `_` and `-`.
    private static func isBareKey(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-": return true
        default: return false
        }
    }
}
