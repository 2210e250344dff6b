// Normalisation written as text: `minmax:L,U`, `zscore:M,S`, `rank`, `prank`, `distance-to-max`,
// `distance-to-target`, `goalposts[:SCALE]`.

extension Normalisation: MethodChoiceText {
    /// Reads a normalisation: `minmax` (onto 0–100) or `minmax:L,U`, `zscore` (mean 0, sd 1) or
    /// `zscore:M,S`, `rank`, `prank` (or `percentile-rank`), `distance-to-max`,
    /// `distance-to-target`, `goalposts` (onto each indicator's own scale, else 0–100) or
    /// `goalposts:SCALE` (onto 0–SCALE for every indicator; the posts themselves are declared per
    /// indicator). Parameters must be finite; L below U with U − L and L + U finite (so every
    /// score, and the middle given to a constant indicator, is finite); S and SCALE positive.
    public init(parsing text: String) throws(MethodChoiceError) {
        let (name, parameters) = MethodText.split(text)
        func numbers(_ names: [String], form: String) throws(MethodChoiceError) -> [Double] {
            try MethodText.numbers(parameters ?? "", names: names, choice: .normalisation, text: text, form: form)
        }
        switch (name, parameters) {
        case ("minmax", nil):
            self = .minMax(low: 0, high: 100)
        case ("minmax", _?):
            let bounds = try numbers(["L", "U"], form: "minmax:L,U")
            let (low, high) = (bounds[0], bounds[1])
            guard low < high else { throw .outOfRange(.normalisation, text: text, parameter: "L", expected: "minmax:L,U with L below U") }
            guard (high - low).isFinite else {
                throw .notFinite(.normalisation, text: text, parameter: "U − L", expected: "minmax:L,U with a finite range U − L")
            }
            guard (low + high).isFinite else {
                throw .notFinite(.normalisation, text: text, parameter: "L + U", expected: "minmax:L,U with a finite middle (L + U)/2")
            }
            self = .minMax(low: low, high: high)
        case ("zscore", nil):
            self = .zScore(mean: 0, sd: 1)
        case ("zscore", _?):
            let moments = try numbers(["M", "S"], form: "zscore:M,S")
            guard moments[1] > 0 else { throw .outOfRange(.normalisation, text: text, parameter: "S", expected: "zscore:M,S with S positive") }
            self = .zScore(mean: moments[0], sd: moments[1])
        case ("rank", nil): self = .rank
        case ("prank", nil), ("percentile-rank", nil): self = .percentileRank
        case ("distance-to-max", nil): self = .distanceToMax
        case ("distance-to-target", nil): self = .distanceToTarget
        case ("goalposts", nil): self = .goalposts(scale: nil)
        case ("goalposts", let given?):
            guard !given.contains(",") else {
                throw .malformed(.normalisation, text: text, expected: "goalposts:SCALE, one number: the top of the scores (goalposts:100 scores 0–100); "
                                 + "the goalposts themselves are declared per indicator, in the registry or the iMeta")
            }
            let scale = try numbers(["SCALE"], form: "goalposts:SCALE")[0]
            guard scale > 0 else { throw .outOfRange(.normalisation, text: text, parameter: "SCALE", expected: "goalposts:SCALE with SCALE positive") }
            self = .goalposts(scale: scale)
        case ("rank", _?), ("prank", _?), ("percentile-rank", _?), ("distance-to-max", _?), ("distance-to-target", _?):
            throw .malformed(.normalisation, text: text, expected: "\(name) without parameters")
        default:
            throw .unknown(.normalisation, text: text)
        }
    }

    /// The canonical text: `minmax:1,100`, `zscore:10,2`, `prank`, `goalposts:100`; goalposts
    /// onto each indicator's own scale are `goalposts`.
    public var description: String {
        switch self {
        case .minMax(let low, let high): "minmax:\(MethodText.number(low)),\(MethodText.number(high))"
        case .zScore(let mean, let sd): "zscore:\(MethodText.number(mean)),\(MethodText.number(sd))"
        case .rank: "rank"
        case .percentileRank: "prank"
        case .distanceToMax: "distance-to-max"
        case .distanceToTarget: "distance-to-target"
        case .goalposts(let scale): scale.map { "goalposts:\(MethodText.number($0))" } ?? "goalposts"
        }
    }
}
