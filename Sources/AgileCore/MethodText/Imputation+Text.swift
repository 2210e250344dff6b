// Imputation written as text: `none`, `mean`, `median`, `group-mean:COLUMN`, `latest-earlier`.

extension Imputation: MethodChoiceText {
    /// Reads `none`, `mean`, `median`, `group-mean:COLUMN` (a grouping of the units) or
    /// `latest-earlier`; the name in any case.
    public init(parsing text: String) throws(MethodChoiceError) {
        switch MethodText.split(text) {
        case ("none", nil): self = .none
        case ("mean", nil): self = .mean
        case ("median", nil): self = .median
        case ("latest-earlier", nil): self = .latestEarlier
        case let ("group-mean", grouping?) where !grouping.isEmpty: self = .groupMean(grouping: grouping)
        case ("group-mean", _): throw .malformed(.imputation, text: text, expected: "group-mean:COLUMN, the grouping whose groups' means fill the gaps")
        default: throw .unknown(.imputation, text: text)
        }
    }

    /// The canonical text: `group-mean:EurAsia_group`.
    public var description: String {
        switch self {
        case .none: "none"
        case .mean: "mean"
        case .median: "median"
        case .groupMean(let grouping): "group-mean:\(grouping)"
        case .latestEarlier: "latest-earlier"
        }
    }
}
