// The one grammar of method choices written as text: `name` or `name:parameters`.

/// A method choice with a canonical text form that reads back to the same choice.
///
/// `description` is the canonical text (`minmax:1,100`); ``init(parsing:)`` reads it, and the
/// forms a person types (any case for the name, `1.0` for `1`), refusing non-finite and
/// out-of-range parameters with a ``MethodChoiceError``.
public protocol MethodChoiceText: LosslessStringConvertible, Hashable, Sendable {
    /// Reads a choice from its text.
    /// - Throws: ``MethodChoiceError`` naming the choice, the text and what was expected.
    init(parsing text: String) throws(MethodChoiceError)
}

extension MethodChoiceText {
    public init?(_ description: String) {
        guard let value = try? Self(parsing: description) else { return nil }
        self = value
    }
}

/// The shared pieces of the grammar: `name[:parameters]`, numbers in and out.
enum MethodText {
    /// The method's name (lower-cased) and its parameters, if there is a colon.
    static func split(_ text: String) -> (name: String, parameters: String?) {
        guard let colon = text.firstIndex(of: ":") else { return (text.lowercased(), nil) }
        return (text[..<colon].lowercased(), String(text[text.index(after: colon)...]))
    }

    /// The comma-separated numbers of `parameters`, one per name of `names`, each finite.
    /// - Parameters:
    ///   - form: the method's form, for messages (`minmax:L,U`).
    static func numbers(
        _ parameters: String, names: [String], choice: MethodChoice, text: String, form: String
    ) throws(MethodChoiceError) -> [Double] {
        let parts = parameters.split(separator: ",", omittingEmptySubsequences: false)
        let what = names.count == 1 ? "a number" : "\(names.count) numbers separated by commas"
        let finite = "\(form) with \(names.joined(separator: " and ")) finite"
        guard parts.count == names.count else { throw .malformed(choice, text: text, expected: "\(form): \(what)") }
        var values: [Double] = []
        for (part, name) in zip(parts, names) {
            guard let value = DecimalNumber.parse(part) else {
                // `inf`, `nan` and the like are numbers of a kind, but never a finite one.
                if let loose = Double(String(part)), !loose.isFinite {
                    throw .notFinite(choice, text: text, parameter: name, expected: finite)
                }
                throw .malformed(choice, text: text, expected: "\(form): \(what)")
            }
            guard value.isFinite else { throw .notFinite(choice, text: text, parameter: name, expected: finite) }
            values.append(value)
        }
        return values
    }

    /// A whole number `0...maximum` written in digits only.
    static func whole(
        _ text: Substring, maximum: Int, parameter: String, choice: MethodChoice, whole: String, expected: String
    ) throws(MethodChoiceError) -> Int {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw .malformed(choice, text: whole, expected: expected)
        }
        guard let value = Int(text), value <= maximum else {
            throw .outOfRange(choice, text: whole, parameter: parameter, expected: expected)
        }
        return value
    }

    /// The shortest text that reads back as `value`: whole numbers without a decimal point
    /// (`100`), others as Swift writes them (`0.5`, `1e-05`, `1e+20`).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15, let whole = Int(exactly: value) { return String(whole) }
        return "\(value)"
    }
}
