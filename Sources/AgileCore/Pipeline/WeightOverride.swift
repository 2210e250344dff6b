// One node's weight set by hand: `P2=2` on the command line, a row of a weights file.

/// The weight of one node (indicator or aggregate, by its id), replacing the weight the run's
/// weights would give it. Relative within its parent, as every weight is; 0 leaves the node
/// out, its siblings re-scaled (as `agile audit remove` does).
///
/// ```swift
/// try WeightOverride(parsing: "P2=2")      // node "P2", weight 2
/// try WeightOverride(parsing: "D05=0.5")   // node "D05", weight 0.5
/// try WeightOverride(parsing: "P2=-1")     // throws: "-1" is negative …
/// ```
public struct WeightOverride: Hashable, Sendable, CustomStringConvertible {
    /// The node's id.
    public var node: String
    /// Its weight: finite and at least 0.
    public var weight: Double

    public init(node: String, weight: Double) {
        self.node = node
        self.weight = weight
    }

    /// Reads `ID=WEIGHT` (spaces around either part are ignored).
    /// - Throws: ``WeightOverrideError`` saying what is wrong and what was expected.
    public init(parsing text: String) throws(WeightOverrideError) {
        guard let equals = text.firstIndex(of: "=") else { throw .malformed(text: text) }
        let node = String(text[..<equals].trimmingSpaces())
        guard !node.isEmpty else { throw .malformed(text: text) }
        self.init(node: node, weight: try Self.weight(String(text[text.index(after: equals)...].trimmingSpaces())))
    }

    /// A weight written as text: a plain decimal number, finite, not negative.
    /// - Throws: ``WeightOverrideError`` for anything else.
    public static func weight(_ text: String) throws(WeightOverrideError) -> Double {
        guard let value = DecimalNumber.parse(text) else {
            if let loose = Double(text), !loose.isFinite { throw .notFinite(value: text) }
            throw .notANumber(value: text)
        }
        guard value.isFinite else { throw .notFinite(value: text) }
        guard value >= 0 else { throw .negative(value: text) }
        return value == 0 ? 0 : value
    }

    /// `ID=WEIGHT`, the weight in full precision (``PlainDecimal``): reads back to the same override.
    public var description: String { "\(node)=\(PlainDecimal.text(weight))" }
}

/// Why a weight written as text cannot be read.
public enum WeightOverrideError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not of the form `ID=WEIGHT`.
    case malformed(text: String)
    /// The weight is not a number.
    case notANumber(value: String)
    /// The weight is a number too large for double precision, an infinity or not-a-number.
    case notFinite(value: String)
    /// The weight is below zero.
    case negative(value: String)

    /// What a weight must be, for every message.
    public static let expectedWeight = "expected a weight of at least 0, such as 2 or 0.5; 0 leaves the node out"

    public var description: String {
        switch self {
        case .malformed:
            "expected ID=WEIGHT: the id of a pillar, dimension or indicator and its weight, such as P2=2 or D05=0.5"
        case .notANumber(let value):
            "\"\(Printable.value(value))\" is not a number; \(Self.expectedWeight)"
        case .notFinite(let value):
            "\"\(Printable.value(value))\" is not a finite number; \(Self.expectedWeight)"
        case .negative(let value):
            "\"\(Printable.value(value))\" is negative; \(Self.expectedWeight)"
        }
    }
}
