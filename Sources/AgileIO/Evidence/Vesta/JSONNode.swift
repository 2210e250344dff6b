// A parsed JSON value that remembers where it starts, with Python's reading of its truth and text.

/// A JSON value and the byte offset (from 0) of its first byte in the document.
///
/// Numbers keep their text, so integers of any size and the difference between `3` and `3.0`
/// survive (as they do for Python's `json`). Objects keep their members in order; looking up a
/// repeated key finds the last one, as a Python `dict` does.
public struct JSONNode: Sendable {
    /// A JSON value.
    public indirect enum Value: Sendable {
        case null
        case bool(Bool)
        /// The number's text as written (`12`, `-0.5`, `1e400`, `NaN`, `Infinity`).
        case number(String)
        case string(String)
        case array([JSONNode])
        case object([(key: String, node: JSONNode)])
    }

    public var offset: Int
    public var value: Value

    public init(offset: Int, value: Value) {
        self.offset = offset
        self.value = value
    }

    /// The member named `key` of an object (the last one if repeated), `nil` otherwise.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.last { $0.key == key }?.node
    }

    /// Whether the value is an object.
    public var isObject: Bool {
        if case .object = value { return true }
        return false
    }

    /// Python's truth value: `null`, `false`, zero, `""`, `[]` and `{}` are false.
    public var isTruthy: Bool {
        switch value {
        case .null: return false
        case .bool(let flag): return flag
        case .number(let text): return !(Double(text).map { $0 == 0 } ?? false)
        case .string(let text): return !text.isEmpty
        case .array(let items): return !items.isEmpty
        case .object(let members): return !members.isEmpty
        }
    }

    /// What the value looks like, for error messages: the text of a string or number,
    /// `true`/`false`/`null`, or `[…]`/`{…}`.
    public var shown: String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let text), .string(let text): return text
        case .array: return "[…]"
        case .object: return "{…}"
        }
    }

    /// The name of the value's JSON type (`a string`, `an array`, …).
    public var kind: String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
