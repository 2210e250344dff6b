// The fields of one VESTA episode object read with Python's meaning of "present" and int().

import AgileCore

/// Reads fields of one object of `results.json` / `errors.json`; errors name the field, its
/// place and the episode (`episode 4, instance_id "x"`).
struct VestaFields {
    /// The largest tool-call count accepted (VESTA accepts any integer; we refuse absurd ones).
    static let maximumToolCalls = 1_000_000_000

    let item: JSONNode
    let number: Int
    let file: VestaJSONFile
    /// `episode` or `error row`.
    let what: String

    /// The field's text, or `nil` when it is absent or false in Python's sense (`""`, `null`,
    /// `0`, `false`, `[]`, `{}`). Numbers give their text; `true` gives `True`, as `str()` does.
    func text(_ key: String) throws(InputError) -> String? {
        guard let node = item[key], node.isTruthy else { return nil }
        switch node.value {
        case .string(let text), .number(let text): return text
        case .bool: return "True"
        case .null: return nil
        case .array, .object:
            throw InputError(.structure, file.location(node), field: key, value: node.shown, problem: "is \(node.kind), not text",
                             expected: "\(context): expected a string")
        }
    }

    /// The field as Python's `int(value or 0)` reads it: `true` is 1, `3.9` is 3, `" 7 "` is 7.
    func count(_ key: String) throws(InputError) -> Int {
        guard let node = item[key], node.isTruthy else { return 0 }
        let bad = { (kind: InputError.Kind, problem: String) in
            InputError(kind, file.location(node), field: key, value: node.shown, problem: problem,
                       expected: "\(context): expected a whole number of tool calls")
        }
        let value: Int?
        switch node.value {
        case .bool(let flag): value = flag ? 1 : 0
        case .number(let text):
            if text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) {
                value = Int(text)
                if value == nil { throw bad(.outOfRange, "is more than \(Self.maximumToolCalls) tool calls") }
            } else {
                guard let real = Double(text), real.isFinite else { throw bad(.notANumber, "is not a finite number") }
                guard abs(real) <= Double(Self.maximumToolCalls) else { throw bad(.outOfRange, "is more than \(Self.maximumToolCalls) tool calls") }
                value = Int(real.rounded(.towardZero))
            }
        case .string(let text):
            guard let parsed = Self.pythonInteger(text) else { throw bad(.notANumber, "is not a number") }
            value = parsed
        case .null, .array, .object:
            throw bad(.notANumber, "is \(node.kind), not a number")
        }
        guard let value, abs(value) <= Self.maximumToolCalls else { throw bad(.outOfRange, "is more than \(Self.maximumToolCalls) tool calls") }
        return value
    }

    /// `episode 4, instance_id "x"` — which object of the file this is.
    var context: String {
        var text = "\(what) \(number)"
        if let id = item["instance_id"], case .string(let name) = id.value, !name.isEmpty {
            text += ", instance_id \"\(InputError.printable(name))\""
        }
        return text
    }

    /// Python's `int(text)` for decimal text: surrounding whitespace, a sign, digits with single
    /// underscores between them; `nil` for anything else or a value beyond `Int`.
    static func pythonInteger(_ text: String) -> Int? {
        var body = Substring(text.trimmingPythonWhitespaceForInt())
        var negative = false
        if let sign = body.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        guard let first = body.first, first.isASCII, first.isNumber, body.last != "_", !body.contains("__") else { return nil }
        let digits = body.filter { $0 != "_" }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let magnitude = Int(digits) else { return nil }
        return negative ? -magnitude : magnitude
    }
}

extension String {
    /// Surrounding ASCII whitespace removed (what `int()` skips in practice).
    fileprivate func trimmingPythonWhitespaceForInt() -> String {
        let spaces: Set<UInt32> = [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D]
        let scalars = Array(unicodeScalars)
        guard let start = scalars.firstIndex(where: { !spaces.contains($0.value) }) else { return "" }
        let end = scalars.lastIndex(where: { !spaces.contains($0.value) })!
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start...end])
        return String(out)
    }
}
