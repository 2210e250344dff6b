// Aggregation written as text: `arithmetic`, `geometric`, `harmonic`, `generalised:P`.

extension Aggregation: MethodChoiceText {
    /// Reads `arithmetic`, `geometric`, `harmonic` or `generalised:P`. P must be finite with a
    /// finite reciprocal (the mean takes the 1/P-th root), or 0 (the geometric mean).
    public init(parsing text: String) throws(MethodChoiceError) {
        switch MethodText.split(text) {
        case ("arithmetic", nil): self = .arithmetic
        case ("geometric", nil): self = .geometric
        case ("harmonic", nil): self = .harmonic
        case ("generalised", let parameters?):
            let form = "generalised:P"
            let p = try MethodText.numbers(parameters, names: ["P"], choice: .aggregation, text: text, form: form)[0]
            guard p == 0 || (1 / p).isFinite else {
                throw .notFinite(.aggregation, text: text, parameter: "1/P", expected: "\(form) with P = 0 or a P whose reciprocal is finite")
            }
            self = .generalised(p: p)
        case ("generalised", nil): throw .malformed(.aggregation, text: text, expected: "generalised:P, the exponent of the power mean")
        default: throw .unknown(.aggregation, text: text)
        }
    }

    /// The canonical text: `generalised:0.5`.
    public var description: String {
        switch self {
        case .arithmetic: "arithmetic"
        case .geometric: "geometric"
        case .harmonic: "harmonic"
        case .generalised(let p): "generalised:\(MethodText.number(p))"
        }
    }
}
