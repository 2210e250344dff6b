// The method choices of a run that replace its framework's, as a run records them.

/// The imputation, treatment, normalisation and aggregation chosen for a run instead of the
/// framework's (`nil`: the framework's own). Its text is what the store records with the run:
/// `impute=mean normalise=minmax:1,100 aggregate=geometric` (empty: the framework's method).
///
/// ```swift
/// let choices = try MethodChoices(parsing: "normalise=MINMAX:1.0,100")
/// choices.description                       // "normalise=minmax:1,100"
/// let method = choices.applied(to: framework.method)
/// ```
public struct MethodChoices: MethodChoiceText {
    public var imputation: Imputation?
    public var treatment: Treatment?
    public var normalisation: Normalisation?
    /// Replaces the aggregation of every level.
    public var aggregation: Aggregation?

    public init(imputation: Imputation? = nil, treatment: Treatment? = nil, normalisation: Normalisation? = nil, aggregation: Aggregation? = nil) {
        self.imputation = imputation
        self.treatment = treatment
        self.normalisation = normalisation
        self.aggregation = aggregation
    }

    /// Whether no choice is made (the framework's method as declared).
    public var isEmpty: Bool { imputation == nil && treatment == nil && normalisation == nil && aggregation == nil }

    /// `method` with every choice made here applied; an aggregation replaces every level's.
    public func applied(to method: Method) -> Method {
        var method = method
        if let imputation { method.imputation = imputation }
        if let treatment { method.treatment = treatment }
        if let normalisation { method.normalisation = normalisation }
        if let aggregation {
            method.aggregation = aggregation
            method.aggregationByLevel = [:]
        }
        return method
    }

    /// The keys of the text, in the order it writes them.
    static let keys = ["impute", "treat", "normalise", "aggregate"]

    /// Reads `key=choice` pairs separated by spaces (keys `impute`, `treat`, `normalise`,
    /// `aggregate`, each at most once, in any order; a choice as its own type reads it, so a
    /// run recorded with the text as it was typed, `normalise=MINMAX:1.0,100`, reads too).
    /// A space inside a choice (a grouping's name) stays with it.
    public init(parsing text: String) throws(MethodChoiceError) {
        self.init()
        var pairs: [(key: String, value: String)] = []
        for word in text.split(separator: " ") {
            if let equals = word.firstIndex(of: "="), Self.keys.contains(String(word[..<equals])) {
                pairs.append((String(word[..<equals]), String(word[word.index(after: equals)...])))
            } else if !pairs.isEmpty {
                pairs[pairs.count - 1].value += " " + word
            } else {
                throw .unknown(.method, text: text)
            }
        }
        var seen: Set<String> = []
        for (key, value) in pairs {
            guard seen.insert(key).inserted else { throw .malformed(.method, text: text, expected: "each of impute, treat, normalise and aggregate at most once") }
            switch key {
            case "impute": imputation = try Imputation(parsing: value)
            case "treat": treatment = try Treatment(parsing: value)
            case "normalise": normalisation = try Normalisation(parsing: value)
            default: aggregation = try Aggregation(parsing: value)
            }
        }
    }

    /// The canonical text: the choices made, `impute`, `treat`, `normalise`, `aggregate` in
    /// that order (`normalise=minmax:1,100 aggregate=geometric`); empty when none is made.
    public var description: String {
        let values: [String?] = [imputation?.description, treatment?.description, normalisation?.description, aggregation?.description]
        return zip(Self.keys, values).compactMap { key, value in value.map { "\(key)=\($0)" } }.joined(separator: " ")
    }
}
